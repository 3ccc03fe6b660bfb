/**
 * The report of a trade session for the executives (seed 003 §6.1.8), in Thai or English: built
 * only from what was recorded of the session. Where the officer wrote nothing the report says so
 * ('ไม่ได้บันทึกไว้', 'Not recorded') rather than leave a gap an executive could read as "nothing
 * happened".
 *
 * The report reads in this order: the title (session, fiscal year, round); 1. the summary (when, in
 * Bangkok's time and each city's, the format, the connection test, the counts, the officer's
 * summary); 2. the participants of each side; 3. the products presented and each buyer's interest;
 * 4. the contacts exchanged; 5–8. the officer's minutes, evaluation, problems and suggestions; and
 * who prepared it. Like the letters (programme.letters.ts), every word of it is written here, in
 * both languages: documents are not interface strings.
 */
import type { InterestLevel, LetterheadSettings } from '@bia/contracts';
import { BANGKOK_TIME_ZONE, fiscalYearFromBuddhist, formatDate, formatNumber } from '@bia/i18n';
import { bangkokToday } from '../../../shared/clock.ts';
import type {
  DocumentBlock,
  DocumentLanguage,
  EastAsianLanguage,
  OfficialDocument,
  TableBlock,
  TextLanguage,
} from '../../../shared/documents/official-document.ts';

/** A name as the report prints it: Thai in the Thai report, English (or Thai when missing) in the English one. */
export interface ReportName {
  th: string;
  en: string | null;
}

/** What was recorded of a session, as the report reads it. Times are instants; zones are IANA names. */
export interface SessionReportFacts {
  /** The Buddhist-era year that names the fiscal year (2570). */
  fiscalYear: number;
  /** Which of the year's planned sessions it was (1 for the first), or null for one outside the plan. */
  round: number | null;
  title: string;
  /** The partner cities: one makes the session bilateral, several multilateral. */
  cities: { name: ReportName; timeZone: string }[];
  startsAt: Date;
  endsAt: Date;
  connectionTest: { result: 'passed' | 'failed' | 'not_tested'; at: Date | null };
  /** Bangkok's side: the businesses that presented, whether they were there, and their products. */
  businesses: {
    name: ReportName;
    isPresent: boolean;
    products: { name: ReportName; hsCode: string | null }[];
  }[];
  /** The partner side: the registered participants, by city, whether they were there. */
  participants: {
    city: ReportName;
    fullName: string;
    company: string;
    position: string | null;
    isPresent: boolean;
  }[];
  /** Each product presented, the business it belongs to, and the interest each buyer showed. */
  interest: {
    product: ReportName;
    business: ReportName;
    buyers: { fullName: string; company: string; level: InterestLevel; note: string | null }[];
  }[];
  /** Contacts exchanged (only with the consent of the business). */
  contacts: { business: ReportName; fullName: string; company: string; city: ReportName }[];
  /** The officer's own words; null where nothing was written. */
  summary: string | null;
  minutes: string | null;
  evaluation: string | null;
  problems: string | null;
  suggestions: string | null;
  /** The day the report is dated (YYYY-MM-DD, Bangkok). */
  date: string;
}

// --- The words of each language -------------------------------------------------------------------

/** A session's start and end as one place saw them. */
interface LocalTimes {
  startDate: string;
  endDate: string;
  start: string;
  end: string;
  zone: string;
}

/** Everything the report says, in one language; the structure of the report is written once, below. */
interface ReportWording {
  language: DocumentLanguage;
  notRecorded: string;
  /** What a table cell shows for an optional detail left empty (a position, a note). */
  emptyCell: string;
  documentTitle: (facts: SessionReportFacts) => string;
  reportTitle: string;
  /** The lines under the session's title: the fiscal year and the round. */
  yearAndRound: (buddhistYear: number, round: number | null) => string[];
  bangkok: string;
  summary: {
    heading: string;
    timesIntro: string;
    timesHeader: string[];
    localDate: (times: LocalTimes) => string;
    localTime: (times: LocalTimes) => string;
    format: (label: 'bilateral' | 'multilateral' | null) => string;
    cities: (names: string | null) => string;
    connectionTest: (result: SessionReportFacts['connectionTest']['result'], on: string | null) => string;
    businesses: (present: string, planned: string) => string;
    buyers: (present: string, registered: string) => string;
    products: (count: string) => string;
    interest: (strong: string, some: string) => string;
    contacts: (count: string) => string;
    officerSummaryMissing: string;
  };
  participants: {
    heading: string;
    bangkokSide: string;
    partnerSide: string;
    bangkokHeader: string[];
    partnerHeader: string[];
    present: (isPresent: boolean) => string;
    hsCode: (code: string) => string;
  };
  interest: {
    heading: string;
    header: string[];
    level: Record<InterestLevel, string>;
    noBuyer: string;
  };
  contacts: { heading: string; header: string[]; none: string };
  minutesHeading: string;
  evaluationHeading: string;
  problemsHeading: string;
  suggestionsHeading: string;
  preparedBy: (organisation: string) => string;
  phone: (phone: string) => string;
  email: (email: string) => string;
}

