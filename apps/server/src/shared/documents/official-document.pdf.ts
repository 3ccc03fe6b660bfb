/**
 * The PDF of an official document, to send or to file. It embeds Sarabun, and Noto Sans JP, KR or SC
 * where the text has Japanese, Korean or Chinese (pdf-fonts.ts, font-runs.ts), and lays out its lines
 * itself, breaking Thai only between words and Chinese and Japanese between characters
 * (line-breaking.ts). Each line carries its text as /ActualText, so copying or extracting the text
 * gives back exactly what the caller wrote (Sarabun draws some vowels as two glyphs, which a plain
 * glyph-to-character map cannot undo). A heading keeps with it what follows; a letter's end — the closing paragraph, the signature
 * and the contact under it — moves to the next page as one, so no page holds only its foot; a table's
 * header row is repeated on every page it runs onto, and pages after the first are numbered "- 2 -".
 */
import {
  assertValidDocument,
  type BulletsBlock,
  type ContactBlock,
  type DocumentBlock,
  type DocumentLanguage,
  type FieldBlock,
  type HeadingBlock,
  type Letterhead,
  type OfficialDocument,
  type ParagraphBlock,
  type SignatureBlock,
  type TableBlock,
} from './official-document.model.ts';
import {
  BULLET_TEXT_INDENT,
  FIELD_GAP,
  FIRST_LINE_INDENT,
  LETTERHEAD_COLUMN,
  LINE_HEIGHT_EM,
  SIGNATURE_COLUMN,
  SIGNATURE_ROOM,
  SPACE_AFTER_HEADING1,
  SPACE_AFTER_TABLE,
  TABLE_CELL_PADDING,
  bodyStyle,
  columnWidthsOf,
  contentWidth,
  fontSizes,
  letterheadContactLines,
  page,
  spaceBefore,
  type TextStyle,
} from './official-document.page.ts';
import { loadPdfKit } from '../lazy-packages.ts';
import { clustersOfRuns, joinRuns, sliceRuns, textOfRuns, trimRunsEnd, type FontRun } from './font-runs.ts';
import { containsThai, lineBreakUnits } from './line-breaking.ts';
import {
  pdfFontSize,
  pdfFontsOf,
  type PdfDocument,
  type PdfFonts,
  type PdfkitFontState,
} from './pdf-fonts.ts';

/** Where the PDF is being written: the document and the top of the next line on the current page. */
interface PdfCursor {
  doc: PdfDocument;
  fonts: PdfFonts;
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

/** A piece of a line, in the fonts that draw it, and its width in points. */
interface LineUnit {
  runs: FontRun[];
  width: number;
}

/** A line laid out: its pieces (each a place it could have broken) and their widths in points. */
interface LaidOutLine {
  units: LineUnit[];
  /** Without the spaces at its end. */
  width: number;
  /** The last line of a paragraph, or one ended by '\n': never stretched when justifying. */
  isLast: boolean;
}

/** The PDF of a document. */
export async function renderPdf(document: OfficialDocument): Promise<Buffer> {
  assertValidDocument(document);
  const PDFDocument = await loadPdfKit();
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
  const fonts = pdfFontsOf(doc, document.textLanguages);

  const cursor: PdfCursor = { doc, fonts, y: page.marginTop, language: document.language };
  if (document.letterhead) drawLetterhead(cursor, document.letterhead);
  document.blocks.forEach((block, index) => drawBlock(cursor, block, document.blocks.slice(index + 1)));
  drawPageNumbers(cursor);
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

/**
 * Draws a block; `rest` is what follows it, which a heading, a closing paragraph or a signature keeps
 * with it.
 */
function drawBlock(cursor: PdfCursor, block: DocumentBlock, rest: DocumentBlock[]): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(cursor, block, rest);
    case 'paragraph':
      return drawParagraph(cursor, block, rest);
    case 'field':
      return drawField(cursor, block);
    case 'bullets':
      return drawBullets(cursor, block);
    case 'table':
      return drawTable(cursor, block);
    case 'signature':
      return drawSignature(cursor, block, rest[0]);
    case 'contact':
      return drawContact(cursor, block);
  }
}

function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT_EM;
}

