/**
 * The documents are read back as a person's tools would read them: the DOCX unzipped as Word would,
 * the PDF through poppler-utils (pdftotext, pdffonts, pdfinfo), which must be installed — a missing
 * tool fails the run with what to install, it never skips the tests.
 */
import { describe, expect, it } from 'vitest';
import {
  docxParts as partsOf,
  pdfPageCount,
  pdfText,
  poppler,
  savePdf,
  withoutSpaces,
} from '../../testing/document-files.ts';
import {
  assertValidDocument,
  lineBreakUnits,
  renderDocx,
  renderPdf,
  type DocumentBlock,
  type OfficialDocument,
  type TableBlock,
} from './official-document.ts';
import { drawnGlyphs, emptyBoxes, textByFont } from './testing/pdf-glyphs.ts';

// --- Factories ----------------------------------------------------------------------------------------

const subject = 'ขอเชิญเข้าร่วมการประชุมทางไกลเพื่อส่งเสริมการค้าระหว่างกรุงเทพมหานครและกรุงโซล';
const inquiry =
  'ในการนี้ สำนักการต่างประเทศ กรุงเทพมหานคร ได้จัดทำโครงการส่งเสริมการค้าระหว่างเมืองพี่เมืองน้อง ' +
  '(Sister City Trade Programme) เพื่อเปิดโอกาสให้ผู้ประกอบการที่ได้รับตราสัญลักษณ์ Bangkok Brand ' +
  'นำเสนอผลิตภัณฑ์น้ำผลไม้และเครื่องดื่มสมุนไพรแก่ผู้ซื้อในกรุงโซลผ่านการประชุมทางไกล';

function buildLetter(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    language: 'th',
    title: 'หนังสือสอบถามความสนใจ',
    letterhead: {
      organisation: 'สำนักการต่างประเทศ กรุงเทพมหานคร',
      addressLines: ['173 ถนนดินสอ แขวงเสาชิงช้า', 'เขตพระนคร กรุงเทพฯ 10200'],
      phone: 'โทร. 0 2224 1234',
      referenceNumber: 'ที่ กท 1401/2569',
      date: '15 มกราคม 2569',
    },
    blocks: [
      { kind: 'field', label: 'เรื่อง', value: subject },
      { kind: 'field', label: 'เรียน', value: 'ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ รัฐบาลกรุงโซล' },
      { kind: 'paragraph', text: inquiry },
      buildTable(),
      { kind: 'bullets', items: ['รายชื่อผู้แทนที่จะเข้าร่วมการประชุม', 'ช่วงวันและเวลาที่สะดวก'] },
      { kind: 'paragraph', text: 'จึงเรียนมาเพื่อโปรดพิจารณา' },
      {
        kind: 'signature',
        closing: 'ขอแสดงความนับถือ',
        name: '(นางสาวศิริพร ใจดี)',
        position: 'ผู้อำนวยการสำนักการต่างประเทศ',
      },
      { kind: 'contact', lines: ['ส่วนความร่วมมือระหว่างประเทศ', 'โทร. 0 2224 1234 ต่อ 101'] },
    ],
    ...overrides,
  };
}

function buildTable(overrides: Partial<TableBlock> = {}): TableBlock {
  return {
    kind: 'table',
    header: ['วัน เวลา', 'หัวข้อการประชุม', 'ผู้เข้าร่วม'],
    columnWidths: [0.3, 0.4, 0.3],
    rows: [
      ['17 ก.พ. 2569 13.00 น.', 'เครื่องดื่มสมุนไพรไทย', 'ผู้ประกอบการ 8 ราย'],
      ['19 ก.พ. 2569 13.00 น.', 'ผ้าไหมและหัตถกรรม', 'ห้างสรรพสินค้าในกรุงโซล'],
      [
        '24 ก.พ. 2569 14.00 น.',
        'สรุปผลการจับคู่ธุรกิจและหารือแนวทางความร่วมมือระหว่างกรุงเทพมหานครและกรุงโซลในระยะต่อไป',
        'ผู้แทนทั้งสองเมือง',
      ],
    ],
    ...overrides,
  };
}

