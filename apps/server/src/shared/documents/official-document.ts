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
 * SIL Open Font Licence, drawn at the size at which it matches TH Sarabun New (see SARABUN_SCALE).
 *
 * Thai is written without spaces between words, so the PDF lays out its lines itself: it breaks them
 * only where Intl.Segmenter finds a word boundary (or at a space), never inside a word, and never
 * between a letter and its vowel or tone marks. Each line carries its text as /ActualText, so copying
 * or extracting the text gives back exactly what the caller wrote (Sarabun draws some vowels as two
 * glyphs, which a plain glyph-to-character map cannot undo). The choices are explained in
 * docs/decisions/0018-official-documents.md.
 */
import { createRequire } from 'node:module';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import PDFDocument from 'pdfkit';

// --- The model --------------------------------------------------------------------------------------

export const documentLanguages = ['th', 'en'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

/**
 * The sending office, printed at the top of the first page: the letter's number on the left, the
 * office and its address on the right, the date below them. Every field is printed as given, so a
 * caller writes the labels it needs from the catalogues ('โทร. 0 2224 1234', 'Tel. +66 2224 1234').
 */
export interface Letterhead {
  /** The office that sends the document: 'สำนักการต่างประเทศ กรุงเทพมหานคร'. */
  organisation: string;
  addressLines: string[];
  phone?: string;
  email?: string;
  /** The letter's number as the registry gave it: 'ที่ กท 1234/2569'. */
  referenceNumber?: string;
  /** The date, already formatted by the caller in the reader's language and calendar. */
  date?: string;
}

/** A title (level 1, centred) or the heading of a section (level 2). */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2;
  text: string;
}

/** Running text. Its first line is indented 2.5 cm, as in Thai official letters, unless told not to be. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  isIndented?: boolean;
}

/** A labelled line of a letter's head: เรื่อง (subject), เรียน (to), สิ่งที่ส่งมาด้วย (attachment). */
export interface FieldBlock {
  kind: 'field';
  label: string;
  value: string;
}

export interface BulletsBlock {
  kind: 'bullets';
  items: string[];
}

/**
 * A table with borders, its header row repeated on every page it runs onto. `columnWidths` are
 * fractions of the text's width that add up to 1; without them the columns share it equally.
 */
export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: string[][];
  columnWidths?: number[];
}

/**
 * The closing and the signatory, right of centre: the closing phrase ('ขอแสดงความนับถือ'), room for
 * the signature, the name as it should be printed (Thai letters put it in brackets:
 * '(นางสาวศิริพร ใจดี)') and the position, which may run to several lines.
 */
export interface SignatureBlock {
  kind: 'signature';
  closing: string;
  name: string;
  position: string;
}

/** Who to contact about the letter, at its foot: the unit, its telephone, its e-mail. */
export interface ContactBlock {
  kind: 'contact';
  lines: string[];
}

export type DocumentBlock =
  HeadingBlock | ParagraphBlock | FieldBlock | BulletsBlock | TableBlock | SignatureBlock | ContactBlock;

/**
 * A document to render. Any text may hold '\n' where a line must end. `title` names the file in
 * the reader's viewer (the DOCX and PDF properties); it is not printed.
 */
export interface OfficialDocument {
  language: DocumentLanguage;
  title: string;
  letterhead?: Letterhead;
  blocks: DocumentBlock[];
}

/** Refuses a table whose rows or widths do not match its header: a mistake of the caller's code. */
export function assertValidDocument(document: OfficialDocument): void {
  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    const columnCount = block.header.length;
    if (columnCount === 0) throw new RangeError('A table needs at least one column.');
    const uneven = block.rows.findIndex((row) => row.length !== columnCount);
    if (uneven >= 0) {
      throw new RangeError(
        `Row ${uneven + 1} of a table has ${block.rows[uneven]?.length} cells, not ${columnCount}.`,
      );
    }
    if (block.columnWidths) {
      const sum = block.columnWidths.reduce((total, width) => total + width, 0);
      const isPositive = block.columnWidths.every((width) => width > 0);
      if (block.columnWidths.length !== columnCount || !isPositive || Math.abs(sum - 1) > 0.001) {
        throw new RangeError(
          `A table's column widths must be ${columnCount} positive fractions adding up to 1.`,
        );
      }
    }
  }
}

// --- The page both renderers draw -------------------------------------------------------------------

/** The font named in the DOCX, and the older name Word may find instead where it is not installed. */
export const DOCX_FONT = 'TH Sarabun New';
const DOCX_FONT_ALTERNATIVE = 'TH SarabunPSK';

/** Sizes in points of TH Sarabun New, as an officer would set them in Word. */
const fontSizes = { body: 16, heading1: 20, heading2: 16, table: 14, letterhead: 16 } as const;

/**
 * One line of TH Sarabun New in Word at single spacing, in ems: its line is 1.30 of its size tall
 * (the font's Windows ascent and descent), so a 16 pt line is 20.8 pt. The PDF keeps the same pitch,
 * so both files break their pages at about the same place.
 */
const LINE_HEIGHT_EM = 1.3;