/** Starts a new page when fewer than `height` points are left on this one. */
function ensureRoom(cursor: PdfCursor, height: number): void {
  if (cursor.y + height <= page.height - page.marginBottom) return;
  cursor.doc.addPage();
  cursor.y = page.marginTop;
}

/**
 * Lays text out in lines no wider than `width`, breaking only between line-break units; a unit
 * wider than a whole line (a long address) is broken between its grapheme clusters. Each unit keeps
 * the fonts the whole text chose for it (the language of its Han characters may depend on the rest).
 */
function layOutLines(
  fonts: PdfFonts,
  text: string,
  style: TextStyle,
  width: number,
  firstLineIndent = 0,
): LaidOutLine[] {
  const runs = fonts.runsOf(text);
  const lines: LaidOutLine[] = [];
  let hardLineStart = 0;
  for (const hardLine of text.split('\n')) {
    let current: LaidOutLine = { units: [], width: 0, isLast: false };
    let currentWidth = 0;
    const available = () => width - (lines.length === 0 ? firstLineIndent : 0);
    const place = (unitRuns: FontRun[]) => {
      const unit = { runs: unitRuns, width: fonts.width(unitRuns, style) };
      const trimmedWidth = fonts.width(trimRunsEnd(unitRuns), style);
      if (current.units.length > 0 && currentWidth + trimmedWidth > available()) {
        lines.push(current);
        current = { units: [], width: 0, isLast: false };
        currentWidth = 0;
      }
      current.units.push(unit);
      current.width = currentWidth + trimmedWidth;
      currentWidth += unit.width;
    };
    let unitStart = hardLineStart;
    for (const unitText of lineBreakUnits(hardLine)) {
      const unitRuns = sliceRuns(runs, unitStart, unitStart + unitText.length);
      unitStart += unitText.length;
      if (fonts.width(trimRunsEnd(unitRuns), style) <= width - firstLineIndent) place(unitRuns);
      else clustersOfRuns(unitRuns).forEach(place);
    }
    lines.push({ ...current, isLast: true });
    hardLineStart += hardLine.length + 1;
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
  const lines = layOutLines(cursor.fonts, text, style, column.width, indent);
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
 * Thai end a phrase. A line without Thai widens the gaps where it could have broken: its spaces, and
 * between Chinese and Japanese characters. A line that would need more than a quarter of an em
 * between clusters (or an em between words) is left unstretched.
 */
function drawLine(
  cursor: PdfCursor,
  line: LaidOutLine,
  column: Column,
  style: TextStyle,
  align: LineAlignment,
) {
  const { doc, fonts } = cursor;
  const runs = joinRuns(trimRunsEnd(line.units.flatMap((unit) => unit.runs)));
  const text = textOfRuns(runs);
  if (text === '') return;
  // The line's height is Sarabun's, whatever fonts draw it; every run stands on Sarabun's baseline.
  fonts.useSarabun(style);
  const top = cursor.y + (lineHeight(style) - doc.currentLineHeight(false)) / 2;
  const baseline = top + fonts.ascent(style);
  const isThai = containsThai(text);
  const pieces =
    align === 'justify' && !line.isLast ? stretchedPieces(fonts, line, runs, column.width, style) : null;
  doc.markContent('Span', { actual: text, lang: spanLanguage(runs, isThai, cursor.language) });
  if (pieces) {
    for (const piece of pieces) fonts.draw(piece.runs, column.x + piece.x, baseline, style);
  } else {
    const x = align === 'center' ? column.x + (column.width - line.width) / 2 : column.x;
    fonts.draw(runs, x, baseline, style);
  }
  endSpan(doc);
}

/**
 * The language a line's span is tagged with, for screen readers: Thai for a line with Thai; Japanese,
 * Korean or Chinese for a line drawn in one of their fonts alone; else the document's language.
 */
function spanLanguage(runs: readonly FontRun[], isThai: boolean, language: DocumentLanguage): string {
  if (isThai) return 'th-TH';
  const faces = new Set(runs.filter((run) => run.text.trim() !== '').map((run) => run.face));
  const [only] = faces;
  if (faces.size === 1 && only !== undefined && only !== 'sarabun') return eastAsianSpanLanguage[only];
  return language === 'th' ? 'th-TH' : 'en-GB';
}
const eastAsianSpanLanguage = { notoSansJP: 'ja-JP', notoSansKR: 'ko-KR', notoSansSC: 'zh-CN' } as const;

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
  fonts: PdfFonts,
  line: LaidOutLine,
  runs: readonly FontRun[],
  width: number,
  style: TextStyle,
): { runs: FontRun[]; x: number }[] | null {
  const isThai = containsThai(textOfRuns(runs));
  const pieces = isThai
    ? clustersOfRuns(runs).map((cluster) => ({ runs: cluster, width: fonts.width(cluster, style) }))
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
    return { runs: piece.runs, x: start };
  });
}