const THAI_NOT_RECORDED = 'ไม่ได้บันทึกไว้';
const ENGLISH_NOT_RECORDED = 'Not recorded';

const thai: ReportWording = {
  language: 'th',
  notRecorded: THAI_NOT_RECORDED,
  emptyCell: '–',
  documentTitle: (facts) => `รายงานผลการประชุม ${facts.title} ปีงบประมาณ พ.ศ. ${facts.fiscalYear}`,
  reportTitle: 'รายงานผลการประชุมทางไกลส่งเสริมการค้าผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand)',
  yearAndRound: (year, round) => [
    `ปีงบประมาณ พ.ศ. ${year} ${round === null ? '(นอกแผนการประชุมประจำปี)' : `ครั้งที่ ${round}`}`,
  ],
  bangkok: 'กรุงเทพมหานคร',
  summary: {
    heading: '1. สรุปผลการประชุม',
    timesIntro: 'วันและเวลาการประชุม ตามเวลาท้องถิ่นของแต่ละเมือง',
    timesHeader: ['เมือง', 'วันที่', 'เวลา'],
    // A session that ends after midnight somewhere ends on the next day there: both dates are shown.
    localDate: (times) =>
      times.startDate === times.endDate ? times.startDate : `${times.startDate} ถึง ${times.endDate}`,
    localTime: (times) => `${times.start}–${times.end} น. (${times.zone})`,
    format: (label) =>
      `รูปแบบการประชุม: ${label === 'bilateral' ? 'ทวิภาคี' : label === 'multilateral' ? 'พหุภาคี' : THAI_NOT_RECORDED}`,
    cities: (names) => `เมืองที่เข้าร่วม: ${names ?? THAI_NOT_RECORDED}`,
    connectionTest: (result, on) => {
      const outcome = { passed: 'ผ่าน', failed: 'ไม่ผ่าน', not_tested: 'ไม่ได้ทดสอบ' }[result];
      return `การทดสอบระบบการเชื่อมต่อ: ${outcome}${on && result !== 'not_tested' ? ` (ทดสอบเมื่อวันที่ ${on})` : ''}`;
    },
    businesses: (present, planned) =>
      `ผู้ประกอบการ Bangkok Brand: เข้าร่วม ${present} ราย จากที่กำหนดไว้ ${planned} ราย`,
    buyers: (present, registered) =>
      `ผู้ซื้อฝ่ายเมืองพี่เมืองน้อง: เข้าร่วม ${present} ราย จากที่ลงทะเบียนไว้ ${registered} ราย`,
    products: (count) => `ผลิตภัณฑ์ที่นำเสนอ: ${count} รายการ`,
    interest: (strong, some) => `ความสนใจของผู้ซื้อ: สนใจมาก ${strong} รายการ และสนใจ ${some} รายการ`,
    contacts: (count) => `การแลกเปลี่ยนข้อมูลติดต่อ: ${count} คู่`,
    officerSummaryMissing: `ผลการประชุมโดยสรุป: ${THAI_NOT_RECORDED}`,
  },
  participants: {
    heading: '2. ผู้เข้าร่วมการประชุม',
    bangkokSide: '2.1 ฝ่ายกรุงเทพมหานคร: ผู้ประกอบการผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand)',
    partnerSide: '2.2 ฝ่ายเมืองพี่เมืองน้อง: ผู้ซื้อและผู้ประกอบการที่ลงทะเบียน',
    bangkokHeader: ['ที่', 'ผู้ประกอบการ', 'ผลิตภัณฑ์', 'การเข้าร่วม'],
    partnerHeader: ['ที่', 'เมือง', 'ชื่อ-นามสกุล', 'บริษัท/หน่วยงาน', 'ตำแหน่ง', 'การเข้าร่วม'],
    present: (isPresent) => (isPresent ? 'เข้าร่วม' : 'ไม่ได้เข้าร่วม'),
    // No-break spaces keep the code with its label when the cell wraps.
    hsCode: (code) => `(พิกัด\u00A0HS\u00A0${code})`,
  },
  interest: {
    heading: '3. ผลิตภัณฑ์ที่นำเสนอและความสนใจของผู้ซื้อ',
    header: ['ผลิตภัณฑ์ (ผู้ประกอบการ)', 'ผู้ซื้อ (บริษัท)', 'ระดับความสนใจ', 'หมายเหตุ'],
    level: { none: 'ไม่สนใจ', some: 'สนใจ', strong: 'สนใจมาก' },
    noBuyer: 'ไม่ได้บันทึกความสนใจของผู้ซื้อ',
  },
  contacts: {
    heading: '4. การแลกเปลี่ยนข้อมูลติดต่อ',
    header: ['ผู้ประกอบการ', 'ผู้ซื้อ', 'บริษัท', 'เมือง'],
    none: 'ไม่มีการแลกเปลี่ยนข้อมูลติดต่อ',
  },
  minutesHeading: '5. บันทึกการประชุม',
  evaluationHeading: '6. การประเมินผล',
  problemsHeading: '7. ปัญหาและอุปสรรค',
  suggestionsHeading: '8. ข้อเสนอแนะสำหรับการประชุมครั้งต่อไป',
  preparedBy: (organisation) => `จัดทำโดย ${organisation}`,
  phone: (phone) => `โทร. ${phone}`,
  email: (email) => `อีเมล ${email}`,
};

