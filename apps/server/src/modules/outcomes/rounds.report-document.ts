/**
 * The short report of a follow-up round for the IAO (seed 003 §9.2, §10.4), in Thai (or English), in
 * the government style the platform prints (shared/documents/official-document.ts): who answered, the
 * contacts by partner city, the orders by city and product with their quantities and value in baht,
 * and the rates and the state of the figures (frozen when the round closed, or provisional). Like the
 * session report (programme/record/report-document.ts), every word of it is written here, in both
 * languages: documents are not interface strings.
 */
import { formatDate, formatDateTime, formatNumber } from '@bia/i18n';
import type {
  DocumentBlock,
  DocumentLanguage,
  OfficialDocument,
} from '../../shared/documents/official-document.ts';
import type { RoundSheetFacts } from './rounds.workbook.ts';

interface ReportWording {
  organisation: string;
  title: (from: string, to: string) => string;
  documentTitle: (from: string, to: string) => string;
  intro: string;
  answers: {
    heading: string;
    asked: (count: string) => string;
    answered: (count: string, reported: string, nothingNew: string) => string;
    waiting: (count: string) => string;
  };
  contacts: {
    heading: string;
    header: string[];
    none: string;
    total: (count: string, confirmed: string) => string;
  };
  orders: {
    heading: string;
    header: string[];
    none: string;
    productOf: (product: string, business: string) => string;
    quantity: (quantity: string, unit: string) => string;
    noValue: string;
    total: (lines: string, confirmed: string, value: string) => string;
    unconverted: (value: string, currency: string) => string;
  };
  notes: {
    heading: string;
    rates: (list: string) => string;
    noRates: string;
    frozen: (at: string) => string;
    provisional: string;
    amendments: (count: string) => string;
  };
  preparedBy: string;
}

const thai: ReportWording = {
  organisation: 'สำนักพัฒนาสังคม กรุงเทพมหานคร',
  title: (from, to) =>
    `รายงานผลการติดตามการติดต่อและการสั่งซื้อผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand)\nจากเมืองพี่เมืองน้อง\nรอบวันที่ ${from} ถึงวันที่ ${to}`,
  documentTitle: (from, to) => `รายงานผลการติดตาม รอบวันที่ ${from} ถึงวันที่ ${to}`,
  intro:
    'ตามแนวทางการติดตามและประเมินผลการส่งเสริมการค้าขายผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand) ในกลุ่มเมืองพี่เมืองน้องผ่านการประชุมทางไกล สำนักพัฒนาสังคมได้ติดตามข้อมูลการติดต่อและการสั่งซื้อจากผู้ประกอบการที่เข้าร่วมการประชุมทุก 6 เดือน เพื่อส่งสำนักงานการต่างประเทศ ผลการติดตามในรอบนี้มีดังนี้',
  answers: {
    heading: '1. การตอบแบบติดตาม',
    asked: (count) => `ผู้ประกอบการที่ได้รับแบบติดตาม ${count} ราย`,
    answered: (count, reported, nothingNew) =>
      `ตอบแล้ว ${count} ราย (แจ้งข้อมูลใหม่ ${reported} ราย ไม่มีข้อมูลใหม่ ${nothingNew} ราย)`,
    waiting: (count) => `ยังไม่ตอบ ${count} ราย`,
  },
  contacts: {
    heading: '2. การติดต่อกับผู้ประกอบการหรือลูกค้าในเมืองพี่เมืองน้อง',
    header: ['ที่', 'ชื่อเมือง', 'จำนวนการติดต่อ', 'ผู้ซื้อยืนยันแล้ว'],
    none: 'ไม่มีการติดต่อในรอบนี้',
    total: (count, confirmed) => `รวมการติดต่อ ${count} ครั้ง ผู้ซื้อยืนยันแล้ว ${confirmed} ครั้ง`,
  },
  orders: {
    heading: '3. การสั่งซื้อผลิตภัณฑ์',
    header: ['ที่', 'ชื่อเมือง', 'รายการผลิตภัณฑ์ (ผู้ประกอบการ)', 'จำนวนที่มีการสั่งซื้อ', 'มูลค่า (บาท)'],
    none: 'ไม่มีการสั่งซื้อในรอบนี้',
    productOf: (product, business) => `${product}\n(${business})`,
    quantity: (quantity, unit) => `${quantity} ${unit}`,
    noValue: 'ไม่ได้ระบุ',
    total: (lines, confirmed, value) =>
      `รวม ${lines} รายการสั่งซื้อ (ผู้ซื้อยืนยันแล้ว ${confirmed} รายการ) มูลค่ารวม ${value} บาท`,
    unconverted: (value, currency) => `มูลค่าที่ยังไม่ได้แปลงเป็นเงินบาท (ไม่มีอัตราแลกเปลี่ยน): ${value} ${currency}`,
  },
  notes: {
    heading: '4. หมายเหตุ',
    rates: (list) => `อัตราแลกเปลี่ยนที่ใช้คำนวณมูลค่าเป็นเงินบาท (บาทต่อหน่วย): ${list}`,
    noRates: 'ไม่ได้บันทึกอัตราแลกเปลี่ยนในรอบนี้ มูลค่าที่เป็นสกุลเงินอื่นแสดงแยกไว้',
    frozen: (at) => `ตัวเลขในรายงานนี้เป็นตัวเลขที่ตรึงไว้เมื่อปิดรอบการติดตาม (${at})`,
    provisional: 'รอบการติดตามยังไม่ปิด ตัวเลขในรายงานนี้เป็นตัวเลขเบื้องต้น อาจเปลี่ยนแปลงได้',
    amendments: (count) => `หลังปิดรอบมีการแก้ไขเพิ่มเติมข้อมูล ${count} รายการ (บันทึกแยกไว้ ไม่เปลี่ยนตัวเลขที่ตรึงไว้)`,
  },
  preparedBy: 'จัดทำโดย สำนักพัฒนาสังคม กรุงเทพมหานคร',
};