const CM = 72 / 2.54;
const page = {
  width: 21 * CM,
  height: 29.7 * CM,
  marginTop: 2.5 * CM,
  marginLeft: 3 * CM,
  marginRight: 2 * CM,
  marginBottom: 2 * CM,
  /** Where the page number's line starts, from the top of the page. */
  header: 1.25 * CM,
};
const contentWidth = page.width - page.marginLeft - page.marginRight;
const FIRST_LINE_INDENT = 2.5 * CM;
/** The bullet sits where a paragraph's first line starts; the item's text a little to its right. */
const BULLET_TEXT_INDENT = FIRST_LINE_INDENT + 0.6 * CM;
/** The space between a field's label and its value (about two spaces of TH Sarabun New 16 pt). */
const FIELD_GAP = 0.3 * CM;
/** The letterhead's right column (office, address, date) starts here, as a fraction of the width. */
const LETTERHEAD_COLUMN = 0.55;
/** The signature is centred in the part of the width right of this fraction. */
const SIGNATURE_COLUMN = 0.4;
/** The room left for a hand signature: three lines. */
const SIGNATURE_ROOM = 3 * fontSizes.body * LINE_HEIGHT_EM;
const TABLE_CELL_PADDING = { x: 0.15 * CM, y: 0.05 * CM };

/** The space above each kind of block, in points. */
const spaceBefore = {
  heading1: 0,
  heading2: 12,
  paragraph: 6,
  field: 6,
  bullets: 3,
  table: 8,
  signature: 18,
  contact: 24,
  date: 12,
} as const;
const SPACE_AFTER_HEADING1 = 12;
const SPACE_AFTER_TABLE = 4;

interface TextStyle {
  /** In points of TH Sarabun New. */
  size: number;
  isBold: boolean;
}
const bodyStyle: TextStyle = { size: fontSizes.body, isBold: false };

const THAI_CHARACTER = /[\u0E00-\u0E7F]/;
/** A Thai consonant or leading vowel a word can start with (not ฯ or ๆ, which end one). */
const THAI_WORD_START = /^[\u0E01-\u0E2E\u0E30\u0E32\u0E33\u0E40-\u0E45\u0E50-\u0E59]/;
const THAI_WORD_END = /[\u0E01-\u0E5B]$/;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** A space a line may end after: any but the no-break ones (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE_AT_END = /[^\S\u00A0\u2007\u202F]$/u;
/** An opening bracket or quotation mark, which belongs to the word after it. */
const OPENING = /^[\p{Ps}\p{Pi}]/u;
/** A closing bracket or quotation mark, which belongs to the word before it. */
const CLOSING = /[\p{Pe}\p{Pf}]$/u;

function containsThai(text: string): boolean {
  return THAI_CHARACTER.test(text);
}

// --- Breaking Thai into lines ------------------------------------------------------------------------

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Cuts text where a line may end, keeping each space with the word before it:
 * 'ขอเชิญประชุม Trade Talk' → ['ขอ', 'เชิญ', 'ประชุม ', 'Trade ', 'Talk'].
 *
 * A line may end after a space, or between two Thai words that Intl.Segmenter (ICU's dictionary of
 * Thai words) finds. It may not end inside a Latin word or a number ('1234/2569', 'e-mail' stay
 * whole), at a no-break space, or before ฯ, ๆ or punctuation, which belong to the word before them.
 * A bracket or a quotation mark goes with the word it encloses:
 * 'ทางไกล(ออนไลน์)ครั้ง' → ['ทาง', 'ไกล', '(ออนไลน์)', 'ครั้ง'].
 */
export function lineBreakUnits(text: string): string[] {
  const units: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    const previous = units.at(-1);
    if (previous !== undefined && !canBreakBetween(previous, segment)) {
      units[units.length - 1] = previous + segment;
    } else {
      units.push(segment);
    }
  }
  return units;
}

function canBreakBetween(before: string, after: string): boolean {
  if (/^\s/.test(after)) return false;
  if (BREAKING_SPACE_AT_END.test(before)) return true;
  const afterThai = THAI_WORD_END.test(before) && (THAI_WORD_START.test(after) || OPENING.test(after));
  const beforeThai = CLOSING.test(before) && THAI_WORD_START.test(after);
  return afterThai || beforeThai;
}

/** The grapheme clusters of a word (a letter with its marks), for a word longer than a whole line. */
function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment }) => segment);
}

// --- PDF ------------------------------------------------------------------------------------------

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

type PdfDocument = PDFKit.PDFDocument;

/** Where the PDF is being written: the document and the top of the next line on the current page. */
interface PdfCursor {
  doc: PdfDocument;
  y: number;
  language: DocumentLanguage;
}

/** A horizontal band of the page text is set in. */
interface Column {
  x: number;
  width: number;
}
const fullWidth: Column = { x: page.marginLeft, width: contentWidth };

type LineAlignment = 'left' | 'center' | 'justify';

/** A line laid out: its pieces (each a place it could have broken) and their widths in points. */
interface LaidOutLine {
  units: { text: string; width: number }[];
  /** Without the spaces at its end. */
  width: number;
  /** The last line of a paragraph, or one ended by '\n': never stretched when justifying. */
  isLast: boolean;
}

