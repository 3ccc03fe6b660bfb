/**
 * The DOCX of an official document, to edit in Word. It names TH Sarabun New, the font Thai government
 * offices are required to use (and TH SarabunPSK, its older name, where Word does not have it), and
 * leaves the drawing to Word: Thai runs carry the Thai language tag, so Word breaks their lines and
 * justifies them (Thai distributed) as in a letter typed by hand.
 */
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
import {
  assertValidDocument,
  type DocumentBlock,
  type DocumentLanguage,
  type FieldBlock,
  type Letterhead,
  type OfficialDocument,
  type SignatureBlock,
  type TableBlock,
} from './official-document.model.ts';
import {
  BULLET_TEXT_INDENT,
  DOCX_FONT,
  DOCX_FONT_ALTERNATIVE,
  FIELD_GAP,
  FIRST_LINE_INDENT,
  LETTERHEAD_COLUMN,
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
import { createLabelMeasure } from './pdf-fonts.ts';
import { LATIN_LETTER, THAI_CHARACTER } from './line-breaking.ts';

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
  const context: DocxContext = { language: document.language, measure: await createLabelMeasure() };
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
      return docxSignature(block, next?.kind === 'contact', context);
    case 'contact':
      // Its lines stay together on one page (and, through the signature's keepNext, with it).
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

/** The signature on one page; with the contact under it too, as the PDF keeps them, when one follows. */
function docxSignature(block: SignatureBlock, isContactNext: boolean, context: DocxContext): Paragraph[] {
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
    line(block.position, 0, isContactNext),
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
