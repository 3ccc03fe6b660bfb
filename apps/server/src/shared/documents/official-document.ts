/**
 * Official documents in the style of Thai government correspondence (หนังสือราชการ): letters of
 * inquiry to partner cities, session reports for executives, in Thai or in English. A caller
 * describes a document once — an optional letterhead and a list of blocks, every word already in the
 * reader's language (this module holds no text of its own) — and gets it as DOCX, to edit in Word,
 * or as PDF, to send or to file.
 *
 * Both renderers draw the same page: A4 with the margins of Thai official letters (top 2.5 cm, left
 * 3 cm, right and bottom 2 cm), TH Sarabun New at 16 pt for the body, paragraphs whose first line is
 * indented 2.5 cm, the signature right of centre and page numbers from the second page on, at the top
 * centre ("- 2 -"). The DOCX names TH Sarabun New, the font Thai government offices are required to
 * use, and leaves the drawing to Word. The PDF embeds Sarabun, the same design published under the
 * SIL Open Font Licence, drawn at the size at which it matches TH Sarabun New (see SARABUN_SCALE in
 * pdf-fonts.ts), and, for the Japanese, Korean and Chinese a document may print (a buyer's name, a city
 * in its own script), Noto Sans JP, KR or SC, each only when the text has it (decision 0029). A
 * caller that knows a name's language says so (`textLanguages`), so its Han characters take that
 * language's shapes.
 *
 * Thai is written without spaces between words, so the PDF lays out its lines itself: it breaks them
 * only where Intl.Segmenter finds a word boundary (or at a space), never inside a word, and never
 * between a letter and its vowel or tone marks; Chinese and Japanese break between characters, but
 * not before closing punctuation or small kana. Each line carries its text as /ActualText, so copying
 * or extracting the text gives back exactly what the caller wrote (Sarabun draws some vowels as two
 * glyphs, which a plain glyph-to-character map cannot undo). The choices are explained in
 * docs/decisions/0018-official-documents.md.
 *
 * This file is the one door to them. The parts: the model (official-document.model.ts), the page both
 * renderers draw (official-document.page.ts), line breaking (line-breaking.ts), the PDF renderer
 * (official-document.pdf.ts, with its fonts in pdf-fonts.ts and the choice of font for each part of a
 * text in font-runs.ts) and the DOCX renderer (official-document.docx.ts).
 */

export {
  assertValidDocument,
  documentLanguages,
  eastAsianLanguages,
  type BulletsBlock,
  type ContactBlock,
  type DocumentBlock,
  type DocumentLanguage,
  type EastAsianLanguage,
  type FieldBlock,
  type HeadingBlock,
  type Letterhead,
  type OfficialDocument,
  type ParagraphBlock,
  type SignatureBlock,
  type TableBlock,
  type TextLanguage,
} from './official-document.model.ts';
export { DOCX_FONT } from './official-document.page.ts';
export { renderDocx } from './official-document.docx.ts';
export { renderPdf } from './official-document.pdf.ts';
export { lineBreakUnits } from './line-breaking.ts';
