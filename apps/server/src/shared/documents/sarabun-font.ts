/**
 * Sarabun, the font the PDF embeds: where its files are, the size at which it matches TH Sarabun New
 * (the font the DOCX names), and measuring text with it.
 */
import { createRequire } from 'node:module';
import { loadPdfKit } from '../lazy-packages.ts';
import { bodyStyle, type TextStyle } from './official-document.page.ts';

export type PdfDocument = PDFKit.PDFDocument;

const require = createRequire(import.meta.url);
/** Sarabun from Google Fonts, as @expo-google-fonts/sarabun ships it: Thai and Latin in one file. */
const sarabunFiles = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
};
const PDF_FONT_REGULAR = 'Sarabun';
const PDF_FONT_BOLD = 'Sarabun-Bold';

/**
 * Sarabun draws its letters larger on the em than TH Sarabun New: TLWG's Laksaman, made from TH
 * Sarabun New, was scaled up 150.42% (and fontconfig draws "TH Sarabun" as Laksaman at 0.66), and
 * Sarabun's consonants are 3% shorter than Laksaman's. So TH Sarabun New at 16 pt looks like Sarabun
 * at 16 × 0.68 ≈ 10.9 pt, and the PDF draws every size at 0.68 of the size the DOCX names.
 */
const SARABUN_SCALE = 0.68;

/** The size Sarabun is drawn at to match TH Sarabun New at the style's size. */
export function pdfFontSize(style: TextStyle): number {
  return style.size * SARABUN_SCALE;
}

/** Sets the document's font and size to the style's, in Sarabun. */
export function useFont(doc: PdfDocument, style: TextStyle): PdfDocument {
  return doc.font(style.isBold ? PDF_FONT_BOLD : PDF_FONT_REGULAR).fontSize(pdfFontSize(style));
}

/** The width of text in points, shaped as it will be drawn. */
export function textWidth(doc: PdfDocument, text: string, style: TextStyle): number {
  return useFont(doc, style).widthOfString(text);
}

/** Makes Sarabun, regular and bold, available to a PDF by the names `useFont` sets. */
export function registerSarabun(doc: PdfDocument): void {
  doc.registerFont(PDF_FONT_REGULAR, sarabunFiles.regular);
  doc.registerFont(PDF_FONT_BOLD, sarabunFiles.bold);
}

/**
 * Measures with Sarabun at the PDF's size: TH Sarabun New is the same design, so a label is about as
 * wide in Word; the gap after it absorbs the difference.
 */
export async function createLabelMeasure(): Promise<(text: string) => number> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(PDF_FONT_REGULAR, sarabunFiles.regular);
  return (text) => textWidth(doc, text, bodyStyle);
}