/**
 * A paragraph, its first line indented. The paragraph just before a signature ('จึงเรียนมาเพื่อโปรด
 * พิจารณา') goes to the next page with it, and with the contact under the signature, rather than
 * leave the signature or the contact alone on a page.
 */
function drawParagraph(cursor: PdfCursor, block: ParagraphBlock, rest: readonly DocumentBlock[]): void {
  const indent = block.isIndented === false ? 0 : FIRST_LINE_INDENT;
  const [next, afterNext] = rest;
  cursor.y += spaceBefore.paragraph;
  if (next?.kind === 'signature') {
    const lines = layOutLines(cursor.fonts, block.text, bodyStyle, contentWidth, indent).length;
    const height =
      lines * lineHeight(bodyStyle) +
      signatureHeight(cursor.fonts, next) +
      contactHeightOf(cursor.fonts, afterNext);
    if (height <= pageTextHeight()) ensureRoom(cursor, height);
  }
  drawText(cursor, block.text, fullWidth, bodyStyle, { align: 'justify', firstLineIndent: indent });
}

function headingStyle(block: HeadingBlock): TextStyle {
  return { size: block.level === 1 ? fontSizes.heading1 : fontSizes.heading2, isBold: true };
}

/** The height of a heading, all its lines. */
function headingHeight(fonts: PdfFonts, block: HeadingBlock): number {
  const style = headingStyle(block);
  return layOutLines(fonts, block.text, style, contentWidth).length * lineHeight(style);
}

/**
 * The least of what follows a heading that must stand on the same page as it: a line of text, a
 * table's header and first row, or a heading with what it keeps in turn.
 */
function leadHeight(fonts: PdfFonts, rest: readonly DocumentBlock[]): number {
  const [next, ...after] = rest;
  if (next?.kind === 'table') return spaceBefore.table + tableLeadHeight(fonts, next);
  if (next?.kind === 'heading')
    return (
      (next.level === 1 ? spaceBefore.heading1 : spaceBefore.heading2) +
      headingHeight(fonts, next) +
      leadHeight(fonts, after)
    );
  return lineHeight(bodyStyle);
}

function drawHeading(cursor: PdfCursor, block: HeadingBlock, rest: readonly DocumentBlock[]): void {
  const isTitle = block.level === 1;
  cursor.y += isTitle ? spaceBefore.heading1 : spaceBefore.heading2;
  // A heading never ends a page: it keeps with it what follows (leadHeight), unless that would not fit
  // on any page.
  const height = headingHeight(cursor.fonts, block) + leadHeight(cursor.fonts, rest);
  ensureRoom(cursor, Math.min(height, pageTextHeight()));
  drawText(cursor, block.text, fullWidth, headingStyle(block), { align: isTitle ? 'center' : 'left' });
  if (isTitle) cursor.y += SPACE_AFTER_HEADING1;
}

/** The label, then the value; the value's further lines start under its first word. */
function drawField(cursor: PdfCursor, block: FieldBlock): void {
  cursor.y += spaceBefore.field;
  ensureRoom(cursor, lineHeight(bodyStyle));
  const valueX = fieldValueOffset(cursor.fonts, block.label);
  const top = cursor.y;
  drawText(cursor, block.label, { x: page.marginLeft, width: valueX }, bodyStyle, { align: 'left' });
  cursor.y = top;
  drawText(cursor, block.value, { x: page.marginLeft + valueX, width: contentWidth - valueX }, bodyStyle, {
    align: 'left',
  });
}

