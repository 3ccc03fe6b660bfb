/**
 * For tests: which font drew which character of a PDF, read from the file itself — the text-showing
 * operators of its pages (Tf, Tj, TJ) and each font's ToUnicode map — so a test can tell a character
 * drawn in the right font from one drawn as an empty box (glyph 0, .notdef) in a font that lacks it.
 * It reads PDFs as pdfkit writes them (objects uncompressed, streams deflated, fonts as Type0 with
 * Identity-H, two bytes a glyph); it is not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

/**
 * One glyph drawn: the font (its name without the subset tag), its size in points, the glyph, and the
 * text it stands for.
 */
export interface DrawnGlyph {
  font: string;
  size: number;
  glyph: number;
  text: string;
}

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

function objectsOf(pdf: Uint8Array): Map<number, PdfObject> {
  const bytes = Buffer.from(pdf);
  const source = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
    const dataStart = (match.index ?? 0) + match[0].indexOf(body) + streamAt + 'stream'.length;
    const start = source[dataStart] === '\r' ? dataStart + 2 : dataStart + 1;
    const raw = bytes.subarray(start, start + length);
    const stream = dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw;
    objects.set(Number(match[1]), { dictionary, stream });
  }
  return objects;
}

/** A ToUnicode map as pdfkit writes it: ranges of glyphs, each with a list of UTF-16 strings. */
function unicodeMapOf(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    const first = parseInt(range[1] ?? '0', 16);
    Array.from((range[2] ?? '').matchAll(/<([^>]*)>/g)).forEach((entry, offset) => {
      const units = (entry[1] ?? '').replace(/\s+/g, '').match(/.{4}/g) ?? [];
      map.set(first + offset, String.fromCharCode(...units.map((unit) => parseInt(unit, 16))));
    });
  }
  return map;
}

/** Every glyph the PDF's pages draw, in the order they are drawn. */
export function drawnGlyphs(pdf: Uint8Array): DrawnGlyph[] {
  const objects = objectsOf(pdf);
  // The fonts by their names on the pages (/F1 …), as pdfkit names them for the whole document.
  const fonts = new Map<string, { name: string; unicode: Map<number, string> }>();
  for (const object of objects.values()) {
    if (object.stream) continue;
    for (const [, resourceName, number] of object.dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(number));
      const baseFont = /\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/>]+)/.exec(font?.dictionary ?? '')?.[1];
      const cmapNumber = /\/ToUnicode (\d+) 0 R/.exec(font?.dictionary ?? '')?.[1];
      const cmap = objects.get(Number(cmapNumber))?.stream?.toString('latin1') ?? '';
      if (resourceName && baseFont) fonts.set(resourceName, { name: baseFont, unicode: unicodeMapOf(cmap) });
    }
  }
  const glyphs: DrawnGlyph[] = [];
  for (const object of objects.values()) {
    const content = object.stream?.toString('latin1');
    if (!content?.includes('BT')) continue;
    let font: { name: string; unicode: Map<number, string> } | undefined;
    let size = 0;
    // A font chosen (/F1 10.88 Tf), or a string shown (<00120034> Tj, or inside [ … ] TJ).
    for (const token of content.matchAll(/\/(F\d+) ([\d.]+) Tf|<([0-9a-fA-F\s]*)>/g)) {
      if (token[1]) {
        font = fonts.get(token[1]);
        size = Number(token[2]);
        continue;
      }
      for (const hex of (token[3] ?? '').replace(/\s+/g, '').match(/.{4}/g) ?? []) {
        const glyph = parseInt(hex, 16);
        glyphs.push({ font: font?.name ?? '?', size, glyph, text: font?.unicode.get(glyph) ?? '' });
      }
    }
  }
  return glyphs;
}

/** The characters each font drew, joined, by the font's name ('NotoSansKR-Regular': '김민준'). */
export function textByFont(pdf: Uint8Array): Record<string, string> {
  const byFont: Record<string, string> = {};
  for (const { font, text } of drawnGlyphs(pdf)) byFont[font] = (byFont[font] ?? '') + text;
  return byFont;
}

/** The glyphs drawn as .notdef (glyph 0): the empty boxes a font draws for a character it lacks. */
export function emptyBoxes(pdf: Uint8Array): DrawnGlyph[] {
  return drawnGlyphs(pdf).filter((glyph) => glyph.glyph === 0);
}