function buildEnglishLetter(): OfficialDocument {
  return {
    language: 'en',
    title: 'Letter of inquiry',
    letterhead: {
      organisation: 'International Affairs Office, Bangkok Metropolitan Administration',
      addressLines: ['173 Dinso Road, Phra Nakhon, Bangkok 10200'],
      email: 'trade.iad@bangkok.go.th',
      referenceNumber: 'No. BMA 1401/2026',
      date: '15 January 2026',
    },
    blocks: [
      {
        kind: 'field',
        label: 'Subject:',
        value: 'Invitation to a trade teleconference between Bangkok and Seoul',
      },
      {
        kind: 'paragraph',
        text: 'The International Affairs Office would be grateful to know whether the Seoul Metropolitan Government would take part in a trade teleconference with enterprises holding the Bangkok Brand certificate.',
      },
      buildTable({
        header: ['Date', 'Topic', 'Participants'],
        rows: [['17 February 2026', 'Herbal drinks', 'Importers']],
      }),
      { kind: 'signature', closing: 'Yours sincerely,', name: '(Ms. Siriporn Jaidee)', position: 'Director' },
    ],
  };
}

/** A Thai report long enough for several pages: numbered paragraphs, each about four lines long. */
function buildLongReport(paragraphCount: number): OfficialDocument {
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 1, text: 'รายงานผลการประชุมทางไกลด้านการค้า' }];
  for (let index = 1; index <= paragraphCount; index++) {
    blocks.push({ kind: 'paragraph', text: `ย่อหน้าที่ ${index} ${inquiry}` });
  }
  return { language: 'th', title: 'รายงานผลการประชุม', blocks };
}

// --- Reading the files back ------------------------------------------------------------------------

/** Fails unless every snippet appears in the text, each after the one before it. */
function expectInOrder(text: string, snippets: string[]): void {
  const flat = withoutSpaces(text);
  let from = 0;
  for (const snippet of snippets) {
    const at = flat.indexOf(withoutSpaces(snippet), from);
    expect(at, `"${snippet}" should follow what came before it`).toBeGreaterThanOrEqual(from);
    from = at + withoutSpaces(snippet).length;
  }
}

async function docxParts(document: OfficialDocument): Promise<Record<string, string>> {
  return partsOf(new Uint8Array(await renderDocx(document)));
}