/** The PDF of a document. */
export async function renderPdf(document: OfficialDocument): Promise<Buffer> {
  assertValidDocument(document);
  const doc = new PDFDocument({
    size: 'A4',
    margins: {
      top: page.marginTop,
      left: page.marginLeft,
      right: page.marginRight,
      bottom: page.marginBottom,
    },
    bufferPages: true,
    lang: document.language === 'th' ? 'th-TH' : 'en-GB',
    displayTitle: true,
    info: {
      Title: document.title,
      ...(document.letterhead ? { Author: document.letterhead.organisation } : {}),
    },
  });
  const finished = collectPdf(doc);
  doc.registerFont(PDF_FONT_REGULAR, sarabunFiles.regular);
  doc.registerFont(PDF_FONT_BOLD, sarabunFiles.bold);

  const cursor: PdfCursor = { doc, y: page.marginTop, language: document.language };
  if (document.letterhead) drawLetterhead(cursor, document.letterhead);
  document.blocks.forEach((block, index) => drawBlock(cursor, block, document.blocks.slice(index + 1)));
  drawPageNumbers(doc, document.language);
  doc.end();
  return finished;
}

function collectPdf(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Draws a block; `rest` is what follows it, which a heading or a closing paragraph keeps with it. */
function drawBlock(cursor: PdfCursor, block: DocumentBlock, rest: DocumentBlock[]): void {
  const next = rest[0];
  switch (block.kind) {
    case 'heading':
      return drawHeading(cursor, block, rest);
    case 'paragraph':
      return drawParagraph(cursor, block, next);
    case 'field':
      return drawField(cursor, block);
    case 'bullets':
      return drawBullets(cursor, block);
    case 'table':
      return drawTable(cursor, block);
    case 'signature':
      return drawSignature(cursor, block);
    case 'contact':
      cursor.y += spaceBefore.contact;
      for (const line of block.lines) drawText(cursor, line, fullWidth, bodyStyle, { align: 'left' });
      return;
  }
}

function pdfFontSize(style: TextStyle): number {
  return style.size * SARABUN_SCALE;
}

function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT_EM;
}

function useFont(doc: PdfDocument, style: TextStyle): PdfDocument {
  return doc.font(style.isBold ? PDF_FONT_BOLD : PDF_FONT_REGULAR).fontSize(pdfFontSize(style));
}

/** The width of text in points, shaped as it will be drawn. */
function textWidth(doc: PdfDocument, text: string, style: TextStyle): number {
  return useFont(doc, style).widthOfString(text);
}

/** Starts a new page when fewer than `height` points are left on this one. */
function ensureRoom(cursor: PdfCursor, height: number): void {
  if (cursor.y + height <= page.height - page.marginBottom) return;
  cursor.doc.addPage();
  cursor.y = page.marginTop;
}

/**
 * Lays text out in lines no wider than `width`, breaking only between line-break units; a unit
 * wider than a whole line (a long address) is broken between its grapheme clusters.
 */
function layOutLines(
  doc: PdfDocument,
  text: string,
  style: TextStyle,
  width: number,
  firstLineIndent = 0,
): LaidOutLine[] {
  const lines: LaidOutLine[] = [];
  for (const hardLine of text.split('\n')) {
    let current: LaidOutLine = { units: [], width: 0, isLast: false };
    let currentWidth = 0;
    const available = () => width - (lines.length === 0 ? firstLineIndent : 0);
    const place = (unitText: string) => {
      const unit = { text: unitText, width: textWidth(doc, unitText, style) };
      const trimmedWidth = textWidth(doc, unitText.trimEnd(), style);
      if (current.units.length > 0 && currentWidth + trimmedWidth > available()) {
        lines.push(current);
        current = { units: [], width: 0, isLast: false };
        currentWidth = 0;
      }
      current.units.push(unit);
      current.width = currentWidth + trimmedWidth;
      currentWidth += unit.width;
    };
    for (const unitText of lineBreakUnits(hardLine)) {
      if (textWidth(doc, unitText.trimEnd(), style) <= width - firstLineIndent) place(unitText);
      else graphemes(unitText).forEach(place);
    }
    lines.push({ ...current, isLast: true });
  }
  return lines;
}

/** Draws text in a column, line by line, starting a new page when the next line does not fit. */
function drawText(
  cursor: PdfCursor,
  text: string,
  column: Column,
  style: TextStyle,
  options: { align: LineAlignment; firstLineIndent?: number },
): void {
  const indent = options.firstLineIndent ?? 0;
  const lines = layOutLines(cursor.doc, text, style, column.width, indent);
  lines.forEach((line, index) => {
    ensureRoom(cursor, lineHeight(style));
    const lineIndent = index === 0 ? indent : 0;
    drawLine(
      cursor,
      line,
      { x: column.x + lineIndent, width: column.width - lineIndent },
      style,
      options.align,
    );
    cursor.y += lineHeight(style);
  });
}

/**
 * Draws one line at the cursor, with its text as /ActualText in a span tagged with its language, so
 * a reader's copy or a text extractor gets the characters the caller wrote.
 *
 * A justified line that is not a paragraph's last is stretched to the column's width. A line with
 * Thai in it spreads the extra width evenly between its grapheme clusters, as Word's Thai distributed
 * justification does: widening the gaps between Thai words instead would look like spaces, which in
 * Thai end a phrase. A line without Thai widens its spaces. A line that would need more than a
 * quarter of an em between clusters (or an em between words) is left unstretched.
 */
