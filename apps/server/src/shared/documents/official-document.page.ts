/**
 * The page both renderers draw, so the DOCX and the PDF of a document look alike: A4 with the margins
 * of Thai official letters, TH Sarabun New's sizes and line pitch, the indents, columns and spaces
 * between blocks, in points.
 */
import type { Letterhead, TableBlock } from './official-document.model.ts';

/** The font named in the DOCX, and the older name Word may find instead where it is not installed. */
export const DOCX_FONT = 'TH Sarabun New';
export const DOCX_FONT_ALTERNATIVE = 'TH SarabunPSK';

/** Sizes in points of TH Sarabun New, as an officer would set them in Word. */
export const fontSizes = { body: 16, heading1: 20, heading2: 16, table: 14, letterhead: 16 } as const;

/**
 * One line of TH Sarabun New in Word at single spacing, in ems: its line is 1.30 of its size tall
 * (the font's Windows ascent and descent), so a 16 pt line is 20.8 pt. The PDF keeps the same pitch,
 * so both files break their pages at about the same place.
 */
export const LINE_HEIGHT_EM = 1.3;

export const CM = 72 / 2.54;
export const page = {
  width: 21 * CM,
  height: 29.7 * CM,
  marginTop: 2.5 * CM,
  marginLeft: 3 * CM,
  marginRight: 2 * CM,
  marginBottom: 2 * CM,
  /** Where the page number's line starts, from the top of the page. */
  header: 1.25 * CM,
};
export const contentWidth = page.width - page.marginLeft - page.marginRight;
export const FIRST_LINE_INDENT = 2.5 * CM;
/** The bullet sits where a paragraph's first line starts; the item's text a little to its right. */
export const BULLET_TEXT_INDENT = FIRST_LINE_INDENT + 0.6 * CM;
/** The space between a field's label and its value (about two spaces of TH Sarabun New 16 pt). */
export const FIELD_GAP = 0.3 * CM;
/** The letterhead's right column (office, address, date) starts here, as a fraction of the width. */
export const LETTERHEAD_COLUMN = 0.55;
/** The signature is centred in the part of the width right of this fraction. */
export const SIGNATURE_COLUMN = 0.4;
/** The room left for a hand signature: three lines. */
export const SIGNATURE_ROOM = 3 * fontSizes.body * LINE_HEIGHT_EM;
export const TABLE_CELL_PADDING = { x: 0.15 * CM, y: 0.05 * CM };

/** The space above each kind of block, in points. */
export const spaceBefore = {
  heading1: 0,
  heading2: 12,
  paragraph: 6,
  field: 6,
  bullets: 3,
  table: 8,
  signature: 18,
  /** Half a line: the contact belongs to the signature above it, and a letter's foot must fit its page. */
  contact: 12,
  date: 12,
} as const;
export const SPACE_AFTER_HEADING1 = 12;
export const SPACE_AFTER_TABLE = 4;

export interface TextStyle {
  /** In points of TH Sarabun New. */
  size: number;
  isBold: boolean;
}
export const bodyStyle: TextStyle = { size: fontSizes.body, isBold: false };

/** The letterhead's lines under the office: its address, then its telephone and e-mail when given. */
export function letterheadContactLines(letterhead: Letterhead): string[] {
  return [...letterhead.addressLines, letterhead.phone, letterhead.email].filter(
    (line): line is string => line !== undefined && line !== '',
  );
}

/** A table's column widths as fractions of the text's width. */
export function columnWidthsOf(block: TableBlock): number[] {
  return block.columnWidths ?? block.header.map(() => 1 / block.header.length);
}