/** The run properties of the run whose text is exactly `text`. */
function runPropertiesOf(xml: string, text: string): string {
  const runs = xml.match(/<w:r>.*?<\/w:r>/g) ?? [];
  const run = runs.find((candidate) => candidate.includes(`>${text}</w:t>`));
  if (!run) throw new Error(`No run holds "${text}".`);
  return /<w:rPr>(.*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
}

// --- DOCX ------------------------------------------------------------------------------------------

describe('the DOCX', () => {
  it('is a zip whose document holds the Thai text in TH Sarabun New, 16 pt, on A4 with the margins of Thai letters', async () => {
    const xml = (await docxParts(buildLetter()))['word/document.xml'] ?? '';
    expect(xml).toContain(subject);
    expect(xml).toContain('ขอแสดงความนับถือ');
    const run = runPropertiesOf(xml, 'ขอแสดงความนับถือ');
    expect(run).toContain('w:ascii="TH Sarabun New"');
    expect(run).toContain('w:hAnsi="TH Sarabun New"');
    expect(run).toContain('w:cs="TH Sarabun New"');
    expect(run).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    // A4 in twentieths of a point; top 2.5 cm, right 2 cm, left 3 cm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1701"/);
  });

  it('tags Thai runs th-TH for Word, and the English words inside Thai text as English', async () => {
    const xml = (await docxParts(buildLetter()))['word/document.xml'] ?? '';
    const thai = runPropertiesOf(xml, 'ขอแสดงความนับถือ');
    expect(thai).toContain('<w:lang w:val="th-TH" w:bidi="th-TH"/>');
    expect(thai).toContain('w:hint="cs"');
    const english = runPropertiesOf(xml, 'Bangkok Brand ');
    expect(english).toContain('w:val="en-GB"');
    expect(english).not.toContain('w:hint="cs"');
  });

  it("indents a paragraph's first line 2.5 cm and spreads Thai lines with Thai distributed justification", async () => {
    const xml = (await docxParts(buildLetter()))['word/document.xml'] ?? '';
    const paragraph = xml.match(/<w:p>(?:(?!<\/w:p>).)*ในการนี้/)?.[0] ?? '';
    expect(paragraph).toContain('<w:ind w:firstLine="1417"/>');
    expect(paragraph).toContain('<w:jc w:val="thaiDistribute"/>');
  });

  it('keeps the signature with the contact under it, so Word never leaves the contact alone on a page', async () => {
    const xml = (await docxParts(buildLetter()))['word/document.xml'] ?? '';
    const position = xml.match(/<w:p>(?:(?!<\/w:p>).)*ผู้อำนวยการสำนักการต่างประเทศ/)?.[0] ?? '';
    expect(position).toContain('<w:keepNext/>');
  });

  it('names TH SarabunPSK as the font Word may use where TH Sarabun New is missing', async () => {
    const fonts = (await docxParts(buildLetter()))['word/fontTable.xml'] ?? '';
    expect(fonts).toContain('<w:font w:name="TH Sarabun New"><w:altName w:val="TH SarabunPSK"/>');
  });

  it("holds a table's cells, with its header row repeated on each page", async () => {
    const xml = (await docxParts(buildLetter()))['word/document.xml'] ?? '';
    expect(xml).toContain('<w:tblHeader/>');
    for (const cell of ['หัวข้อการประชุม', 'ผ้าไหมและหัตถกรรม', 'ห้างสรรพสินค้าในกรุงโซล']) {
      expect(xml).toContain(cell);
    }
  });

  it('numbers the pages from the second, at the top centre', async () => {
    const parts = await docxParts(buildLetter());
    expect(parts['word/document.xml']).toContain('<w:titlePg/>');
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.filter(([, xml]) => xml.includes('PAGE'))).toHaveLength(1);
  });

  it('writes an English letter in English', async () => {
    const xml = (await docxParts(buildEnglishLetter()))['word/document.xml'] ?? '';
    expect(xml).toContain('Invitation to a trade teleconference between Bangkok and Seoul');
    expect(xml).not.toContain('th-TH"/><w:hint');
    expect(xml).toContain('<w:jc w:val="both"/>');
  });
});

// --- PDF -------------------------------------------------------------------------------------------

