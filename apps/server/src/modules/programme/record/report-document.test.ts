/**
 * The session report as an executive reads it: rendered to PDF and DOCX and read back as a person's
 * tools would (pdftotext, the DOCX unzipped), so a test fails on what the reader would miss. The PDFs
 * are rendered once per describe block to keep the run short.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterheadSettings } from '@bia/contracts';
import { docxParts, pdfText, poppler, savePdf, withoutSpaces } from '../../../testing/document-files.ts';
import {
  assertValidDocument,
  renderDocx,
  renderPdf,
  type DocumentBlock,
  type OfficialDocument,
  type TableBlock,
} from '../../../shared/documents/official-document.ts';
import { emptyBoxes, textByFont } from '../../../shared/documents/testing/pdf-glyphs.ts';
import { sessionReportFileName, sessionReportOf, type SessionReportFacts } from './report-document.ts';

// --- Factories ----------------------------------------------------------------------------------------

const seoul = { th: 'กรุงโซล', en: 'Seoul' };
const riceCompany = { th: 'บริษัท ข้าวหอมทอง จำกัด', en: 'Khao Hom Thong Co., Ltd.' };
const silkGroup = { th: 'วิสาหกิจชุมชนผ้าไหมบางกอก', en: null };
const jasmineRice = { th: 'ข้าวหอมมะลิอินทรีย์', en: 'Organic jasmine rice' };
const germinatedRice = { th: 'ข้าวกล้องงอก', en: null };
const kim = { fullName: 'Kim Min-jun', company: 'Seoul Food Trading Co.' };
const park = { fullName: 'Park Ji-woo', company: 'Gangnam Gourmet Ltd.' };

const minutes =
  'ผู้แทนทั้งสองฝ่ายกล่าวต้อนรับและแนะนำผู้เข้าร่วมการประชุม\n\n' +
  'ผู้ประกอบการนำเสนอผลิตภัณฑ์ตามลำดับ และตอบข้อซักถามของผู้ซื้อเรื่องราคาและการขนส่ง';

/** A bilateral session with Seoul, 13:00–16:00 in Bangkok on 15 December 2026, fully recorded. */
function buildFacts(overrides: Partial<SessionReportFacts> = {}): SessionReportFacts {
  return {
    fiscalYear: 2570,
    round: 1,
    title: 'การประชุมทางไกลกับกรุงโซล',
    cities: [{ name: seoul, timeZone: 'Asia/Seoul' }],
    startsAt: new Date('2026-12-15T06:00:00Z'),
    endsAt: new Date('2026-12-15T09:00:00Z'),
    connectionTest: { result: 'passed', at: new Date('2026-12-10T03:00:00Z') },
    businesses: [
      {
        name: riceCompany,
        isPresent: true,
        products: [
          { name: jasmineRice, hsCode: '1006.30' },
          { name: germinatedRice, hsCode: null },
        ],
      },
      { name: silkGroup, isPresent: false, products: [] },
    ],
    participants: [
      { city: seoul, ...kim, position: 'Purchasing Manager', isPresent: true },
      { city: seoul, ...park, position: null, isPresent: false },
    ],
    interest: [
      {
        product: jasmineRice,
        business: riceCompany,
        buyers: [{ ...kim, level: 'strong', note: 'ขอตัวอย่างสินค้าและใบเสนอราคา' }],
      },
      { product: germinatedRice, business: riceCompany, buyers: [] },
    ],
    contacts: [{ business: riceCompany, ...kim, city: seoul }],
    summary: 'การประชุมเป็นไปด้วยความเรียบร้อย ผู้ซื้อจากกรุงโซลให้ความสนใจข้าวหอมมะลิอินทรีย์เป็นอย่างมาก',
    minutes,
    evaluation: 'ผู้ประกอบการได้รับการติดต่อขอตัวอย่างสินค้า 1 ราย',
    problems: 'สัญญาณภาพขาดหายช่วงสั้น ๆ ระหว่างการนำเสนอ',
    suggestions: 'ควรทดสอบระบบการเชื่อมต่อล่วงหน้าอย่างน้อยสองวัน',
    date: '2026-12-20',
    ...overrides,
  };
}

/** The same session with nothing written by the officer and nothing exchanged. */
function buildUnwrittenFacts(): SessionReportFacts {
  return buildFacts({
    round: null,
    contacts: [],
    summary: null,
    minutes: null,
    evaluation: '   ',
    problems: null,
    suggestions: null,
  });
}