function drawLine(
  cursor: PdfCursor,
  line: LaidOutLine,
  column: Column,
  style: TextStyle,
  align: LineAlignment,
) {
  const { doc } = cursor;
  const text = line.units
    .map((unit) => unit.text)
    .join('')
    .trimEnd();
  if (text === '') return;
  useFont(doc, style);
  const top = cursor.y + (lineHeight(style) - doc.currentLineHeight(false)) / 2;
  const isThai = containsThai(text);
  const pieces =
    align === 'justify' && !line.isLast ? stretchedPieces(doc, line, text, column.width, style) : null;
  doc.markContent('Span', { actual: text, lang: isThai || cursor.language === 'th' ? 'th-TH' : 'en-GB' });
  if (pieces) {
    for (const piece of pieces) doc.text(piece.text, column.x + piece.x, top, { lineBreak: false });
  } else {
    const x = align === 'center' ? column.x + (column.width - line.width) / 2 : column.x;
    doc.text(text, x, top, { lineBreak: false });
  }
  endSpan(doc);
}

/** What pdfkit keeps of the current font outside its typings: its name on the page and its size. */
interface PdfkitFontState {
  _font?: { id?: unknown };
  _fontSize?: unknown;
}

/**
 * Closes a line's span in the state its text was drawn in. Poppler (pdftotext, Evince, Okular) places
 * an /ActualText where the graphics state at EMC says, but pdfkit draws text inside its own q … Q —
 * the page's y axis flipped back, the font set — and has left it by then. So EMC is written after
 * the same flip, with the font and size set again (an empty Tj makes poppler take the font in).
 * Without it, poppler reads each line as upside down on the page and a point tall, and reorders text.
 */
function endSpan(doc: PdfDocument): void {
  const { _font: font, _fontSize: size } = doc as PdfDocument & PdfkitFontState;
  doc.save();
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  if (typeof font?.id === 'string' && typeof size === 'number') {
    doc.addContent(`BT /${font.id} ${size} Tf <> Tj ET`);
  }
  doc.endMarkedContent();
  doc.restore();
}

/** Where each piece of a stretched line starts, or null when the line should not be stretched. */
function stretchedPieces(
  doc: PdfDocument,
  line: LaidOutLine,
  text: string,
  width: number,
  style: TextStyle,
): { text: string; x: number }[] | null {
  const isThai = containsThai(text);
  const pieces = isThai
    ? graphemes(text).map((cluster) => ({ text: cluster, width: textWidth(doc, cluster, style) }))
    : line.units;
  if (pieces.length < 2) return null;
  const natural = isThai ? pieces.reduce((total, piece) => total + piece.width, 0) : line.width;
  const gap = (width - natural) / (pieces.length - 1);
  const largestGap = pdfFontSize(style) * (isThai ? 0.25 : 1);
  if (gap < 0 || gap > largestGap) return null;
  let x = 0;
  return pieces.map((piece) => {
    const start = x;
    x += piece.width + gap;
    return { text: piece.text, x: start };
  });
}

/**
 * A paragraph, its first line indented. The paragraph just before a signature ('จึงเรียนมาเพื่อโปรด
 * พิจารณา') goes to the next page with it rather than leave the signature alone on a page.
 */
function drawParagraph(cursor: PdfCursor, block: ParagraphBlock, next: DocumentBlock | undefined): void {
  const indent = block.isIndented === false ? 0 : FIRST_LINE_INDENT;
  cursor.y += spaceBefore.paragraph;
  if (next?.kind === 'signature') {
    const lines = layOutLines(cursor.doc, block.text, bodyStyle, contentWidth, indent).length;
    const height = lines * lineHeight(bodyStyle) + signatureHeight(cursor.doc, next);
    if (height <= pageTextHeight()) ensureRoom(cursor, height);
  }
  drawText(cursor, block.text, fullWidth, bodyStyle, { align: 'justify', firstLineIndent: indent });
}

function headingStyle(block: HeadingBlock): TextStyle {
  return { size: block.level === 1 ? fontSizes.heading1 : fontSizes.heading2, isBold: true };
}

/** The height of a heading, all its lines. */
function headingHeight(doc: PdfDocument, block: HeadingBlock): number {
  const style = headingStyle(block);
  return layOutLines(doc, block.text, style, contentWidth).length * lineHeight(style);
}

/**
 * The least of what follows a heading that must stand on the same page as it: a line of text, a
 * table's header and first row, or a heading with what it keeps in turn.
 */
function leadHeight(doc: PdfDocument, rest: readonly DocumentBlock[]): number {
  const [next, ...after] = rest;
  if (next?.kind === 'table') return spaceBefore.table + tableLeadHeight(doc, next);
  if (next?.kind === 'heading')
    return (
      (next.level === 1 ? spaceBefore.heading1 : spaceBefore.heading2) +
      headingHeight(doc, next) +
      leadHeight(doc, after)
    );
  return lineHeight(bodyStyle);
}

function drawHeading(cursor: PdfCursor, block: HeadingBlock, rest: readonly DocumentBlock[]): void {
  const isTitle = block.level === 1;
  cursor.y += isTitle ? spaceBefore.heading1 : spaceBefore.heading2;
  // A heading never ends a page: it keeps with it what follows (leadHeight), unless that would not fit
  // on any page.
  const height = headingHeight(cursor.doc, block) + leadHeight(cursor.doc, rest);
  ensureRoom(cursor, Math.min(height, pageTextHeight()));
  drawText(cursor, block.text, fullWidth, headingStyle(block), { align: isTitle ? 'center' : 'left' });
  if (isTitle) cursor.y += SPACE_AFTER_HEADING1;
}

