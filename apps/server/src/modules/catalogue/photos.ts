/**
 * Product photos: what an upload really is (read from its bytes), at most 10 MB, turned upright by
 * its EXIF orientation and then stripped of every metadata block (GPS position, camera, owner), and
 * resized with sharp (libvips) to the widths the catalogue's pages use, as WebP.
 */
import { fileTypeFromBuffer } from 'file-type';
import { loadSharp } from '../../shared/lazy-packages.ts';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Larger images are refused before decoding (a "decompression bomb" is small on disk). */
const MAX_PHOTO_PIXELS = 50_000_000;

/** The image types a phone or a camera produces that the catalogue accepts. */
const acceptedTypes = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/avif']);

/** The widths the pages use: a card in a list, the product page, and a photo opened full size. */
export const photoSizes = { thumb: 320, card: 640, full: 1600 } as const;
export type PhotoSize = keyof typeof photoSizes;

export interface PhotoVariant {
  size: PhotoSize;
  width: number;
  height: number;
  mediaType: 'image/webp';
  bytes: Uint8Array;
}

export type PhotoProblem =
  { problem: 'too_large'; maxBytes: number } | { problem: 'not_an_image' } | { problem: 'unreadable' };

export type ProcessedPhoto =
  | { ok: true; sourceType: string; width: number; height: number; variants: PhotoVariant[] }
  | ({ ok: false } & PhotoProblem);

/**
 * Checks and converts an uploaded photo. Never throws for bad input: the caller turns the problem
 * into a translated answer and stores nothing.
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  if (bytes.byteLength > MAX_PHOTO_BYTES)
    return { ok: false, problem: 'too_large', maxBytes: MAX_PHOTO_BYTES };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !acceptedTypes.has(detected.mime)) return { ok: false, problem: 'not_an_image' };
  const sharp = await loadSharp();
  try {
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked to,
    // so every output is free of the GPS position, the camera and the owner's name.
    const source = sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' }).rotate();
    const upright = await source.clone().toBuffer({ resolveWithObject: true });
    const variants = await Promise.all(
      (Object.entries(photoSizes) as [PhotoSize, number][]).map(async ([size, width]) => {
        const output = await source
          .clone()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 82 })
          .toBuffer({ resolveWithObject: true });
        return {
          size,
          width: output.info.width,
          height: output.info.height,
          mediaType: 'image/webp' as const,
          bytes: new Uint8Array(output.data),
        };
      }),
    );
    return {
      ok: true,
      sourceType: detected.mime,
      width: upright.info.width,
      height: upright.info.height,
      variants,
    };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