/** How far a field's value starts from the left margin: its label's width and a gap. */
function fieldValueOffset(fonts: PdfFonts, label: string): number {
  return fonts.textWidth(label, bodyStyle) + FIELD_GAP;
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

/**
 * The closing, room to sign, the name and the position, centred right of the page's centre, on one
 * page with the contact that follows it (when both fit on a page).
 */
function drawSignature(cursor: PdfCursor, block: SignatureBlock, next: DocumentBlock | undefined): void {
  cursor.y += spaceBefore.signature;
  const height = signatureHeight(cursor.fonts, block) - spaceBefore.signature;
  const withContact = height + contactHeightOf(cursor.fonts, next);
  ensureRoom(cursor, withContact <= pageTextHeight() ? withContact : height);
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
function signatureHeight(fonts: PdfFonts, block: SignatureBlock): number {
  const lineCount = [block.closing, block.name, block.position]
    .map((text) => layOutLines(fonts, text, bodyStyle, signatureColumn.width).length)
    .reduce((total, count) => total + count, 0);
  return spaceBefore.signature + lineCount * lineHeight(bodyStyle) + SIGNATURE_ROOM;
}

/** Who to contact, at the letter's foot: its lines never split between two pages. */
function drawContact(cursor: PdfCursor, block: ContactBlock): void {
  cursor.y += spaceBefore.contact;
  ensureRoom(cursor, Math.min(contactHeightOf(cursor.fonts, block) - spaceBefore.contact, pageTextHeight()));
  for (const line of block.lines) drawText(cursor, line, fullWidth, bodyStyle, { align: 'left' });
}

/**
 * The height of a contact block, the space above it included; 0 for any other block, so that what
 * keeps with a contact can ask without looking first.
 */
function contactHeightOf(fonts: PdfFonts, block: DocumentBlock | undefined): number {
  if (block?.kind !== 'contact') return 0;
  const lineCount = block.lines
    .map((line) => layOutLines(fonts, line, bodyStyle, contentWidth).length)
    .reduce((total, count) => total + count, 0);
  return spaceBefore.contact + lineCount * lineHeight(bodyStyle);
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

interface TableRowLayout {
  cells: LaidOutLine[][];
  style: TextStyle;
  isHeader: boolean;
}

/**
 * A bordered table. A row that does not fit on the page moves to the next one, where the header
 * row is drawn again; a row too tall for that page too is split between pages line by line.
 */
function tableRowLayout(fonts: PdfFonts, block: TableBlock) {
  const widths = columnWidthsOf(block).map((fraction) => fraction * contentWidth);
  const layOutRow = (cells: string[], isHeader: boolean): TableRowLayout => {
    const style: TextStyle = { size: fontSizes.table, isBold: isHeader };
    return {
      cells: cells.map((cell, index) =>
        layOutLines(fonts, cell, style, (widths[index] ?? 0) - 2 * TABLE_CELL_PADDING.x),
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
function tableLeadHeight(fonts: PdfFonts, block: TableBlock): number {
  const { layOutRow } = tableRowLayout(fonts, block);
  const first = block.rows[0];
  const height =
    rowHeight(layOutRow(block.header, true)) +
    (first ? rowHeight(layOutRow(first, false)) : lineHeight(bodyStyle));
  return Math.min(height, pageTextHeight());
}

function drawTable(cursor: PdfCursor, block: TableBlock): void {
  const { widths, layOutRow } = tableRowLayout(cursor.fonts, block);
  const header = layOutRow(block.header, true);
  cursor.y += spaceBefore.table;
  ensureRoom(cursor, tableLeadHeight(cursor.fonts, block));
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
function drawPageNumbers(cursor: PdfCursor): void {
  const { doc, fonts } = cursor;
  const range = doc.bufferedPageRange();
  for (let index = 1; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const header: PdfCursor = { ...cursor, y: page.header };
    const line = layOutLines(fonts, `- ${index + 1} -`, bodyStyle, contentWidth)[0];
    if (line) drawLine(header, line, fullWidth, bodyStyle, 'center');
  }
}