/** The label, then the value; the value's further lines start under its first word. */
function drawField(cursor: PdfCursor, block: FieldBlock): void {
  cursor.y += spaceBefore.field;
  ensureRoom(cursor, lineHeight(bodyStyle));
  const valueX = fieldValueOffset(cursor.doc, block.label);
  const top = cursor.y;
  drawText(cursor, block.label, { x: page.marginLeft, width: valueX }, bodyStyle, { align: 'left' });
  cursor.y = top;
  drawText(cursor, block.value, { x: page.marginLeft + valueX, width: contentWidth - valueX }, bodyStyle, {
    align: 'left',
  });
}

/** How far a field's value starts from the left margin: its label's width and a gap. */
function fieldValueOffset(doc: PdfDocument, label: string): number {
  return textWidth(doc, label, bodyStyle) + FIELD_GAP;
}

function drawBullets(cursor: PdfCursor, block: BulletsBlock): void {
  const textColumn = { x: page.marginLeft + BULLET_TEXT_INDENT, width: contentWidth - BULLET_TEXT_INDENT };
  for (const item of block.items) {
    cursor.y += spaceBefore.bullets;
    ensureRoom(cursor, lineHeight(bodyStyle));
    const top = cursor.y;
    drawText(cursor, '•', { x: page.marginLeft + FIRST_LINE_INDENT, width: BULLET_TEXT_INDENT }, bodyStyle, {
      align: 'left',
    });
    cursor.y = top;
    drawText(cursor, item, textColumn, bodyStyle, { align: 'left' });
  }
}

/** The closing, room to sign, the name and the position, centred right of the page's centre, on one page. */
function drawSignature(cursor: PdfCursor, block: SignatureBlock): void {
  cursor.y += spaceBefore.signature;
  ensureRoom(cursor, signatureHeight(cursor.doc, block) - spaceBefore.signature);
  drawText(cursor, block.closing, signatureColumn, bodyStyle, { align: 'center' });
  cursor.y += SIGNATURE_ROOM;
  drawText(cursor, block.name, signatureColumn, bodyStyle, { align: 'center' });
  drawText(cursor, block.position, signatureColumn, bodyStyle, { align: 'center' });
}

const signatureColumn: Column = {
  x: page.marginLeft + contentWidth * SIGNATURE_COLUMN,
  width: contentWidth * (1 - SIGNATURE_COLUMN),
};

/** The height of a signature block, the space above it included. */
function signatureHeight(doc: PdfDocument, block: SignatureBlock): number {
  const lineCount = [block.closing, block.name, block.position]
    .map((text) => layOutLines(doc, text, bodyStyle, signatureColumn.width).length)
    .reduce((total, count) => total + count, 0);
  return spaceBefore.signature + lineCount * lineHeight(bodyStyle) + SIGNATURE_ROOM;
}

/** The number on the left; the office, its address and contacts on the right; the date under them. */
function drawLetterhead(cursor: PdfCursor, letterhead: Letterhead): void {
  const style: TextStyle = { size: fontSizes.letterhead, isBold: false };
  const left = { x: page.marginLeft, width: contentWidth * LETTERHEAD_COLUMN - FIELD_GAP };
  const right = {
    x: page.marginLeft + contentWidth * LETTERHEAD_COLUMN,
    width: contentWidth * (1 - LETTERHEAD_COLUMN),
  };
  const top = cursor.y;
  if (letterhead.referenceNumber)
    drawText(cursor, letterhead.referenceNumber, left, style, { align: 'left' });
  const leftBottom = cursor.y;
  cursor.y = top;
  drawText(cursor, letterhead.organisation, right, { ...style, isBold: true }, { align: 'left' });
  for (const line of letterheadContactLines(letterhead))
    drawText(cursor, line, right, style, { align: 'left' });
  cursor.y = Math.max(cursor.y, leftBottom);
  if (letterhead.date) {
    cursor.y += spaceBefore.date;
    drawText(cursor, letterhead.date, right, style, { align: 'left' });
  }
}

function letterheadContactLines(letterhead: Letterhead): string[] {
  return [...letterhead.addressLines, letterhead.phone, letterhead.email].filter(
    (line): line is string => line !== undefined && line !== '',
  );
}

function columnWidthsOf(block: TableBlock): number[] {
  return block.columnWidths ?? block.header.map(() => 1 / block.header.length);
}

interface TableRowLayout {
  cells: LaidOutLine[][];
  style: TextStyle;
  isHeader: boolean;
}

/**
 * A bordered table. A row that does not fit on the page moves to the next one, where the header
 * row is drawn again; a row too tall for that page too is split between pages line by line.
 */
function tableRowLayout(doc: PdfDocument, block: TableBlock) {
  const widths = columnWidthsOf(block).map((fraction) => fraction * contentWidth);
  const layOutRow = (cells: string[], isHeader: boolean): TableRowLayout => {
    const style: TextStyle = { size: fontSizes.table, isBold: isHeader };
    return {
      cells: cells.map((cell, index) =>
        layOutLines(doc, cell, style, (widths[index] ?? 0) - 2 * TABLE_CELL_PADDING.x),
      ),
      style,
      isHeader,
    };
  };
  return { widths, layOutRow };
}

/**
 * The height of a table's header and first row: the least of it that starts a page, so that a
 * header never ends one alone.
 */
function tableLeadHeight(doc: PdfDocument, block: TableBlock): number {
  const { layOutRow } = tableRowLayout(doc, block);
  const first = block.rows[0];
  const height =
    rowHeight(layOutRow(block.header, true)) +
    (first ? rowHeight(layOutRow(first, false)) : lineHeight(bodyStyle));
  return Math.min(height, pageTextHeight());
}