const english: ReportWording = {
  organisation: 'Social Development Department, Bangkok Metropolitan Administration',
  title: (from, to) =>
    `Follow-up of contacts and orders of Bangkok Brand products\nfrom partner cities\n${from} to ${to}`,
  documentTitle: (from, to) => `Follow-up report, ${from} to ${to}`,
  intro:
    'As the programme’s monitoring plan asks, Social Development follows the contacts and orders of the businesses that presented at the teleconferences every six months and sends them to the International Affairs Office. This round’s results are as follows.',
  answers: {
    heading: '1. Answers',
    asked: (count) => `Businesses asked: ${count}`,
    answered: (count, reported, nothingNew) =>
      `Answered: ${count} (new contacts or orders: ${reported}; nothing new: ${nothingNew})`,
    waiting: (count) => `Not answered: ${count}`,
  },
  contacts: {
    heading: '2. Contacts with businesses or customers in partner cities',
    header: ['No.', 'City', 'Contacts', 'Confirmed by the buyer'],
    none: 'No contacts in this round.',
    total: (count, confirmed) => `Contacts in all: ${count}, of which ${confirmed} confirmed by the buyer`,
  },
  orders: {
    heading: '3. Orders',
    header: ['No.', 'City', 'Product (business)', 'Quantity ordered', 'Value (THB)'],
    none: 'No orders in this round.',
    productOf: (product, business) => `${product}\n(${business})`,
    quantity: (quantity, unit) => `${quantity} ${unit}`,
    noValue: 'Not given',
    total: (lines, confirmed, value) =>
      `${lines} order lines in all (${confirmed} confirmed by the buyer), worth THB ${value}`,
    unconverted: (value, currency) => `Values not converted to baht (no rate recorded): ${currency} ${value}`,
  },
  notes: {
    heading: '4. Notes',
    rates: (list) => `Exchange rates used (baht per unit): ${list}`,
    noRates: 'No exchange rates were recorded for this round; values in other currencies are shown apart.',
    frozen: (at) => `The figures are those frozen when the round closed (${at}).`,
    provisional: 'The round is still open: these figures are provisional and may change.',
    amendments: (count) =>
      `${count} entries were amended or added after the round closed (kept apart; the frozen figures stand).`,
  },
  preparedBy: 'Prepared by the Social Development Department, Bangkok Metropolitan Administration',
};

