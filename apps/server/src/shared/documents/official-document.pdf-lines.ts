/**
 * How the official document's PDF sets text: the cursor down the page, lines laid out and broken
 * where Thai and the other scripts may break, drawn justified or centred with each line's text kept
 * as /ActualText (official-document.pdf.ts).
 */
import type { DocumentLanguage } from './official-document.model.ts';
import { LINE_HEIGHT_EM, contentWidth, page, type TextStyle } from './official-document.page.ts';
import { clustersOfRuns, joinRuns, sliceRuns, textOfRuns, trimRunsEnd, type FontRun } from './font-runs.ts';
import { containsThai, lineBreakUnits } from './line-breaking.ts';
import { pdfFontSize, type PdfDocument, type PdfFonts, type PdfkitFontState } from './pdf-fonts.ts';

/** Where the PDF is being written: the document and the top of the next line on the current page. */
export interface PdfCursor {
  doc: PdfDocument;
  fonts: PdfFonts;
  y: number;
  language: DocumentLanguage;
}

/** A horizontal band of the page text is set in. */
export interface Column {
  x: number;
  width: number;
}
export const fullWidth: Column = { x: page.marginLeft, width: contentWidth };

export type LineAlignment = 'left' | 'center' | 'justify';

/** A piece of a line, in the fonts that draw it, and its width in points. */
export interface LineUnit {
  runs: FontRun[];
  width: number;
}

/** A line laid out: its pieces (each a place it could have broken) and their widths in points. */
export interface LaidOutLine {
  units: LineUnit[];
  /** Without the spaces at its end. */
  width: number;
  /** The last line of a paragraph, or one ended by '\n': never stretched when justifying. */
  isLast: boolean;
}

export function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT_EM;
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureRoom(cursor: PdfCursor, height: number): void {
  if (cursor.y + height <= page.height - page.marginBottom) return;
  cursor.doc.addPage();
  cursor.y = page.marginTop;
}

/**
 * Lays text out in lines no wider than `width`, breaking only between line-break units; a unit
 * wider than a whole line (a long address) is broken between its grapheme clusters. Each unit keeps
 * the fonts the whole text chose for it (the language of its Han characters may depend on the rest).
 */
export function layOutLines(
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
export function drawText(
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
export function drawLine(
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

export function pageTextHeight(): number {
  return page.height - page.marginTop - page.marginBottom;
}
