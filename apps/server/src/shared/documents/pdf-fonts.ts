/**
 * The fonts the PDF embeds: Sarabun for Thai and Latin, at the size at which it matches TH Sarabun
 * New (the font the DOCX names), and Noto Sans JP, KR and SC for Japanese, Korean and Chinese, which
 * Sarabun lacks (font-runs.ts chooses which draws what). All come from npm packages, so a fresh
 * machine has them (decision 0029). A Noto font is 5–10 MB: it is registered with the document, and
 * read, only when the document has a character for it, and pdfkit embeds only the glyphs drawn.
 */
import { createRequire } from 'node:module';
import { loadPdfKit } from '../lazy-packages.ts';
import { fontRuns, languageRangesIn, type FontRun, type PdfFace } from './font-runs.ts';
import type { TextLanguage } from './official-document.model.ts';
import { bodyStyle, type TextStyle } from './official-document.page.ts';

export type PdfDocument = PDFKit.PDFDocument;

const require = createRequire(import.meta.url);
/**
 * Each face's regular and bold files, as @expo-google-fonts ships Google Fonts' TrueType files:
 * Sarabun (Thai and Latin in one file) and the Noto Sans of Japan, Korea and China (each with its
 * language's Han characters, kana and Hangul, and Latin). Found in node_modules when first needed.
 */
const faceFiles: Record<PdfFace, { regular: string; bold: string }> = {
  sarabun: {
    regular: '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
    bold: '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
  },
  notoSansJP: {
    regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
  notoSansKR: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
  notoSansSC: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
};

/**
 * Sarabun draws its letters larger on the em than TH Sarabun New: TLWG's Laksaman, made from TH
 * Sarabun New, was scaled up 150.42% (and fontconfig draws "TH Sarabun" as Laksaman at 0.66), and
 * Sarabun's consonants are 3% shorter than Laksaman's. So TH Sarabun New at 16 pt looks like Sarabun
 * at 16 × 0.68 ≈ 10.9 pt, and the PDF draws every size at 0.68 of the size the DOCX names.
 */
const SARABUN_SCALE = 0.68;

/**
 * Noto Sans CJK is drawn at 0.955 of Sarabun's size: its capitals and figures are 733/1000 of its em
 * tall, Sarabun's 700/1000, so the two agree on capitals and figures, and the Han characters, kana and
 * Hangul (about 0.9 of the em) stand about 1.3 times as tall as a capital, as they do beside Latin
 * text in Japanese, Korean and Chinese typesetting. At the body's 16 pt that is 10.4 pt, the size of
 * Japanese and Chinese body text in print.
 */
const NOTO_CJK_SCALE = 700 / 733;

const faceScale: Record<PdfFace, number> = {
  sarabun: 1,
  notoSansJP: NOTO_CJK_SCALE,
  notoSansKR: NOTO_CJK_SCALE,
  notoSansSC: NOTO_CJK_SCALE,
};

/** The size Sarabun is drawn at to match TH Sarabun New at the style's size. */
export function pdfFontSize(style: TextStyle): number {
  return style.size * SARABUN_SCALE;
}

function fontName(face: PdfFace, isBold: boolean): string {
  return `${face}-${isBold ? 'bold' : 'regular'}`;
}

/** What pdfkit keeps of the current font outside its typings: its name on the page, size, metrics. */
export interface PdfkitFontState {
  _font?: {
    id?: unknown;
    ascender?: unknown;
    /** The fontkit font pdfkit opened. */
    font?: { hasGlyphForCodePoint?: unknown };
  };
  _fontSize?: unknown;
}

/** The fonts of one PDF: which draws what, measuring and drawing text in them. */
export interface PdfFonts {
  /** The text cut into runs, each in the font that draws it. */
  runsOf(text: string): FontRun[];
  /** The width in points of runs drawn in the style. */
  width(runs: readonly FontRun[], style: TextStyle): number;
  /** The width in points of a text drawn in the style. */
  textWidth(text: string, style: TextStyle): number;
  /** Sets Sarabun at the style's size (the line's metrics are Sarabun's). */
  useSarabun(style: TextStyle): void;
  /** How far below a line's top Sarabun's baseline is, in points. */
  ascent(style: TextStyle): number;
  /** Draws runs one after the other from x, all standing on the same baseline. */
  draw(runs: readonly FontRun[], x: number, baseline: number, style: TextStyle): void;
}

/**
 * The fonts of a PDF. Each is registered with the document the first time a text needs it (pdfkit
 * reads its file then, and embeds it only if something is drawn with it). `textLanguages` are the
 * texts the caller knows the language of (see OfficialDocument).
 */
export function pdfFontsOf(doc: PdfDocument, textLanguages: readonly TextLanguage[] = []): PdfFonts {
  const registered = new Set<string>();
  const glyphs = new Map<PdfFace, Map<number, boolean>>();

  const use = (face: PdfFace, style: TextStyle) => {
    const name = fontName(face, style.isBold);
    if (!registered.has(name)) {
      const file = style.isBold ? faceFiles[face].bold : faceFiles[face].regular;
      doc.registerFont(name, require.resolve(file));
      registered.add(name);
    }
    return doc.font(name).fontSize(pdfFontSize(style) * faceScale[face]);
  };

  const hasGlyph = (face: PdfFace, codePoint: number): boolean => {
    let known = glyphs.get(face);
    if (!known) glyphs.set(face, (known = new Map()));
    let answer = known.get(codePoint);
    if (answer === undefined) {
      use(face, bodyStyle);
      const font = (doc as PdfDocument & PdfkitFontState)._font?.font;
      // Without fontkit's answer (a pdfkit that changed), assume it has the glyph: drawn as before.
      answer =
        typeof font?.hasGlyphForCodePoint === 'function'
          ? Boolean(font.hasGlyphForCodePoint(codePoint))
          : true;
      known.set(codePoint, answer);
    }
    return answer;
  };

  // A text is laid out more than once (to measure a block before drawing it): its runs are kept.
  const runsByText = new Map<string, FontRun[]>();
  const runsOf = (text: string) => {
    let runs = runsByText.get(text);
    if (!runs) {
      runs = fontRuns(text, { hasGlyph, languages: languageRangesIn(text, textLanguages) });
      runsByText.set(text, runs);
    }
    return runs;
  };

  const width = (runs: readonly FontRun[], style: TextStyle) =>
    runs.reduce((total, run) => total + use(run.face, style).widthOfString(run.text), 0);

  return {
    runsOf,
    width,
    textWidth: (text, style) => width(runsOf(text), style),
    useSarabun: (style) => {
      use('sarabun', style);
    },
    ascent: (style) => {
      use('sarabun', style);
      const ascender = (doc as PdfDocument & PdfkitFontState)._font?.ascender;
      // Sarabun's ascent is 1068 of its 1000 units, 1068/1300 of its line.
      const em = typeof ascender === 'number' ? ascender / 1000 : 1.068;
      return em * pdfFontSize(style);
    },
    draw: (runs, x, baseline, style) => {
      let at = x;
      runs.forEach((run, index) => {
        use(run.face, style);
        doc.text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic' });
        if (index < runs.length - 1) at += doc.widthOfString(run.text);
      });
    },
  };
}

/**
 * Measures with Sarabun at the PDF's size: TH Sarabun New is the same design, so a label is about as
 * wide in Word; the gap after it absorbs the difference.
 */
export async function createLabelMeasure(): Promise<(text: string) => number> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ autoFirstPage: false });
  const fonts = pdfFontsOf(doc);
  return (text) => fonts.textWidth(text, bodyStyle);
}