function drawTable(cursor: PdfCursor, block: TableBlock): void {
  const { widths, layOutRow } = tableRowLayout(cursor.doc, block);
  const header = layOutRow(block.header, true);
  cursor.y += spaceBefore.table;
  ensureRoom(cursor, tableLeadHeight(cursor.doc, block));
  drawTableRow(cursor, header, widths);
  for (const row of block.rows) {
    let remaining = layOutRow(row, false);
    let isPageFresh = false;
    while (remaining.cells.some((lines) => lines.length > 0)) {
      // On a page of its own (after the header) a row draws what fits, so a very tall row still ends.
      const fitting = isPageFresh
        ? Math.max(1, linesThatFit(cursor, remaining))
        : linesThatFit(cursor, remaining);
      if (fitting < rowLineCount(remaining) && !isPageFresh) {
        newTablePage(cursor, header, widths);
        isPageFresh = true;
        continue;
      }
      drawTableRow(cursor, sliceRow(remaining, 0, fitting), widths);
      remaining = sliceRow(remaining, fitting, Infinity);
      isPageFresh = false;
    }
  }
  cursor.y += SPACE_AFTER_TABLE;
}

function pageTextHeight(): number {
  return page.height - page.marginTop - page.marginBottom;
}

function rowLineCount(row: TableRowLayout): number {
  return Math.max(1, ...row.cells.map((lines) => lines.length));
}

function rowHeight(row: TableRowLayout): number {
  return rowLineCount(row) * lineHeight(row.style) + 2 * TABLE_CELL_PADDING.y;
}

/** How many lines of a row fit on what is left of the page. */
function linesThatFit(cursor: PdfCursor, row: TableRowLayout): number {
  const room = page.height - page.marginBottom - cursor.y - 2 * TABLE_CELL_PADDING.y;
  return Math.max(0, Math.min(rowLineCount(row), Math.floor(room / lineHeight(row.style))));
}

function sliceRow(row: TableRowLayout, start: number, end: number): TableRowLayout {
  return { ...row, cells: row.cells.map((lines) => lines.slice(start, end)) };
}

function newTablePage(cursor: PdfCursor, header: TableRowLayout, widths: number[]): void {
  cursor.doc.addPage();
  cursor.y = page.marginTop;
  drawTableRow(cursor, header, widths);
}

function drawTableRow(cursor: PdfCursor, row: TableRowLayout, widths: number[]): void {
  const { doc } = cursor;
  const height = rowHeight(row);
  let x = page.marginLeft;
  row.cells.forEach((lines, index) => {
    const width = widths[index] ?? 0;
    if (row.isHeader) doc.rect(x, cursor.y, width, height).fill('#e8e8e8');
    doc.lineWidth(0.5).rect(x, cursor.y, width, height).stroke('#000000');
    doc.fillColor('#000000');
    const cellCursor: PdfCursor = { ...cursor, y: cursor.y + TABLE_CELL_PADDING.y };
    const column = { x: x + TABLE_CELL_PADDING.x, width: width - 2 * TABLE_CELL_PADDING.x };
    for (const line of lines) {
      drawLine(cellCursor, line, column, row.style, row.isHeader ? 'center' : 'left');
      cellCursor.y += lineHeight(row.style);
    }
    x += width;
  });
  cursor.y += height;
}

/** "- 2 -" at the top centre of every page after the first, as Thai official letters number them. */
function drawPageNumbers(doc: PdfDocument, language: DocumentLanguage): void {
  const range = doc.bufferedPageRange();
  for (let index = 1; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const cursor: PdfCursor = { doc, y: page.header, language };
    const line = layOutLines(doc, `- ${index + 1} -`, bodyStyle, contentWidth)[0];
    if (line) drawLine(cursor, line, fullWidth, bodyStyle, 'center');
  }
}

// --- DOCX ------------------------------------------------------------------------------------------

const TWIPS_PER_POINT = 20;
const BULLET_NUMBERING = 'official-document-bullets';

function twips(points: number): number {
  return Math.round(points * TWIPS_PER_POINT);
}

/** Word's size unit is the half point. */
function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/**
 * The font table Word reads to find a font it does not have: TH Sarabun New, or else TH SarabunPSK
 * (its older name), a sans-serif face whose signature declares Thai (code page 874) and Latin.
 */
const FONT_TABLE_XML = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  `<w:font w:name="${DOCX_FONT}">`,
  `<w:altName w:val="${DOCX_FONT_ALTERNATIVE}"/>`,
  '<w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>',
  // Unicode ranges Basic Latin to Latin Extended-B and Thai; code pages 1252, 1250, 1257, 874 (Thai)…
  '<w:sig w:usb0="A100006F" w:usb1="5000205A" w:usb2="00000000" w:usb3="00000000"',
  ' w:csb0="00010183" w:csb1="00000000"/>',
  '</w:font></w:fonts>',
].join('');