describe('the PDF', () => {
  it('is a PDF with Sarabun embedded', async () => {
    const pdf = await renderPdf(buildLetter());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const fonts = poppler('pdffonts', [savePdf(pdf)]);
    // name, type, encoding, then "yes" for embedded.
    expect(fonts).toMatch(/\+Sarabun-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/\+Sarabun-Bold\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('gives back the Thai and English text in reading order, vowels and marks as written', async () => {
    const text = pdfText(await renderPdf(buildLetter()));
    expectInOrder(text, [
      'ที่ กท 1401/2569',
      'สำนักการต่างประเทศ กรุงเทพมหานคร',
      '15 มกราคม 2569',
      'เรื่อง',
      subject,
      inquiry,
      'รายชื่อผู้แทนที่จะเข้าร่วมการประชุม',
      'ขอแสดงความนับถือ',
      '(นางสาวศิริพร ใจดี)',
      'ผู้อำนวยการสำนักการต่างประเทศ',
      'โทร. 0 2224 1234 ต่อ 101',
    ]);
    // Sarabun draws ำ as two glyphs; the text still reads น้ำ, not น + ํ + ้ + า.
    expect(text).toContain('น้ำผลไม้');
  });

  it('tells text readers where each line is on the page, so they keep labels and values on one line', async () => {
    const pdf = await renderPdf(buildLetter());
    const words = poppler('pdftotext', ['-bbox', '-f', '1', '-l', '1', savePdf(pdf), '-']);
    const box = (text: string) => {
      const found = new RegExp(
        `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${text}</word>`,
      ).exec(words);
      if (!found) throw new Error(`pdftotext found no line "${text}" on page 1.`);
      return { x: Number(found[1]), top: Number(found[2]), bottom: Number(found[3]) };
    };
    const reference = box('ที่ กท 1401/2569');
    // 3 cm from the left edge, 2.5 cm from the top, as tall as a line of 16 pt text.
    expect(reference.x).toBeCloseTo((3 / 2.54) * 72, 0);
    expect(reference.top).toBeGreaterThan((2.5 / 2.54) * 72 - 1);
    expect(reference.top).toBeLessThan(90);
    expect(reference.bottom - reference.top).toBeGreaterThan(10);
    const lines = pdfText(pdf).split('\n');
    expect(lines).toContain(`เรื่อง ${subject}`);
  });

  it('gives back the text of an English letter', async () => {
    const text = pdfText(await renderPdf(buildEnglishLetter()));
    expect(text).toContain('Invitation to a trade teleconference between Bangkok and Seoul');
    expectInOrder(text, ['No. BMA 1401/2026', 'Subject:', 'Seoul Metropolitan Government', 'Herbal drinks']);
  });

  it("holds a table's text, row by row", async () => {
    const text = pdfText(await renderPdf(buildLetter()));
    expectInOrder(text, [
      'วัน เวลา',
      'หัวข้อการประชุม',
      'ผู้เข้าร่วม',
      '17 ก.พ. 2569 13.00 น.',
      'เครื่องดื่มสมุนไพรไทย',
      'ผู้ประกอบการ 8 ราย',
      '19 ก.พ. 2569 13.00 น.',
      'ผ้าไหมและหัตถกรรม',
    ]);
  });

  it("wraps a long cell's text on several lines inside its column", async () => {
    const longCell = buildTable().rows[2]?.[1] ?? '';
    const words = poppler('pdftotext', ['-bbox', savePdf(await renderPdf(buildLetter())), '-']);
    const cellLines = Array.from(
      words.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<\/word>/g),
      ([, xMin, xMax, text]) => ({ xMin: Number(xMin), xMax: Number(xMax), text: text ?? '' }),
    ).filter((word) => longCell.includes(word.text));
    expect(cellLines.length).toBeGreaterThan(1);
    expect(cellLines.map((line) => line.text).join('')).toBe(longCell);
    // The second column spans 30% to 70% of the 16 cm between the margins, which start 3 cm in.
    const columnLeft = ((3 + 0.3 * 16) / 2.54) * 72;
    const columnRight = ((3 + 0.7 * 16) / 2.54) * 72;
    for (const line of cellLines) {
      expect(line.xMin).toBeGreaterThan(columnLeft);
      expect(line.xMax).toBeLessThan(columnRight);
    }
  });

  it('breaks a Thai paragraph without spaces only between words', async () => {
    const sentence = 'กรุงเทพมหานครขอเชิญผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อมเข้าร่วมการประชุมทางไกล';
    const text = sentence.repeat(4);
    const pdf = await renderPdf({ language: 'th', title: 't', blocks: [{ kind: 'paragraph', text }] });
    const lines = pdfText(pdf)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    const wordBoundaries = new Set(
      Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(text), ({ index }) => index),
    );
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      expect(wordBoundaries, `the line ending "…${line.slice(-8)}" breaks inside a word`).toContain(offset);
    }
  });

  it('runs a long document onto several pages, numbered from the second', async () => {
    const pdf = await renderPdf(buildLongReport(40));
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(pdfText(pdf, { first: 1, last: 1 })).not.toMatch(/- 1 -/);
    // -layout keeps "- 2 -" whole (the plain mode joins a line ending in "-" to the next).
    const secondPage = poppler('pdftotext', ['-layout', '-f', '2', '-l', '2', savePdf(pdf), '-']);
    expect(secondPage.trimStart()).toMatch(/^- 2 -\n/);
    expectInOrder(pdfText(pdf), ['ย่อหน้าที่ 1 ', 'ย่อหน้าที่ 20 ', 'ย่อหน้าที่ 40 ']);
  });

  it("keeps a letter's end on one page: the closing paragraph, the signature and every line of the contact", async () => {
    // One more line of text before the end each time (a line is 20.8 pt; the contact 53.6), so that
    // one of them ends the page where the signature fits and the contact would not.
    for (let extraLines = 14; extraLines <= 20; extraLines++) {
      const filler: DocumentBlock = { kind: 'paragraph', text: Array(extraLines).fill('บรรทัด').join('\n') };
      const blocks = buildLetter().blocks;
      const pdf = await renderPdf(
        buildLetter({ blocks: [...blocks.slice(0, 3), filler, ...blocks.slice(3)] }),
      );
      const pages = pdfPageCount(pdf);
      expect(pages, `${extraLines} lines more`).toBe(2);
      expectInOrder(pdfText(pdf, { first: pages, last: pages }), [
        'จึงเรียนมาเพื่อโปรดพิจารณา',
        'ขอแสดงความนับถือ',
        'ส่วนความร่วมมือระหว่างประเทศ',
        'โทร. 0 2224 1234 ต่อ 101',
      ]);
    }
  });

  it('carries a long table onto the next page with its header row drawn again', async () => {
    const rows = Array.from({ length: 45 }, (_, index) => [`แถวที่ ${index + 1}`, 'เครื่องดื่มสมุนไพร', 'กรุงโซล']);
    const pdf = await renderPdf({ language: 'th', title: 't', blocks: [buildTable({ rows })] });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expectInOrder(pdfText(pdf, { first: 2, last: 2 }), ['หัวข้อการประชุม', 'แถวที่ ']);
    expectInOrder(
      pdfText(pdf),
      rows.map((row) => row[0] ?? ''),
    );
  });
});

