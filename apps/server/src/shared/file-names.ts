/**
 * Names of files people upload and download (partner documents, programme step documents): made safe
 * to store and to offer back, and sent with a Content-Disposition that keeps Thai names intact.
 */

/** The ending of a file name, in lower case (`Minutes.PDF` → `pdf`), or null when it has none. */
export function extensionOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return fileName.slice(dot + 1).toLowerCase();
}

// Control characters, characters no file system accepts, and the bidirectional overrides that make
// `invoice‮fdp.exe` read as `invoiceexe.pdf`.
const unsafeFileNameCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploader's file name, safe to store and to offer for download: its last path part only, no
 * control or reserved characters, no leading dots, cut to a length, and ending as its type does (the
 * type's first ending is added to a name that ends otherwise: `minutes` → `minutes.pdf`). The length
 * is that of the part before the ending (`maxStemLength`) or of the whole name (`maxLength`).
 */
export function safeFileName(
  claimedName: string,
  extensions: readonly string[],
  limit: { maxStemLength: number } | { maxLength: number },
): string {
  const lastPart = claimedName.split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart
    .normalize('NFC')
    .replace(unsafeFileNameCharacters, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const extension = extensionOf(cleaned);
  const isOwnEnding = extension !== null && extensions.includes(extension);
  const ending = isOwnEnding ? extension : (extensions[0] ?? 'bin');
  const stemOf = isOwnEnding ? cleaned.slice(0, -(ending.length + 1)) : cleaned;
  const maxStem = 'maxStemLength' in limit ? limit.maxStemLength : limit.maxLength - ending.length - 1;
  // Cut by code points: cutting by UTF-16 units could split an emoji and store a broken character.
  const stem = Array.from(stemOf).slice(0, maxStem).join('').trim().replace(/\.+$/, '');
  return `${stem || 'document'}.${ending}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII `filename` for old clients and the exact name in
 * `filename*` (RFC 6266 with the RFC 5987 encoding), so a Thai name arrives intact.
 */
export function attachmentDisposition(fileName: string): string {
  const extension = extensionOf(fileName);
  const asciiStem = (extension ? fileName.slice(0, -(extension.length + 1)) : fileName)
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\;%]/g, '_')
    .trim();
  const fallback = `${asciiStem || 'document'}${extension ? `.${extension}` : ''}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** `Content-Disposition: attachment` with the name alone: for a name the platform made, in plain ASCII. */
export function plainAttachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