const letterhead: LetterheadSettings = {
  organisationTh: 'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
  organisationEn: 'International Affairs Office, Bangkok Metropolitan Administration',
  addressTh: ['ศาลาว่าการกรุงเทพมหานคร 173 ถนนดินสอ', 'แขวงเสาชิงช้า เขตพระนคร กรุงเทพฯ 10200'],
  addressEn: ['Bangkok City Hall, 173 Dinso Road', 'Sao Chingcha, Phra Nakhon, Bangkok 10200, Thailand'],
  phone: '0 2224 1234',
  email: 'iao@bangkok.go.th',
  referencePrefix: 'กท 1402',
  directorNameTh: 'นางสาวศิริพร ใจดี',
  directorNameEn: 'Ms Siriporn Jaidee',
  directorPositionTh: 'ผู้อำนวยการสำนักงานการต่างประเทศ',
  directorPositionEn: 'Director, International Affairs Office',
};

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

async function pdfOf(document: OfficialDocument): Promise<string> {
  return pdfText(new Uint8Array(await renderPdf(document)));
}

/** The PDF's text laid out as on the page, so a table row reads as one line, its cells side by side. */
function pdfLines(pdf: Uint8Array): string[] {
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', savePdf(pdf), '-']).split('\n');
}

/** The first line of the page holding `snippet`: a table row's first line, with every cell's start. */
function lineWith(lines: string[], snippet: string): string {
  const line = lines.find((candidate) => candidate.includes(snippet));
  if (line === undefined) throw new Error(`No line holds "${snippet}".`);
  return line;
}

/** The DOCX's text as Word shows it: each paragraph's runs joined, one paragraph a line. */
async function docxTextOf(document: OfficialDocument): Promise<string> {
  const xml = docxParts(new Uint8Array(await renderDocx(document)))['word/document.xml'] ?? '';
  return (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [])
    .map((paragraph) => Array.from(paragraph.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g), (run) => run[1]).join(''))
    .join('\n')
    .replaceAll('&amp;', '&');
}

function tablesOf(document: OfficialDocument): TableBlock[] {
  return document.blocks.filter((block): block is TableBlock => block.kind === 'table');
}