describe('a table row taller than a page', () => {
  it('is split between pages, line by line, losing nothing', async () => {
    const longCell = Array.from({ length: 120 }, (_, index) => `บรรทัดที่ ${index + 1}`).join('\n');
    const table = buildTable({ rows: [['แถวเดียว', longCell, 'ท้ายแถว']] });
    const pdf = await renderPdf({ language: 'th', title: 't', blocks: [table] });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    expectInOrder(pdfText(pdf), ['บรรทัดที่ 1', 'บรรทัดที่ 60', 'บรรทัดที่ 120']);
    expect(pdfText(pdf, { first: 2, last: 2 })).toContain('หัวข้อการประชุม');
  });
});

// --- Japanese, Korean and Chinese ------------------------------------------------------------------

/** The embedded fonts pdffonts lists, without their subset tags: 'NotoSansKR-Regular'. */
function embeddedFonts(pdf: Uint8Array): string[] {
  return poppler('pdffonts', [savePdf(pdf)])
    .split('\n')
    .slice(2)
    .flatMap((line) => /^[A-Z]{6}\+(\S+)/.exec(line)?.[1] ?? []);
}

/** A letter to partners in Seoul, Fukuoka and Shanghai, naming their people in their own scripts. */
function buildEastAsianLetter(): OfficialDocument {
  return buildLetter({
    blocks: [
      { kind: 'field', label: 'เรียน', value: 'คุณ 김민준 (Kim Min-jun) และคุณ 山田太郎（やまだ たろう）' },
      {
        kind: 'paragraph',
        text: 'บริษัท 株式会社やまだ商事 ได้แจ้งว่า「タイ米の品質はとても良い」และ 서울식품무역 주식회사 ขอตัวอย่างสินค้า',
      },
      { kind: 'paragraph', text: '上海进出口贸易有限公司希望收到样品和报价单。' },
      buildTable({
        header: ['ผู้ซื้อ', '회사', '城市'],
        rows: [['王伟', '서울식품', '上海市']],
      }),
    ],
  });
}