/** The DOCX of a document, editable in Word. */
export async function renderDocx(document: OfficialDocument): Promise<Buffer> {
  assertValidDocument(document);
  const context: DocxContext = { language: document.language, measure: createLabelMeasure() };
  const children = [
    ...(document.letterhead ? docxLetterhead(document.letterhead, context) : []),
    ...document.blocks.flatMap((block, index) => docxBlock(block, document.blocks[index + 1], context)),
  ];
  const file = new Document({
    title: document.title,
    ...(document.letterhead ? { creator: document.letterhead.organisation } : {}),
    styles: docxStyles(document.language),
    numbering: { config: [bulletNumbering()] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(page.marginTop),
              left: twips(page.marginLeft),
              right: twips(page.marginRight),
              bottom: twips(page.marginBottom),
              header: twips(page.header),
              footer: twips(page.marginBottom / 2),
            },
          },
        },
        headers: { default: pageNumberHeader(document.language), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(file, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}

interface DocxContext {
  language: DocumentLanguage;
  /** A label's width in points, to place the tab stop its value starts at. */
  measure: (text: string) => number;
}

/**
 * Measures with Sarabun at the PDF's size: TH Sarabun New is the same design, so a label is about as
 * wide in Word; the gap after it absorbs the difference.
 */
function createLabelMeasure(): (text: string) => number {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(PDF_FONT_REGULAR, sarabunFiles.regular);
  return (text) => textWidth(doc, text, bodyStyle);
}

function docxLanguageTag(language: DocumentLanguage): string {
  return language === 'th' ? 'th-TH' : 'en-GB';
}

/** The fonts of every run, for each kind of character: Latin, East Asian and complex script (Thai). */
function runFonts(isThai: boolean) {
  return {
    ascii: DOCX_FONT,
    hAnsi: DOCX_FONT,
    eastAsia: DOCX_FONT,
    cs: DOCX_FONT,
    ...(isThai ? { hint: 'cs' } : {}),
  };
}

function runFormat(style: TextStyle, isThai: boolean): IRunOptions {
  return {
    font: runFonts(isThai),
    size: halfPoints(style.size),
    sizeComplexScript: halfPoints(style.size),
    ...(style.isBold ? { bold: true, boldComplexScript: true } : {}),
    language: isThai
      ? { value: 'th-TH', bidirectional: 'th-TH' }
      : { value: 'en-GB', bidirectional: 'th-TH' },
  };
}

/**
 * Text as runs, split where the script changes, so Thai runs carry the Thai language tag (Word's
 * spelling and line breaking use it) and Latin runs the English one; spaces, digits and punctuation
 * join the run before them. '\n' becomes a line break.
 */
function docxRuns(text: string, style: TextStyle, context: DocxContext): TextRun[] {
  return text.split('\n').flatMap((line, lineIndex) =>
    scriptRuns(line, context.language === 'th').map(
      (run, runIndex) =>
        new TextRun({
          ...runFormat(style, run.isThai),
          text: run.text,
          ...(lineIndex > 0 && runIndex === 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

/** Cuts text into runs of one script; characters of no script (spaces, digits) join the run before them. */
function scriptRuns(text: string, isThaiByDefault: boolean): { text: string; isThai: boolean }[] {
  const runs: { text: string; isThai: boolean }[] = [];
  for (const character of text) {
    const script = THAI_CHARACTER.test(character) ? true : LATIN_LETTER.test(character) ? false : undefined;
    const last = runs.at(-1);
    if (last && (script === undefined || script === last.isThai)) last.text += character;
    else runs.push({ text: character, isThai: script ?? isThaiByDefault });
  }
  return runs.length > 0 ? runs : [{ text: '', isThai: isThaiByDefault }];
}

function docxStyles(language: DocumentLanguage) {
  const font = runFonts(language === 'th');
  const headingRun = (size: number) => ({
    font,
    size: halfPoints(size),
    sizeComplexScript: halfPoints(size),
    bold: true,
    boldComplexScript: true,
    color: '000000',
  });
  return {
    default: {
      document: {
        run: {
          font,
          size: halfPoints(fontSizes.body),
          sizeComplexScript: halfPoints(fontSizes.body),
          language: { value: docxLanguageTag(language), bidirectional: 'th-TH' },
        },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      heading1: {
        run: headingRun(fontSizes.heading1),
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: twips(spaceBefore.heading1), after: twips(SPACE_AFTER_HEADING1) },
          keepNext: true,
        },
      },
      heading2: {
        run: headingRun(fontSizes.heading2),
        paragraph: { spacing: { before: twips(spaceBefore.heading2), after: 0 }, keepNext: true },
      },
    },
  };
}

function bulletNumbering() {
  return {
    reference: BULLET_NUMBERING,
    levels: [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: '•',
        alignment: AlignmentType.LEFT,
        style: {
          paragraph: {
            indent: {
              left: twips(BULLET_TEXT_INDENT),
              hanging: twips(BULLET_TEXT_INDENT - FIRST_LINE_INDENT),
            },
          },
        },
      },
    ],
  };
}

/** Justified running text: Thai distributed justification in a Thai document, as Thai letters are set. */
function bodyAlignment(language: DocumentLanguage) {
  return language === 'th' ? AlignmentType.THAI_DISTRIBUTE : AlignmentType.JUSTIFIED;
}

function docxBlock(
  block: DocumentBlock,
  next: DocumentBlock | undefined,
  context: DocxContext,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: docxRuns(
            block.text,
            { size: block.level === 1 ? fontSizes.heading1 : fontSizes.heading2, isBold: true },
            context,
          ),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: bodyAlignment(context.language),
          spacing: { before: twips(spaceBefore.paragraph) },
          // The paragraph before a signature goes with it to the next page, as in the PDF.
          ...(next?.kind === 'signature' ? { keepNext: true, keepLines: true } : {}),
          ...(block.isIndented === false ? {} : { indent: { firstLine: twips(FIRST_LINE_INDENT) } }),
          children: docxRuns(block.text, bodyStyle, context),
        }),
      ];
    case 'field':
      return [docxField(block, context)];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: BULLET_NUMBERING, level: 0 },
            spacing: { before: twips(spaceBefore.bullets) },
            children: docxRuns(item, bodyStyle, context),
          }),
      );
    case 'table':
      return [docxSpacer(spaceBefore.table), docxTable(block, context), docxSpacer(SPACE_AFTER_TABLE)];
    case 'signature':
      return docxSignature(block, context);
    case 'contact':
      return block.lines.map(
        (line, index) =>
          new Paragraph({
            spacing: { before: index === 0 ? twips(spaceBefore.contact) : 0 },
            ...(index < block.lines.length - 1 ? { keepNext: true } : {}),
            children: docxRuns(line, bodyStyle, context),
          }),
      );
  }
}