function paragraphsOf(blocks: DocumentBlock[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

// --- The Thai report ------------------------------------------------------------------------------

describe('a Thai session report, as a PDF', () => {
  let text = '';
  let lines: string[] = [];
  beforeAll(async () => {
    const pdf = new Uint8Array(await renderPdf(sessionReportOf(buildFacts(), letterhead, 'th')));
    text = pdfText(pdf);
    lines = pdfLines(pdf);
  });

  it('is dated in the Buddhist era under the office, and titled with the session, fiscal year and round', () => {
    expectInOrder(text, [
      'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
      '20 ธันวาคม 2569',
      'รายงานผลการประชุมทางไกลส่งเสริมการค้าผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand)',
      'การประชุมทางไกลกับกรุงโซล',
      'ปีงบประมาณ พ.ศ. 2570 ครั้งที่ 1',
    ]);
  });

  it("gives the session's date in the Buddhist era and its time in Bangkok and in Seoul, with their zones", () => {
    expectInOrder(text, ['1. สรุปผลการประชุม', 'กรุงเทพมหานคร', 'กรุงโซล', '2. ผู้เข้าร่วมการประชุม']);
    expectInOrder(lineWith(lines, '13:00'), ['กรุงเทพมหานคร', '15 ธันวาคม 2569', '13:00–16:00 น. (GMT+7)']);
    expectInOrder(lineWith(lines, '15:00'), ['กรุงโซล', '15 ธันวาคม 2569', '15:00–18:00 น. (GMT+9)']);
  });

  it('summarises the format, the connection test, the attendance, the interest and the contacts', () => {
    expectInOrder(text, [
      'รูปแบบการประชุม: ทวิภาคี',
      'เมืองที่เข้าร่วม: กรุงโซล',
      'การทดสอบระบบการเชื่อมต่อ: ผ่าน (ทดสอบเมื่อวันที่ 10 ธันวาคม 2569)',
      'ผู้ประกอบการ Bangkok Brand: เข้าร่วม 1 ราย จากที่กำหนดไว้ 2 ราย',
      'ผู้ซื้อฝ่ายเมืองพี่เมืองน้อง: เข้าร่วม 1 ราย จากที่ลงทะเบียนไว้ 2 ราย',
      'ผลิตภัณฑ์ที่นำเสนอ: 2 รายการ',
      'ความสนใจของผู้ซื้อ: สนใจมาก 1 รายการ และสนใจ 0 รายการ',
      'การแลกเปลี่ยนข้อมูลติดต่อ: 1 คู่',
      'การประชุมเป็นไปด้วยความเรียบร้อย',
    ]);
  });

  it("lists each side's participants and whether they were there", () => {
    expectInOrder(text, [
      '2. ผู้เข้าร่วมการประชุม',
      '2.1 ฝ่ายกรุงเทพมหานคร',
      'บริษัท ข้าวหอมทอง จำกัด',
      'วิสาหกิจชุมชนผ้าไหมบางกอก',
      '2.2 ฝ่ายเมืองพี่เมืองน้อง',
      'Kim Min-jun',
      'Park Ji-woo',
      '3. ผลิตภัณฑ์ที่นำเสนอและความสนใจของผู้ซื้อ',
    ]);
    expectInOrder(lineWith(lines, 'บริษัท ข้าวหอมทอง จำกัด'), ['ข้าวหอมมะลิอินทรีย์', 'เข้าร่วม']);
    expectInOrder(text, ['ข้าวหอมมะลิอินทรีย์', '(พิกัด HS 1006.30)', 'ข้าวกล้องงอก', 'วิสาหกิจชุมชนผ้าไหมบางกอก']);
    expectInOrder(lineWith(lines, 'วิสาหกิจชุมชนผ้าไหมบางกอก'), ['ไม่ได้บันทึกไว้', 'ไม่ได้เข้าร่วม']);
    expectInOrder(lineWith(lines, 'Kim Min-jun'), [
      'กรุงโซล',
      'Kim Min-jun',
      'Seoul Food Trading',
      'Purchasing',
      'เข้าร่วม',
    ]);
    expectInOrder(lineWith(lines, 'Park Ji-woo'), ['กรุงโซล', 'Gangnam Gourmet', '–', 'ไม่ได้เข้าร่วม']);
  });

  it("shows each buyer's interest next to the product, and says so where no buyer's was recorded", () => {
    expectInOrder(text, ['3. ผลิตภัณฑ์ที่นำเสนอและความสนใจของผู้ซื้อ', 'Kim Min-jun', '4. การแลกเปลี่ยนข้อมูลติดต่อ']);
    expectInOrder(lineWith(lines, 'ขอตัวอย่างสินค้า'), [
      'ข้าวหอมมะลิอินทรีย์',
      'Kim Min-jun',
      'สนใจมาก',
      'ขอตัวอย่างสินค้า',
    ]);
    expectInOrder(lineWith(lines, 'ไม่ได้บันทึกความสนใจของผู้ซื้อ'), ['ข้าวกล้องงอก', '–', '–']);
  });

  it("lists the contacts exchanged, then the officer's minutes, evaluation, problems and suggestions", () => {
    expectInOrder(text, [
      '4. การแลกเปลี่ยนข้อมูลติดต่อ',
      'บริษัท ข้าวหอมทอง จำกัด',
      'Kim Min-jun',
      'Seoul Food Trading Co.',
      'กรุงโซล',
      '5. บันทึกการประชุม',
      'ผู้แทนทั้งสองฝ่ายกล่าวต้อนรับ',
      'ผู้ประกอบการนำเสนอผลิตภัณฑ์ตามลำดับ',
      '6. การประเมินผล',
      'ผู้ประกอบการได้รับการติดต่อขอตัวอย่างสินค้า 1 ราย',
      '7. ปัญหาและอุปสรรค',
      'สัญญาณภาพขาดหายช่วงสั้น ๆ',
      '8. ข้อเสนอแนะสำหรับการประชุมครั้งต่อไป',
      'ควรทดสอบระบบการเชื่อมต่อล่วงหน้า',
      'จัดทำโดย สำนักงานการต่างประเทศ กรุงเทพมหานคร',
      'โทร. 0 2224 1234',
      'อีเมล iao@bangkok.go.th',
    ]);
  });
});

describe('a Thai session report where the officer wrote nothing', () => {
  let text = '';
  beforeAll(async () => {
    text = await docxTextOf(sessionReportOf(buildUnwrittenFacts(), letterhead, 'th'));
  });

  it('says "ไม่ได้บันทึกไว้" in the summary and in each section the officer writes', () => {
    expectInOrder(text, [
      'ผลการประชุมโดยสรุป: ไม่ได้บันทึกไว้',
      '5. บันทึกการประชุม',
      'ไม่ได้บันทึกไว้',
      '6. การประเมินผล',
      'ไม่ได้บันทึกไว้',
      '7. ปัญหาและอุปสรรค',
      'ไม่ได้บันทึกไว้',
      '8. ข้อเสนอแนะสำหรับการประชุมครั้งต่อไป',
      'ไม่ได้บันทึกไว้',
    ]);
  });

  it('says no contacts were exchanged instead of an empty table', () => {
    expectInOrder(text, ['4. การแลกเปลี่ยนข้อมูลติดต่อ', 'ไม่มีการแลกเปลี่ยนข้อมูลติดต่อ', '5. บันทึกการประชุม']);
    expect(tablesOf(sessionReportOf(buildUnwrittenFacts(), letterhead, 'th'))).toHaveLength(4);
  });

  it("says a session outside the year's plan is one", () => {
    expect(text).toContain('ปีงบประมาณ พ.ศ. 2570 (นอกแผนการประชุมประจำปี)');
    expect(text).not.toContain('ครั้งที่ 1');
  });
});

// --- The English report ---------------------------------------------------------------------------

describe('an English session report', () => {
  let text = '';
  beforeAll(async () => {
    const facts = buildFacts({ title: 'Trade teleconference with Seoul' });
    text = await pdfOf(sessionReportOf(facts, letterhead, 'en'));
  });

  it('is in English, with the Gregorian months of the fiscal year', () => {
    expectInOrder(text, [
      'International Affairs Office, Bangkok Metropolitan Administration',
      '20 December 2026',
      'Report of the Bangkok Brand trade teleconference',
      'Trade teleconference with Seoul',
      'Fiscal year 2570 (October 2026 – September 2027)',
      'Session 1 of the year’s plan',
      '1. Summary',
      'Bangkok',
      '15 December 2026',
      '13:00–16:00 (GMT+7)',
      'Seoul',
      '15:00–18:00 (GMT+9)',
      'Format: bilateral',
      'Connection test: passed (on 10 December 2026)',
      '2. Participants',
      '3. Products presented and buyer interest',
      'Organic jasmine rice',
      'Kim Min-jun',
      'Strong',
      '4. Contacts exchanged',
      '5. Minutes',
      '8. Suggestions for the next session',
      'Prepared by: International Affairs Office',
      'Tel. 0 2224 1234',
    ]);
  });

  it('prints English names, and the Thai name where no English one was recorded', () => {
    expect(text).toContain('Khao Hom Thong Co., Ltd.');
    expect(text).not.toContain('บริษัท ข้าวหอมทอง จำกัด');
    expectInOrder(text, ['Cities: Seoul', 'Seoul', 'Kim Min-jun', 'Seoul Food Trading']);
    expect(text).toContain('วิสาหกิจชุมชนผ้าไหมบางกอก');
    expect(text).toContain('ข้าวกล้องงอก');
  });

  it('says "Not recorded" where the officer wrote nothing, and that no contacts were exchanged', async () => {
    const unwritten = await docxTextOf(sessionReportOf(buildUnwrittenFacts(), letterhead, 'en'));
    expectInOrder(unwritten, [
      'A session outside the year’s plan',
      'Summary of the session: Not recorded',
      'No contacts were exchanged',
      '5. Minutes',
      'Not recorded',
      '6. Evaluation',
      'Not recorded',
    ]);
  });
});

// --- Names in Japanese, Korean and Chinese ---------------------------------------------------------

const fukuoka = { th: 'เมืองฟูกูโอกะ', en: 'Fukuoka (福岡市)' };
const shanghai = { th: 'นครเซี่ยงไฮ้', en: 'Shanghai (上海市)' };
const seoulInHangul = { th: 'กรุงโซล', en: 'Seoul (서울특별시)' };
const minjun = { fullName: '김민준', company: '서울식품무역 주식회사' };
const yamada = { fullName: '山田太郎（やまだ たろう）', company: '株式会社やまだ商事' };
/** A Japanese name written in kanji alone, as the buyer registered it. */
const tanaka = { fullName: '田中一郎', company: '福岡物産株式会社' };
const wang = { fullName: '王伟', company: '上海进出口贸易有限公司' };

/** A multilateral session with Seoul, Fukuoka and Shanghai, whose buyers wrote their names in their own scripts. */
function buildEastAsianFacts(): SessionReportFacts {
  return buildFacts({
    cities: [
      { name: seoulInHangul, timeZone: 'Asia/Seoul' },
      { name: fukuoka, timeZone: 'Asia/Tokyo' },
      { name: shanghai, timeZone: 'Asia/Shanghai' },
    ],
    participants: [
      { city: seoulInHangul, ...minjun, position: '구매 담당 부장', isPresent: true },
      { city: fukuoka, ...yamada, position: '購買部長', isPresent: true },
      { city: fukuoka, ...tanaka, position: null, isPresent: false },
      { city: shanghai, ...wang, position: '采购经理', isPresent: true },
    ],
    interest: [
      {
        product: jasmineRice,
        business: riceCompany,
        buyers: [
          { ...minjun, level: 'strong', note: '샘플 요청' },
          { ...yamada, level: 'some', note: 'サンプルと見積書を希望' },
          { ...wang, level: 'strong', note: '需要样品和报价单' },
        ],
      },
    ],
    contacts: [
      { business: riceCompany, ...tanaka, city: fukuoka },
      { business: riceCompany, ...wang, city: shanghai },
    ],
  });
}

describe('a session report naming buyers in Japanese, Korean and Chinese, as a PDF', () => {
  let thaiPdf = new Uint8Array();
  let englishPdf = new Uint8Array();
  beforeAll(async () => {
    thaiPdf = new Uint8Array(await renderPdf(sessionReportOf(buildEastAsianFacts(), letterhead, 'th')));
    englishPdf = new Uint8Array(await renderPdf(sessionReportOf(buildEastAsianFacts(), letterhead, 'en')));
  });

  it('prints every name in a font that has its letters, never as empty boxes', () => {
    expect(emptyBoxes(thaiPdf)).toEqual([]);
    expect(emptyBoxes(englishPdf)).toEqual([]);
    const drawn = textByFont(thaiPdf);
    expect(drawn['NotoSansKR-Regular']).toContain('김민준');
    expect(drawn['NotoSansKR-Regular']).toContain('서울식품무역주식회사');
    expect(drawn['NotoSansJP-Regular']).toContain('山田太郎（やまだたろう）');
    expect(drawn['NotoSansJP-Regular']).toContain('サンプルと見積書を希望');
    expect(drawn['NotoSansSC-Regular']).toContain('上海进出口贸易有限公司');
    expect(drawn['NotoSansSC-Regular']).toContain('需要样品和报价单');
  });

  it("draws a Japanese buyer's kanji-only name as Japanese, and a Chinese buyer's as Chinese", () => {
    const drawn = textByFont(thaiPdf);
    expect(drawn['NotoSansJP-Regular']).toContain('田中一郎');
    expect(drawn['NotoSansJP-Regular']).toContain('福岡物産株式会社');
    expect(drawn['NotoSansSC-Regular']).not.toContain('田中一郎');
    expect(drawn['NotoSansSC-Regular']).toContain('王伟');
    // The cities' names in their own scripts, in the English report.
    const english = textByFont(englishPdf);
    expect(english['NotoSansKR-Regular']).toContain('서울특별시');
    expect(english['NotoSansJP-Regular']).toContain('福岡市');
    expect(english['NotoSansSC-Regular']).toContain('上海市');
  });

  it('gives the names back as written, each in its row', () => {
    const lines = pdfLines(thaiPdf);
    expectInOrder(lineWith(lines, '김민준'), [
      'กรุงโซล',
      '김민준',
      '서울식품무역',
      '구매 담당 부장',
      'เข้าร่วม',
    ]);
    expectInOrder(lineWith(lines, '田中一郎'), [
      'เมืองฟูกูโอกะ',
      '田中一郎',
      '福岡物産株式会社',
      '–',
      'ไม่ได้เข้าร่วม',
    ]);
    expectInOrder(lineWith(lines, '采购经理'), ['นครเซี่ยงไฮ้', '王伟', '上海进出口', '采购经理', 'เข้าร่วม']);
    expectInOrder(pdfText(englishPdf), [
      'Cities: Seoul (서울특별시), Fukuoka (福岡市) and Shanghai (上海市)',
      '山田太郎（やまだ',
      'サンプルと見積書を希望',
    ]);
  });

  it('embeds no Japanese, Korean or Chinese font in a report without those scripts', async () => {
    const pdf = await renderPdf(sessionReportOf(buildFacts(), letterhead, 'th'));
    expect(Object.keys(textByFont(new Uint8Array(pdf))).filter((font) => font.startsWith('Noto'))).toEqual(
      [],
    );
    expect(poppler('pdffonts', [savePdf(new Uint8Array(pdf))])).not.toMatch(/Noto/);
  });
});

// --- The DOCX and the model ------------------------------------------------------------------------

describe('the session report', () => {
  it('holds the same text in its DOCX as in its PDF', async () => {
    const text = await docxTextOf(sessionReportOf(buildFacts(), letterhead, 'th'));
    expectInOrder(text, [
      '20 ธันวาคม 2569',
      'ปีงบประมาณ พ.ศ. 2570 ครั้งที่ 1',
      '13:00–16:00 น. (GMT+7)',
      '15:00–18:00 น. (GMT+9)',
      'Kim Min-jun',
      'สนใจมาก',
      'ผู้แทนทั้งสองฝ่ายกล่าวต้อนรับ',
      'ผู้ประกอบการนำเสนอผลิตภัณฑ์ตามลำดับ',
    ]);
  });

  it("carries no letter number, only the office and the report's date", () => {
    const report = sessionReportOf(buildFacts(), letterhead, 'th');
    expect(report.letterhead).toEqual({
      organisation: letterhead.organisationTh,
      addressLines: letterhead.addressTh,
      date: '20 ธันวาคม 2569',
    });
    expect(report.blocks.some((block) => block.kind === 'signature')).toBe(false);
  });

  it("splits the officer's text into paragraphs at blank lines, keeping single line breaks", () => {
    const report = sessionReportOf(
      buildFacts({ problems: 'ภาพกระตุก\nเสียงขาดหาย\r\n\r\n  \n\nผู้ซื้อเข้าห้องประชุมช้า  ' }),
      letterhead,
      'th',
    );
    const paragraphs = paragraphsOf(report.blocks);
    expect(paragraphs).toContain('ภาพกระตุก\nเสียงขาดหาย');
    expect(paragraphs).toContain('ผู้ซื้อเข้าห้องประชุมช้า');
  });

  it('calls a session with several cities multilateral and gives each its local time, across midnight too', () => {
    const report = sessionReportOf(
      buildFacts({
        cities: [
          { name: seoul, timeZone: 'Asia/Seoul' },
          { name: { th: 'นครลอสแอนเจลิส', en: 'Los Angeles' }, timeZone: 'America/Los_Angeles' },
        ],
        startsAt: new Date('2026-12-15T07:00:00Z'),
        endsAt: new Date('2026-12-15T10:00:00Z'),
      }),
      letterhead,
      'en',
    );
    expect(tablesOf(report)[0]?.rows).toEqual([
      ['Bangkok', '15 December 2026', '14:00–17:00 (GMT+7)'],
      ['Seoul', '15 December 2026', '16:00–19:00 (GMT+9)'],
      ['Los Angeles', '14 December 2026 to 15 December 2026', '23:00–02:00 (GMT-8)'],
    ]);
    const bullets = report.blocks.find((block) => block.kind === 'bullets');
    expect(bullets?.kind === 'bullets' && bullets.items).toContain('Format: multilateral');
  });

  it('has tables whose rows and column widths fit their headers', () => {
    expect(() => assertValidDocument(sessionReportOf(buildFacts(), letterhead, 'th'))).not.toThrow();
    expect(() => assertValidDocument(sessionReportOf(buildUnwrittenFacts(), letterhead, 'en'))).not.toThrow();
  });
});

describe('the file name of a session report', () => {
  it("is ASCII, from the fiscal year, the round and the session's date in Bangkok", () => {
    // 18:00 UTC on the 14th is already the 15th in Bangkok.
    const startsAt = new Date('2026-12-14T18:00:00Z');
    expect(sessionReportFileName(2570, 1, startsAt, 'th', 'pdf')).toBe(
      'session-report-FY2570-S1-2026-12-15-th.pdf',
    );
    expect(sessionReportFileName(2570, null, startsAt, 'en', 'docx')).toBe(
      'session-report-FY2570-2026-12-15-en.docx',
    );
  });
});