describe('Japanese, Korean and Chinese in the PDF', () => {
  it('are drawn in Noto Sans KR, JP and SC, regular and bold, and never as empty boxes', async () => {
    const pdf = await renderPdf(buildEastAsianLetter());
    expect(emptyBoxes(pdf)).toEqual([]);
    const drawn = textByFont(pdf);
    expect(drawn['NotoSansKR-Regular']).toContain('김민준');
    expect(drawn['NotoSansKR-Regular']).toContain('서울식품무역');
    expect(drawn['NotoSansJP-Regular']).toContain('山田太郎（やまだ');
    expect(drawn['NotoSansJP-Regular']).toContain('「タイ米の品質はとても良い」');
    expect(drawn['NotoSansSC-Regular']).toContain('上海进出口贸易有限公司希望收到样品和报价单。');
    expect(drawn['NotoSansSC-Regular']).toContain('王伟');
    expect(drawn['NotoSansKR-Bold']).toContain('회사');
    expect(drawn['NotoSansSC-Bold']).toContain('城市');
    expect(drawn['Sarabun-Regular']).toContain('(Kim Min-jun)');
    expect(drawn['Sarabun-Regular']).toContain('ขอตัวอย่างสินค้า');
  });

  it('are given back as written, in reading order, by a text extractor', async () => {
    const text = pdfText(await renderPdf(buildEastAsianLetter()));
    expectInOrder(text, [
      'คุณ 김민준 (Kim Min-jun) และคุณ 山田太郎（やまだ たろう）',
      'บริษัท 株式会社やまだ商事 ได้แจ้งว่า「タイ米の品質はとても良い」',
      '上海进出口贸易有限公司希望收到样品和报价单。',
      '王伟',
      '서울식품',
      '上海市',
    ]);
  });

  it('make the PDF embed a Noto font only when its text has that script', async () => {
    const notoFonts = async (document: OfficialDocument) =>
      embeddedFonts(await renderPdf(document)).filter((font) => font.startsWith('Noto'));
    expect(await notoFonts(buildLetter())).toEqual([]);
    expect(await notoFonts(buildEnglishLetter())).toEqual([]);
    const korean = buildLetter({ blocks: [{ kind: 'paragraph', text: 'เรียน คุณ 김민준' }] });
    expect(await notoFonts(korean)).toEqual(['NotoSansKR-Regular']);
    const chinese = buildLetter({ blocks: [{ kind: 'paragraph', text: 'เรียน คุณ 王伟' }] });
    expect(await notoFonts(chinese)).toEqual(['NotoSansSC-Regular']);
  });

  it('draw Han characters in Japanese shapes in Japanese text, in Chinese shapes elsewhere', async () => {
    const pdf = await renderPdf({
      language: 'en',
      title: 't',
      blocks: [
        { kind: 'paragraph', text: 'With kana: 山田太郎（やまだ たろう）' },
        { kind: 'paragraph', text: 'Known to be Japanese: 田中一郎, of 福岡物産株式会社' },
        { kind: 'paragraph', text: 'Anything else: 王伟, 上海' },
      ],
      textLanguages: [{ text: '田中一郎', language: 'ja' }],
    });
    const drawn = textByFont(pdf);
    expect(drawn['NotoSansJP-Regular']).toContain('山田太郎');
    expect(drawn['NotoSansJP-Regular']).toContain('田中一郎');
    expect(drawn['NotoSansSC-Regular']).toContain('福岡物産株式会社');
    expect(drawn['NotoSansSC-Regular']).toContain('王伟');
    expect(drawn['NotoSansSC-Regular']).not.toContain('田中');
  });

  it('are drawn about as large as the Thai and Latin around them', async () => {
    const pdf = await renderPdf({
      language: 'th',
      title: 't',
      blocks: [{ kind: 'paragraph', text: 'กรุงโซล 서울 Seoul 東京' }],
    });
    const sizes = Object.fromEntries(drawnGlyphs(pdf).map((glyph) => [glyph.font, glyph.size]));
    // TH Sarabun New's 16 pt is Sarabun's 10.88; Noto Sans at 0.955 of it, so capitals match.
    expect(sizes['Sarabun-Regular']).toBeCloseTo(10.88, 2);
    for (const font of ['NotoSansKR-Regular', 'NotoSansSC-Regular']) {
      expect((sizes[font] ?? 0) / 10.88, font).toBeCloseTo(700 / 733, 2);
    }
  });

  it('wrap a Chinese paragraph without spaces inside the text width, losing nothing', async () => {
    const text = '上海进出口贸易有限公司的采购经理王伟先生对曼谷品牌的茉莉香米表示了浓厚的兴趣，'.repeat(4);
    const pdf = await renderPdf({ language: 'th', title: 't', blocks: [{ kind: 'paragraph', text }] });
    const lines = pdfText(pdf)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、）」]/);
    expect(emptyBoxes(pdf)).toEqual([]);
  });
});

