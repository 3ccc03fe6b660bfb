/**
 * The bordered tables of the official document's PDF: a row that does not fit moves to the next page,
 * where the header row is drawn again; a row too tall for a page is split line by line.
 */
import type { TableBlock } from './official-document.model.ts';
import {
  SPACE_AFTER_TABLE,
  TABLE_CELL_PADDING,
  bodyStyle,
  columnWidthsOf,
  contentWidth,
  fontSizes,
  page,
  spaceBefore,
  type TextStyle,
} from './official-document.page.ts';
import type { PdfFonts } from './pdf-fonts.ts';
import {
  drawLine,
  ensureRoom,
  layOutLines,
  lineHeight,
  pageTextHeight,
  type LaidOutLine,
  type PdfCursor,
} from './official-document.pdf-lines.ts';

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
export function tableLeadHeight(fonts: PdfFonts, block: TableBlock): number {
  const { layOutRow } = tableRowLayout(fonts, block);
  const first = block.rows[0];
  const height =
    rowHeight(layOutRow(block.header, true)) +
    (first ? rowHeight(layOutRow(first, false)) : lineHeight(bodyStyle));
  return Math.min(height, pageTextHeight());
}

export function drawTable(cursor: PdfCursor, block: TableBlock): void {
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