const english: ReportWording = {
  language: 'en',
  notRecorded: ENGLISH_NOT_RECORDED,
  emptyCell: '–',
  documentTitle: (facts) => `Session report: ${facts.title}, fiscal year ${facts.fiscalYear}`,
  reportTitle: 'Report of the Bangkok Brand trade teleconference',
  yearAndRound: (year, round) => {
    // The fiscal year ends in September of its Gregorian year and starts in October of the one before.
    const { gregorianYear } = fiscalYearFromBuddhist(year);
    return [
      `Fiscal year ${year} (October ${gregorianYear - 1} – September ${gregorianYear})`,
      round === null ? 'A session outside the year’s plan' : `Session ${round} of the year’s plan`,
    ];
  },
  bangkok: 'Bangkok',
  summary: {
    heading: '1. Summary',
    timesIntro: 'Date and time of the session, in each city’s local time',
    timesHeader: ['City', 'Date', 'Time'],
    localDate: (times) =>
      times.startDate === times.endDate ? times.startDate : `${times.startDate} to ${times.endDate}`,
    localTime: (times) => `${times.start}–${times.end} (${times.zone})`,
    format: (label) => `Format: ${label ?? ENGLISH_NOT_RECORDED}`,
    cities: (names) => `Cities: ${names ?? ENGLISH_NOT_RECORDED}`,
    connectionTest: (result, on) => {
      const outcome = { passed: 'passed', failed: 'failed', not_tested: 'not tested' }[result];
      return `Connection test: ${outcome}${on && result !== 'not_tested' ? ` (on ${on})` : ''}`;
    },
    businesses: (present, planned) => `Bangkok Brand businesses: ${present} present of ${planned} planned`,
    buyers: (present, registered) => `Partner-side buyers: ${present} present of ${registered} registered`,
    products: (count) => `Products presented: ${count}`,
    interest: (strong, some) => `Interest shown by buyers: strong ${strong}, some ${some}`,
    contacts: (count) => `Contacts exchanged: ${count}`,
    officerSummaryMissing: `Summary of the session: ${ENGLISH_NOT_RECORDED}`,
  },
  participants: {
    heading: '2. Participants',
    bangkokSide: '2.1 Bangkok: Bangkok Brand businesses',
    partnerSide: '2.2 Partner side: registered buyers and businesses',
    bangkokHeader: ['No.', 'Business', 'Products', 'Attendance'],
    partnerHeader: ['No.', 'City', 'Name', 'Company', 'Position', 'Attendance'],
    present: (isPresent) => (isPresent ? 'Present' : 'Absent'),
    hsCode: (code) => `(HS\u00A0${code})`,
  },
  interest: {
    heading: '3. Products presented and buyer interest',
    header: ['Product (business)', 'Buyer (company)', 'Interest', 'Note'],
    level: { none: 'None', some: 'Some', strong: 'Strong' },
    noBuyer: 'No interest recorded',
  },
  contacts: {
    heading: '4. Contacts exchanged',
    header: ['Business', 'Buyer', 'Company', 'City'],
    none: 'No contacts were exchanged.',
  },
  minutesHeading: '5. Minutes',
  evaluationHeading: '6. Evaluation',
  problemsHeading: '7. Problems and obstacles',
  suggestionsHeading: '8. Suggestions for the next session',
  preparedBy: (organisation) => `Prepared by: ${organisation}`,
  phone: (phone) => `Tel. ${phone}`,
  email: (email) => `E-mail ${email}`,
};