// --- Line breaking and checks ----------------------------------------------------------------------

describe('where a line may break', () => {
  it('between Thai words, and after spaces', () => {
    expect(lineBreakUnits('ขอเชิญประชุม Trade Talk')).toEqual(['ขอ', 'เชิญ', 'ประชุม ', 'Trade ', 'Talk']);
  });

  it('never inside a number, an address or a word with ๆ, nor before punctuation', () => {
    expect(lineBreakUnits('ที่ กท 1234/2569')).toEqual(['ที่ ', 'กท ', '1234/2569']);
    expect(lineBreakUnits('e-mail: trade.iad@bangkok.go.th')).toEqual([
      'e-mail: ',
      'trade.iad@bangkok.go.th',
    ]);
    expect(lineBreakUnits('เล็กๆ น้อยๆ')).toEqual(['เล็กๆ ', 'น้อยๆ']);
  });

  it('never at a no-break space, which keeps a given name with the family name', () => {
    expect(lineBreakUnits('เรียน ศิริพร\u00A0ใจดี').at(-1)).toMatch(/พร\u00A0ใจดี$/);
  });

  it('keeps brackets with the words they enclose', () => {
    expect(lineBreakUnits('ทางไกล(ออนไลน์)ครั้งนี้')).toEqual(['ทาง', 'ไกล', '(ออนไลน์)', 'ครั้ง', 'นี้']);
  });

  it('between any two Chinese or Japanese characters, but not before closing punctuation or small kana', () => {
    expect(lineBreakUnits('「東京」の会社。')).toEqual(['「東', '京」', 'の', '会', '社。']);
    expect(lineBreakUnits('ショップ')).toEqual(['ショッ', 'プ']);
    expect(lineBreakUnits('ผู้ซื้อจาก上海市')).toEqual(['ผู้', 'ซื้อ', 'จาก', '上', '海', '市']);
    expect(lineBreakUnits('2026年12月')).toEqual(['2026', '年', '12', '月']);
  });

  it('at the spaces of Korean, as between Latin words', () => {
    expect(lineBreakUnits('서울식품무역 주식회사')).toEqual(['서울식품무역 ', '주식회사']);
  });
});

describe('a table that does not match its header', () => {
  it('is refused before anything is drawn', async () => {
    const uneven = buildLetter({ blocks: [buildTable({ rows: [['หนึ่ง', 'สอง']] })] });
    expect(() => assertValidDocument(uneven)).toThrow(/Row 1 of a table has 2 cells, not 3/);
    await expect(renderPdf(uneven)).rejects.toThrow(RangeError);
    await expect(renderDocx(uneven)).rejects.toThrow(RangeError);
  });

  it('is refused when its column widths do not add up to the whole width', () => {
    const document = buildLetter({ blocks: [buildTable({ columnWidths: [0.5, 0.5, 0.5] })] });
    expect(() => assertValidDocument(document)).toThrow(/column widths/);
  });
});
