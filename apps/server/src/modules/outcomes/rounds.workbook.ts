/**
 * A round's figures for the IAO as a workbook in the seed's form (seed 003 §9.2: "ชื่อเมือง รายการ
 * ผลิตภัณฑ์ และจำนวนที่มีการสั่งซื้อ"): a sheet of the orders by city and product with the quantity
 * ordered, a sheet of the contacts by city and business, and a summary with the rates the values in
 * baht were converted at. Frozen figures once the round closed; while it is open, the figures as they
 * stand, marked provisional.
 */
import type ExcelJS from 'exceljs';
import type { FollowUpFigures } from '@bia/contracts';
import { formatDate, formatDateTime, type InterfaceLocale } from '@bia/i18n';
import { translatorFor } from '../../shared/i18n.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface RoundSheetFacts {
  periodStart: string;
  periodEnd: string;
  /** When the figures were frozen; null while the round is open (they are provisional). */
  frozenAt: Date | null;
  figures: FollowUpFigures;
  rates: { currency: string; bahtPerUnit: number }[];
  answers: { asked: number; answered: number; reported: number; nothingNew: number };
  amendmentCount: number;
  generatedAt: Date;
}

/** `follow-up-round-2026-10-01-2027-03-31-th.xlsx`: the period, in the order it is filed. */
export function roundFileName(
  periodStart: string,
  periodEnd: string,
  language: InterfaceLocale,
  extension: string,
): string {
  return `follow-up-round-${periodStart}-${periodEnd}-${language}.${extension}`;
}

function boldRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
}

const QUANTITY_FORMAT = '#,##0.###';
const BAHT_FORMAT = '#,##0.00';

export async function buildRoundWorkbook(facts: RoundSheetFacts, language: InterfaceLocale): Promise<Buffer> {
  const t = translatorFor(language);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = t('frame:app.name');
  workbook.created = facts.generatedAt;
  workbook.title = t('follow_up:export.title');
  const period = t('follow_up:export.period', {
    from: formatDate(facts.periodStart, language),
    to: formatDate(facts.periodEnd, language),
  });
  const status = facts.frozenAt
    ? t('follow_up:export.frozen_at', { at: formatDateTime(facts.frozenAt, language) })
    : t('follow_up:export.provisional');
  const heading = (sheet: ExcelJS.Worksheet, title: string) => {
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.addRow([period]);
    sheet.addRow([status]);
    sheet.addRow([]);
  };

  // The seed's form: city, products, quantity ordered.
  const orders = workbook.addWorksheet(t('follow_up:export.sheets.orders'), {
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  orders.columns = [
    { width: 8 },
    { width: 26 },
    { width: 34 },
    { width: 30 },
    { width: 18 },
    { width: 14 },
    { width: 18 },
    { width: 14 },
    { width: 16 },
  ];
  heading(orders, t('follow_up:export.orders_title'));
  boldRow(
    orders.addRow([
      t('follow_up:export.columns.number'),
      t('follow_up:export.columns.city'),
      t('follow_up:export.columns.product'),
      t('follow_up:export.columns.business'),
      t('follow_up:export.columns.quantity'),
      t('follow_up:export.columns.unit'),
      t('follow_up:export.columns.value_baht'),
      t('follow_up:export.columns.order_lines'),
      t('follow_up:export.columns.confirmed_lines'),
    ]),
  );
  facts.figures.orders.forEach((order, index) => {
    const row = orders.addRow([
      index + 1,
      order.city.name,
      order.product.name,
      order.business.name,
      order.quantity,
      order.unit,
      order.valueBaht,
      order.lines,
      order.confirmedLines,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(5).numFmt = QUANTITY_FORMAT;
    row.getCell(7).numFmt = BAHT_FORMAT;
  });
  if (facts.figures.orders.length === 0) orders.addRow(['', t('follow_up:export.no_orders')]);

  const contacts = workbook.addWorksheet(t('follow_up:export.sheets.contacts'), {
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  contacts.columns = [{ width: 8 }, { width: 26 }, { width: 18 }, { width: 18 }];
  heading(contacts, t('follow_up:export.contacts_title'));
  boldRow(
    contacts.addRow([
      t('follow_up:export.columns.number'),
      t('follow_up:export.columns.city'),
      t('follow_up:export.columns.contacts'),
      t('follow_up:export.columns.confirmed_contacts'),
    ]),
  );
  facts.figures.contacts.byCity.forEach((city, index) => {
    contacts.addRow([index + 1, city.city.name, city.count, city.confirmed]);
  });
  boldRow(
    contacts.addRow([
      '',
      t('follow_up:export.total'),
      facts.figures.contacts.total,
      facts.figures.contacts.confirmed,
    ]),
  );

  const summary = workbook.addWorksheet(t('follow_up:export.sheets.summary'));
  summary.columns = [{ width: 44 }, { width: 20 }];
  heading(summary, t('follow_up:export.title'));
  const figure = (label: string, value: number | string, format?: string) => {
    const row = summary.addRow([label, value]);
    if (format) row.getCell(2).numFmt = format;
  };
  figure(t('follow_up:export.summary.asked'), facts.answers.asked);
  figure(t('follow_up:export.summary.answered'), facts.answers.answered);
  figure(t('follow_up:export.summary.reported'), facts.answers.reported);
  figure(t('follow_up:export.summary.nothing_new'), facts.answers.nothingNew);
  figure(t('follow_up:export.summary.businesses_counted'), facts.figures.totals.businesses);
  figure(t('follow_up:export.summary.contacts'), facts.figures.contacts.total);
  figure(t('follow_up:export.summary.order_lines'), facts.figures.totals.orderLines);
  figure(t('follow_up:export.summary.value_baht'), facts.figures.totals.valueBaht, BAHT_FORMAT);
  for (const { currency, value } of facts.figures.totals.unconverted)
    figure(t('follow_up:export.summary.unconverted', { currency }), value, BAHT_FORMAT);
  if (facts.frozenAt) figure(t('follow_up:export.summary.amendments'), facts.amendmentCount);
  summary.addRow([]);
  boldRow(summary.addRow([t('follow_up:export.summary.rates'), t('follow_up:export.summary.baht_per_unit')]));
  for (const rate of facts.rates) figure(rate.currency, rate.bahtPerUnit, '#,##0.######');
  if (facts.rates.length === 0) summary.addRow([t('follow_up:export.summary.no_rates')]);
  summary.addRow([]);
  summary.addRow([t('follow_up:export.generated_at', { at: formatDateTime(facts.generatedAt, language) })]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
