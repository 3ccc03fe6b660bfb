/**
 * What an official document is made of: its language, an optional letterhead and a list of blocks
 * (headings, paragraphs, the fields of a letter's head, bullets, tables, the signature, the contact),
 * every word already in the reader's language. Both renderers take this model and nothing else.
 */
export const documentLanguages = ['th', 'en'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

/**
 * The languages whose names a document may print in their own script (a buyer from Fukuoka, a city in
 * China): Japanese, Korean and Chinese share the Han characters but draw them differently.
 */
export const eastAsianLanguages = ['ja', 'ko', 'zh'] as const;
export type EastAsianLanguage = (typeof eastAsianLanguages)[number];

/** A text the caller knows the language of: a name, a company, a city in its own script. */
export interface TextLanguage {
  text: string;
  language: EastAsianLanguage;
}

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
  /**
   * Texts the caller knows to be Japanese, Korean or Chinese, wherever they appear in the document. The
   * PDF draws their Han characters in that language's shapes; without it, as Japanese in a text with
   * kana, as Korean next to Hangul, as Chinese elsewhere.
   */
  textLanguages?: readonly TextLanguage[];
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