/** The label, a tab to where the value starts, the value; the value's further lines hang under it. */
function docxField(block: FieldBlock, context: DocxContext): Paragraph {
  const valueStart = twips(context.measure(block.label) + FIELD_GAP);
  return new Paragraph({
    spacing: { before: twips(spaceBefore.field) },
    tabStops: [{ type: TabStopType.LEFT, position: valueStart }],
    indent: { left: valueStart, hanging: valueStart },
    children: [
      ...docxRuns(block.label, bodyStyle, context),
      new TextRun({ ...runFormat(bodyStyle, context.language === 'th'), children: [new Tab()] }),
      ...docxRuns(block.value, bodyStyle, context),
    ],
  });
}

function docxSignature(block: SignatureBlock, context: DocxContext): Paragraph[] {
  const indent = { left: twips(contentWidth * SIGNATURE_COLUMN) };
  const line = (text: string, before: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent,
      spacing: { before: twips(before) },
      ...(keepNext ? { keepNext: true } : {}),
      keepLines: true,
      children: docxRuns(text, bodyStyle, context),
    });
  return [
    line(block.closing, spaceBefore.signature, true),
    line(block.name, SIGNATURE_ROOM, true),
    line(block.position, 0, false),
  ];
}

/**
 * An empty paragraph exactly `points` tall. Word puts no space around a table by itself, and needs a
 * paragraph between two tables (or they merge) and after a table that ends a document.
 */
function docxSpacer(points: number): Paragraph {
  return new Paragraph({ spacing: { line: twips(points), lineRule: LineRuleType.EXACT } });
}

const tableBorder: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function docxTable(block: TableBlock, context: DocxContext): Table {
  const widths = columnWidthsOf(block).map((fraction) => twips(fraction * contentWidth));
  const cell = (text: string, index: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: {
        left: twips(TABLE_CELL_PADDING.x),
        right: twips(TABLE_CELL_PADDING.x),
        top: twips(TABLE_CELL_PADDING.y),
        bottom: twips(TABLE_CELL_PADDING.y),
      },
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } } : {}),
      children: [
        new Paragraph({
          ...(isHeader ? { alignment: AlignmentType.CENTER } : {}),
          children: docxRuns(text, { size: fontSizes.table, isBold: isHeader }, context),
        }),
      ],
    });
  return new Table({
    width: { size: twips(contentWidth), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: tableBorder,
      bottom: tableBorder,
      left: tableBorder,
      right: tableBorder,
      insideHorizontal: tableBorder,
      insideVertical: tableBorder,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.header.map((text, index) => cell(text, index, true)),
      }),
      ...block.rows.map(
        (row) => new TableRow({ children: row.map((text, index) => cell(text, index, false)) }),
      ),
    ],
  });
}

/**
 * The letterhead as a table without borders (so it stays easy to edit): the number on the left, the
 * office on the right; then the date, starting where the office does.
 */
function docxLetterhead(letterhead: Letterhead, context: DocxContext): (Paragraph | Table)[] {
  const style: TextStyle = { size: fontSizes.letterhead, isBold: false };
  const leftWidth = twips(contentWidth * LETTERHEAD_COLUMN);
  const rightWidth = twips(contentWidth) - leftWidth;
  const paragraph = (text: string, isBold = false) =>
    new Paragraph({ children: docxRuns(text, { ...style, isBold }, context) });
  // No cell margins, so the number starts at the left margin and the office where the date does.
  const margins = { left: 0, right: 0, top: 0, bottom: 0 };
  const table = new Table({
    width: { size: twips(contentWidth), type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: leftWidth, type: WidthType.DXA },
            margins,
            children: [paragraph(letterhead.referenceNumber ?? '')],
          }),
          new TableCell({
            width: { size: rightWidth, type: WidthType.DXA },
            margins,
            children: [
              paragraph(letterhead.organisation, true),
              ...letterheadContactLines(letterhead).map((line) => paragraph(line)),
            ],
          }),
        ],
      }),
    ],
  });
  if (!letterhead.date) return [table];
  return [
    table,
    new Paragraph({
      indent: { left: leftWidth },
      spacing: { before: twips(spaceBefore.date) },
      children: docxRuns(letterhead.date, style, context),
    }),
  ];
}

/** "- 2 -" at the top centre of every page but the first (the first page's header is empty). */
function pageNumberHeader(language: DocumentLanguage): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            ...runFormat(bodyStyle, language === 'th'),
            children: ['- ', PageNumber.CURRENT, ' -'],
          }),
        ],
      }),
    ],
  });
}
