/**
 * The PDF of an official document, to send or to file. It embeds Sarabun, and Noto Sans JP, KR or SC
 * where the text has Japanese, Korean or Chinese (pdf-fonts.ts, font-runs.ts), and lays out its lines
 * itself, breaking Thai only between words and Chinese and Japanese between characters
 * (line-breaking.ts). Each line carries its text as /ActualText, so copying or extracting the text
 * gives back exactly what the caller wrote (Sarabun draws some vowels as two glyphs, which a plain
 * glyph-to-character map cannot undo; official-document.pdf-lines.ts). A heading keeps with it what
 * follows; a letter's end — the closing paragraph, the signature and the contact under it — moves to the
 * next page as one, so no page holds only its foot; a table's header row is repeated on every page it
 * runs onto (official-document.pdf-table.ts), and pages after the first are numbered "- 2 -".
 */
import {
  assertValidDocument,
  type BulletsBlock,
  type ContactBlock,
  type DocumentBlock,
  type FieldBlock,
  type HeadingBlock,
  type Letterhead,
  type OfficialDocument,
  type ParagraphBlock,
  type SignatureBlock,
} from './official-document.model.ts';
import {
  BULLET_TEXT_INDENT,
  FIELD_GAP,
  FIRST_LINE_INDENT,
  LETTERHEAD_COLUMN,
  SIGNATURE_COLUMN,
  SIGNATURE_ROOM,
  SPACE_AFTER_HEADING1,
  bodyStyle,
  contentWidth,
  fontSizes,
  letterheadContactLines,
  page,
  spaceBefore,
  type TextStyle,
} from './official-document.page.ts';
import { loadPdfKit } from '../lazy-packages.ts';
import { pdfFontsOf, type PdfDocument, type PdfFonts } from './pdf-fonts.ts';
import {
  drawLine,
  drawText,
  ensureRoom,
  fullWidth,
  layOutLines,
  lineHeight,
  pageTextHeight,
  type Column,
  type PdfCursor,
} from './official-document.pdf-lines.ts';
import { drawTable, tableLeadHeight } from './official-document.pdf-table.ts';

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