// --- Dates, times and names -----------------------------------------------------------------------

/** Latin digits in both languages, as the letters and the rest of the platform print them. */
const timeLocale: Record<DocumentLanguage, string> = { th: 'th-TH-u-nu-latn', en: 'en-GB' };

function clockTime(at: Date, timeZone: string, language: DocumentLanguage): string {
  return new Intl.DateTimeFormat(timeLocale[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** The zone as the reader's language abbreviates it at that moment: 'GMT+9', 'CET' (or 'GMT+1' in Thai). */
function zoneName(at: Date, timeZone: string, language: DocumentLanguage): string {
  const parts = new Intl.DateTimeFormat(timeLocale[language], {
    timeZone,
    timeZoneName: 'short',
  }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function localTimes(facts: SessionReportFacts, timeZone: string, language: DocumentLanguage): LocalTimes {
  return {
    startDate: formatDate(facts.startsAt, language, { timeZone }),
    endDate: formatDate(facts.endsAt, language, { timeZone }),
    start: clockTime(facts.startsAt, timeZone, language),
    end: clockTime(facts.endsAt, timeZone, language),
    zone: zoneName(facts.startsAt, timeZone, language),
  };
}

function count(value: number, language: DocumentLanguage): string {
  return formatNumber(value, language);
}

function nameIn(name: ReportName, language: DocumentLanguage): string {
  if (language === 'th') return name.th;
  return name.en?.trim() ? name.en : name.th;
}

/** 'กรุงโซล จังหวัดฟูกูโอกะ และนครเซี่ยงไฮ้', 'Seoul, Fukuoka and Shanghai'. */
function listOf(items: string[], language: DocumentLanguage): string {
  return new Intl.ListFormat(language === 'th' ? 'th' : 'en-GB', { type: 'conjunction' }).format(items);
}

/**
 * The officer's text as paragraphs: a blank line starts a new one, a single line break stays a line
 * break inside it. Nothing written (or only blanks) gives the "not recorded" paragraph.
 */
function officerParagraphs(text: string | null, notRecorded: string): DocumentBlock[] {
  const paragraphs = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return [{ kind: 'paragraph', text: notRecorded }];
  return paragraphs.map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
}

// --- The report -----------------------------------------------------------------------------------

function titleBlock(facts: SessionReportFacts, words: ReportWording): DocumentBlock {
  const lines = [words.reportTitle, facts.title, ...words.yearAndRound(facts.fiscalYear, facts.round)];
  return { kind: 'heading', level: 1, text: lines.join('\n') };
}

function summaryBlocks(facts: SessionReportFacts, words: ReportWording): DocumentBlock[] {
  const { language } = words;
  const cityNames = facts.cities.map((city) => nameIn(city.name, language));
  // Bangkok's time first, then each city's, as each side will have lived the session.
  const places = [
    { name: words.bangkok, timeZone: BANGKOK_TIME_ZONE },
    ...facts.cities.map((city, index) => ({ name: cityNames[index] ?? '', timeZone: city.timeZone })),
  ];
  const timeRows = places.map((place) => {
    const times = localTimes(facts, place.timeZone, language);
    return [place.name, words.summary.localDate(times), words.summary.localTime(times)];
  });
  // The partner cities are the other side: one makes the session bilateral, several multilateral.
  const format = cityNames.length === 0 ? null : cityNames.length === 1 ? 'bilateral' : 'multilateral';
  const testedOn = facts.connectionTest.at ? formatDate(facts.connectionTest.at, language) : null;
  const buyerLevels = facts.interest.flatMap((product) => product.buyers.map((buyer) => buyer.level));
  const levelCount = (level: InterestLevel) =>
    count(buyerLevels.filter((each) => each === level).length, language);
  return [
    { kind: 'heading', level: 2, text: words.summary.heading },
    { kind: 'paragraph', text: words.summary.timesIntro, isIndented: false },
    { kind: 'table', header: words.summary.timesHeader, columnWidths: [0.3, 0.4, 0.3], rows: timeRows },
    {
      kind: 'bullets',
      items: [
        words.summary.format(format),
        words.summary.cities(cityNames.length > 0 ? listOf(cityNames, language) : null),
        words.summary.connectionTest(facts.connectionTest.result, testedOn),
        words.summary.businesses(
          count(facts.businesses.filter((business) => business.isPresent).length, language),
          count(facts.businesses.length, language),
        ),
        words.summary.buyers(
          count(facts.participants.filter((participant) => participant.isPresent).length, language),
          count(facts.participants.length, language),
        ),
        words.summary.products(count(facts.interest.length, language)),
        words.summary.interest(levelCount('strong'), levelCount('some')),
        words.summary.contacts(count(facts.contacts.length, language)),
      ],
    },
    ...officerParagraphs(facts.summary, words.summary.officerSummaryMissing),
  ];
}

/** A table, or the given sentence when there is nothing to put in it. */
function tableOr(table: TableBlock, whenEmpty: string): DocumentBlock {
  return table.rows.length > 0 ? table : { kind: 'paragraph', text: whenEmpty };
}

function participantBlocks(facts: SessionReportFacts, words: ReportWording): DocumentBlock[] {
  const { language, participants: text } = words;
  const productList = (products: SessionReportFacts['businesses'][number]['products']) =>
    products.length === 0
      ? words.notRecorded
      : products
          .map((product) =>
            [nameIn(product.name, language), product.hsCode ? text.hsCode(product.hsCode) : null]
              .filter(Boolean)
              .join(' '),
          )
          .join('\n');
  return [
    { kind: 'heading', level: 2, text: text.heading },
    { kind: 'heading', level: 2, text: text.bangkokSide },
    tableOr(
      {
        kind: 'table',
        header: text.bangkokHeader,
        columnWidths: [0.07, 0.38, 0.35, 0.2],
        rows: facts.businesses.map((business, index) => [
          count(index + 1, language),
          nameIn(business.name, language),
          productList(business.products),
          text.present(business.isPresent),
        ]),
      },
      words.notRecorded,
    ),
    { kind: 'heading', level: 2, text: text.partnerSide },
    tableOr(
      {
        kind: 'table',
        header: text.partnerHeader,
        columnWidths: [0.07, 0.15, 0.21, 0.22, 0.18, 0.17],
        rows: facts.participants.map((participant, index) => [
          count(index + 1, language),
          nameIn(participant.city, language),
          participant.fullName,
          participant.company,
          participant.position?.trim() || words.emptyCell,
          text.present(participant.isPresent),
        ]),
      },
      words.notRecorded,
    ),
  ];
}

function interestBlocks(facts: SessionReportFacts, words: ReportWording): DocumentBlock[] {
  const { language, interest: text } = words;
  const rows = facts.interest.flatMap(({ product, business, buyers }) => {
    const productCell = `${nameIn(product, language)}\n(${nameIn(business, language)})`;
    if (buyers.length === 0) return [[productCell, text.noBuyer, words.emptyCell, words.emptyCell]];
    return buyers.map((buyer) => [
      productCell,
      `${buyer.fullName}\n(${buyer.company})`,
      text.level[buyer.level],
      buyer.note?.trim() || words.emptyCell,
    ]);
  });
  return [
    { kind: 'heading', level: 2, text: text.heading },
    tableOr(
      { kind: 'table', header: text.header, columnWidths: [0.27, 0.3, 0.17, 0.26], rows },
      words.notRecorded,
    ),
  ];
}

function contactBlocks(facts: SessionReportFacts, words: ReportWording): DocumentBlock[] {
  const { language, contacts: text } = words;
  return [
    { kind: 'heading', level: 2, text: text.heading },
    tableOr(
      {
        kind: 'table',
        header: text.header,
        columnWidths: [0.3, 0.25, 0.28, 0.17],
        rows: facts.contacts.map((contact) => [
          nameIn(contact.business, language),
          contact.fullName,
          contact.company,
          nameIn(contact.city, language),
        ]),
      },
      text.none,
    ),
  ];
}

/** The East Asian language spoken where a city keeps its clocks, for the zones of Japan, Korea and China. */
const zoneLanguages: Record<string, EastAsianLanguage> = {
  'Asia/Tokyo': 'ja',
  'Asia/Seoul': 'ko',
  'Asia/Shanghai': 'zh',
  'Asia/Chongqing': 'zh',
  'Asia/Harbin': 'zh',
  'Asia/Urumqi': 'zh',
  'Asia/Hong_Kong': 'zh',
  'Asia/Macau': 'zh',
  'Asia/Taipei': 'zh',
};

/**
 * The names the report knows the language of: each partner city in Japan, Korea or China, and its
 * participants' names, companies and positions, as they registered them. The PDF draws their Han
 * characters as that language writes them (a name from Fukuoka with no kana, such as 田中一郎, in
 * Japanese shapes rather than Chinese ones).
 */
function eastAsianTexts(facts: SessionReportFacts): TextLanguage[] {
  const sameCity = (a: ReportName, b: ReportName) => a.th === b.th && a.en === b.en;
  const languageOf = (city: ReportName) => {
    const zone = facts.cities.find((candidate) => sameCity(candidate.name, city))?.timeZone;
    return zone === undefined ? undefined : zoneLanguages[zone];
  };
  const texts = (language: EastAsianLanguage | undefined, ...values: (string | null)[]) =>
    language === undefined
      ? []
      : values.flatMap((text) => (text?.trim() ? [{ text: text.trim(), language }] : []));
  return [
    ...facts.cities.flatMap((city) => texts(languageOf(city.name), city.name.th, city.name.en)),
    ...facts.participants.flatMap((participant) =>
      texts(languageOf(participant.city), participant.fullName, participant.company, participant.position),
    ),
    ...facts.contacts.flatMap((contact) =>
      texts(languageOf(contact.city), contact.fullName, contact.company),
    ),
  ];
}

function officerSection(heading: string, text: string | null, words: ReportWording): DocumentBlock[] {
  return [{ kind: 'heading', level: 2, text: heading }, ...officerParagraphs(text, words.notRecorded)];
}

/** The report as a document of the official style. */
export function sessionReportOf(
  facts: SessionReportFacts,
  letterhead: LetterheadSettings,
  language: DocumentLanguage,
): OfficialDocument {
  const words = language === 'th' ? thai : english;
  const organisation = language === 'th' ? letterhead.organisationTh : letterhead.organisationEn;
  return {
    language,
    title: words.documentTitle(facts),
    // A report carries no letter number: the office and the date it is dated are enough.
    letterhead: {
      organisation,
      addressLines: language === 'th' ? letterhead.addressTh : letterhead.addressEn,
      date: formatDate(facts.date, language),
    },
    blocks: [
      titleBlock(facts, words),
      ...summaryBlocks(facts, words),
      ...participantBlocks(facts, words),
      ...interestBlocks(facts, words),
      ...contactBlocks(facts, words),
      ...officerSection(words.minutesHeading, facts.minutes, words),
      ...officerSection(words.evaluationHeading, facts.evaluation, words),
      ...officerSection(words.problemsHeading, facts.problems, words),
      ...officerSection(words.suggestionsHeading, facts.suggestions, words),
      {
        kind: 'contact',
        lines: [
          words.preparedBy(organisation),
          ...(letterhead.phone ? [words.phone(letterhead.phone)] : []),
          ...(letterhead.email ? [words.email(letterhead.email)] : []),
        ],
      },
    ],
    textLanguages: eastAsianTexts(facts),
  };
}

/**
 * A file name safe in every browser and mail program, from the fiscal year, the round (S1 for the
 * first planned session; none outside the plan), the session's date in Bangkok and the language:
 * `session-report-FY2570-S1-2026-12-15-th.pdf`.
 */
export function sessionReportFileName(
  fiscalYear: number,
  round: number | null,
  startsAt: Date,
  language: string,
  extension: string,
): string {
  const roundPart = round === null ? '' : `-S${round}`;
  const safe = (part: string) => part.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
  return `session-report-FY${fiscalYear}${roundPart}-${bangkokToday(startsAt)}-${safe(language)}.${safe(extension)}`;
}