/** The round's report as a document of the official style. */
export function roundReportOf(facts: RoundSheetFacts, language: DocumentLanguage): OfficialDocument {
  const words = language === 'th' ? thai : english;
  const number = (value: number) => formatNumber(value, language);
  const from = formatDate(facts.periodStart, language);
  const to = formatDate(facts.periodEnd, language);
  const { figures, answers } = facts;

  const contactBlocks: DocumentBlock[] =
    figures.contacts.byCity.length === 0
      ? [{ kind: 'paragraph', text: words.contacts.none }]
      : [
          {
            kind: 'table',
            header: words.contacts.header,
            columnWidths: [0.1, 0.5, 0.2, 0.2],
            rows: figures.contacts.byCity.map((city, index) => [
              number(index + 1),
              city.city.name,
              number(city.count),
              number(city.confirmed),
            ]),
          },
          {
            kind: 'paragraph',
            isIndented: false,
            text: words.contacts.total(number(figures.contacts.total), number(figures.contacts.confirmed)),
          },
        ];

  const orderBlocks: DocumentBlock[] =
    figures.orders.length === 0
      ? [{ kind: 'paragraph', text: words.orders.none }]
      : [
          {
            kind: 'table',
            header: words.orders.header,
            columnWidths: [0.08, 0.2, 0.34, 0.2, 0.18],
            rows: figures.orders.map((order, index) => [
              number(index + 1),
              order.city.name,
              words.orders.productOf(order.product.name, order.business.name),
              words.orders.quantity(number(order.quantity), order.unit),
              order.valueBaht === null ? words.orders.noValue : number(order.valueBaht),
            ]),
          },
          {
            kind: 'bullets',
            items: [
              words.orders.total(
                number(figures.totals.orderLines),
                number(figures.totals.confirmedOrderLines),
                number(figures.totals.valueBaht),
              ),
              ...figures.totals.unconverted.map((row) =>
                words.orders.unconverted(number(row.value), row.currency),
              ),
            ],
          },
        ];

  const notes = [
    facts.rates.length > 0
      ? words.notes.rates(
          facts.rates.map((rate) => `${rate.currency} ${number(rate.bahtPerUnit)}`).join(', '),
        )
      : words.notes.noRates,
    facts.frozenAt ? words.notes.frozen(formatDateTime(facts.frozenAt, language)) : words.notes.provisional,
    ...(facts.frozenAt && facts.amendmentCount > 0
      ? [words.notes.amendments(number(facts.amendmentCount))]
      : []),
  ];

  return {
    language,
    title: words.documentTitle(from, to),
    letterhead: {
      organisation: words.organisation,
      addressLines: [],
      date: formatDate(facts.generatedAt, language),
    },
    blocks: [
      { kind: 'heading', level: 1, text: words.title(from, to) },
      { kind: 'paragraph', text: words.intro },
      { kind: 'heading', level: 2, text: words.answers.heading },
      {
        kind: 'bullets',
        items: [
          words.answers.asked(number(answers.asked)),
          words.answers.answered(
            number(answers.answered),
            number(answers.reported),
            number(answers.nothingNew),
          ),
          words.answers.waiting(number(answers.asked - answers.answered)),
        ],
      },
      { kind: 'heading', level: 2, text: words.contacts.heading },
      ...contactBlocks,
      { kind: 'heading', level: 2, text: words.orders.heading },
      ...orderBlocks,
      { kind: 'heading', level: 2, text: words.notes.heading },
      { kind: 'bullets', items: notes },
      { kind: 'contact', lines: [words.preparedBy] },
    ],
  };
}
