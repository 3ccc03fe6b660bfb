/**
 * The statistics as an XLSX workbook for the IAO (seed 003 §10.4), in the reader's language: a summary
 * (the date, the filters, the overall figures and the latest rates), then one sheet per dimension —
 * the one the page groups by first — each with every group and a total row. Counts and money are
 * numbers; quantities (one per unit) and amounts in other currencies are lists in one cell.
 */
import type ExcelJS from 'exceljs';
import {
  dealEntryKinds,
  statisticsDimensions,
  type CurrencyAmount,
  type StatisticsDimension,
  type StatisticsFigures,
  type StatisticsQuery,
} from '@bia/contracts';
import { formatDate, formatNumber, type InterfaceLocale } from '@bia/i18n';
import type { Clock } from '../../shared/clock.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';
import { stageLabelKey } from './deals.labels.ts';
import { createLabeller, dimensionLabelKey } from './statistics.presenter.ts';
import { filterKeys, type OutcomeStatistics, type StatisticsFacts } from './statistics.service.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COUNT_FORMAT = '#,##0';
const BAHT_FORMAT = '#,##0.00';

function boldRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
}

/** The sheets of a workbook: the dimension grouped by on the page first, then the others in their order. */
export function sheetOrder(groupBy: StatisticsDimension): StatisticsDimension[] {
  return [groupBy, ...statisticsDimensions.filter((dimension) => dimension !== groupBy)];
}

export async function buildStatisticsWorkbook(
  sheets: readonly StatisticsFacts[],
  options: { locale: InterfaceLocale; generatedAt: Date },
): Promise<Buffer> {
  const { locale } = options;
  const t = translatorFor(locale);
  const [first] = sheets;
  if (!first) throw new Error('a statistics workbook needs at least one sheet');
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = t('frame:app.name');
  workbook.created = options.generatedAt;
  workbook.title = t('outcome_statistics:workbook.title');
  const label = createLabeller(first.names, first.rounds, locale);
  const list = (items: readonly string[]) => (items.length > 0 ? items.join('\n') : null);
  const amounts = (items: readonly CurrencyAmount[]) =>
    list(items.map((item) => `${item.currency} ${formatNumber(item.value, locale)}`));

  // --- Summary ---
  const summary = workbook.addWorksheet(t('outcome_statistics:workbook.summary_sheet'));
  summary.columns = [{ width: 44 }, { width: 60 }];
  summary.addRow([t('outcome_statistics:workbook.title')]).font = { bold: true, size: 14 };
  summary.addRow([t('outcome_statistics:workbook.as_of'), formatDate(first.asOf, locale)]);
  const filters = filterKeys(first.query);
  summary.addRow([
    t('outcome_statistics:workbook.filters'),
    filters.length > 0
      ? filters
          .map(([dimension, key]) =>
            t('outcome_statistics:filters.chip', {
              dimension: t(dimensionLabelKey[dimension]),
              name: label(dimension, key),
            }),
          )
          .join('\n')
      : t('outcome_statistics:workbook.no_filters'),
  ]).alignment = { vertical: 'top', wrapText: true };
  summary.addRow([]);
  boldRow(summary.addRow([t('outcome_statistics:workbook.totals')]));
  const totals = first.totals;
  const figure = (name: string, value: number | string | null, format?: string) => {
    const row = summary.addRow([name, value]);
    row.alignment = { vertical: 'top', wrapText: true };
    if (format) row.getCell(2).numFmt = format;
  };
  figure(t('outcome_statistics:columns.contacts'), totals.contacts.total, COUNT_FORMAT);
  figure(t('outcome_statistics:columns.contacts_confirmed'), totals.contacts.confirmed, COUNT_FORMAT);
  figure(t('outcome_statistics:columns.contacts_unconfirmed'), totals.contacts.unconfirmed, COUNT_FORMAT);
  figure(t('outcome_statistics:columns.contacts_at_session'), totals.contacts.atSession, COUNT_FORMAT);
  figure(t('outcome_statistics:columns.deals'), totals.deals.total, COUNT_FORMAT);
  for (const stage of dealEntryKinds)
    figure(
      t(stageLabelKey[stage]),
      totals.deals.byStage.find((item) => item.stage === stage)?.count ?? 0,
      COUNT_FORMAT,
    );
  figure(t('outcome_statistics:columns.lines'), totals.orders.lines, COUNT_FORMAT);
  figure(t('outcome_statistics:columns.lines_confirmed'), totals.orders.confirmedLines, COUNT_FORMAT);
  figure(t('outcome_statistics:columns.lines_unconfirmed'), totals.orders.unconfirmedLines, COUNT_FORMAT);
  figure(
    t('outcome_statistics:columns.quantities'),
    list(totals.orders.quantities.map((item) => `${formatNumber(item.quantity, locale)} ${item.unit}`)),
  );
  figure(t('outcome_statistics:columns.value_baht'), totals.orders.valueBaht, BAHT_FORMAT);
  figure(t('outcome_statistics:columns.value_baht_confirmed'), totals.orders.confirmedValueBaht, BAHT_FORMAT);
  figure(t('outcome_statistics:columns.unconverted'), amounts(totals.orders.unconverted));
  figure(t('outcome_statistics:columns.original'), amounts(totals.orders.original));
  summary.addRow([]);
  boldRow(
    summary.addRow([
      t('outcome_statistics:workbook.rates'),
      t('outcome_statistics:workbook.round'),
      t('outcome_statistics:workbook.baht_per_unit'),
    ]),
  );
  summary.getColumn(3).width = 16;
  for (const rate of first.latestRates) {
    const row = summary.addRow([rate.currency, label('round', rate.roundId), rate.bahtPerUnit]);
    row.getCell(3).numFmt = '#,##0.######';
  }
  if (first.latestRates.length === 0) summary.addRow([t('outcome_statistics:notes.no_rates')]);
  summary.addRow([]);
  boldRow(summary.addRow([t('outcome_statistics:workbook.notes')]));
  for (const note of [
    t('outcome_statistics:notes.conversion'),
    t('outcome_statistics:notes.superseded'),
    t('outcome_statistics:notes.count_twice'),
  ]) {
    summary.addRow([note]).alignment = { wrapText: true, vertical: 'top' };
    summary.mergeCells(summary.rowCount, 1, summary.rowCount, 2);
  }

  // --- One sheet per dimension ---
  const headers = [
    t('outcome_statistics:columns.group'),
    t('outcome_statistics:columns.contacts'),
    t('outcome_statistics:columns.contacts_confirmed'),
    t('outcome_statistics:columns.contacts_unconfirmed'),
    t('outcome_statistics:columns.contacts_at_session'),
    t('outcome_statistics:columns.deals'),
    ...dealEntryKinds.map((stage) => t(stageLabelKey[stage])),
    t('outcome_statistics:columns.lines'),
    t('outcome_statistics:columns.lines_confirmed'),
    t('outcome_statistics:columns.lines_unconfirmed'),
    t('outcome_statistics:columns.quantities'),
    t('outcome_statistics:columns.value_baht'),
    t('outcome_statistics:columns.value_baht_confirmed'),
    t('outcome_statistics:columns.unconverted'),
    t('outcome_statistics:columns.original'),
  ];
  const countColumns = 5 + dealEntryKinds.length + 3;
  const cells = (name: string, figures: StatisticsFigures) => [
    name,
    figures.contacts.total,
    figures.contacts.confirmed,
    figures.contacts.unconfirmed,
    figures.contacts.atSession,
    figures.deals.total,
    ...dealEntryKinds.map((stage) => figures.deals.byStage.find((item) => item.stage === stage)?.count ?? 0),
    figures.orders.lines,
    figures.orders.confirmedLines,
    figures.orders.unconfirmedLines,
    list(figures.orders.quantities.map((item) => `${formatNumber(item.quantity, locale)} ${item.unit}`)),
    figures.orders.valueBaht,
    figures.orders.confirmedValueBaht,
    amounts(figures.orders.unconverted),
    amounts(figures.orders.original),
  ];
  const formatRow = (row: ExcelJS.Row) => {
    row.alignment = { vertical: 'top', wrapText: true };
    for (let column = 2; column <= 1 + countColumns; column += 1) row.getCell(column).numFmt = COUNT_FORMAT;
    row.getCell(countColumns + 3).numFmt = BAHT_FORMAT;
    row.getCell(countColumns + 4).numFmt = BAHT_FORMAT;
  };
  for (const facts of sheets) {
    const dimension = facts.query.groupBy;
    const sheetLabel = createLabeller(facts.names, facts.rounds, locale);
    const sheet = workbook.addWorksheet(t(dimensionLabelKey[dimension]), {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    });
    sheet.columns = headers.map((_, index) => ({
      width: index === 0 ? 36 : index === countColumns + 2 || index >= countColumns + 5 ? 24 : 14,
    }));
    boldRow(sheet.addRow(headers));
    for (const [key, figures] of facts.groups)
      formatRow(sheet.addRow(cells(sheetLabel(dimension, key), figures)));
    const total = sheet.addRow(cells(t('outcome_statistics:table.total_row'), facts.totals));
    formatRow(total);
    total.font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `outcome-statistics-2026-12-07.xlsx`, dated in Bangkok. */
export function workbookFileName(asOf: string): string {
  return `outcome-statistics-${asOf}.xlsx`;
}

export function createStatisticsExport({
  statistics,
  clock,
}: {
  statistics: OutcomeStatistics;
  clock: Clock;
}) {
  return {
    /** Every dimension's figures for the query's filters, as a workbook in the reader's language. */
    async workbook(
      query: StatisticsQuery,
      locale: InterfaceLocale,
    ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
      const sheets: StatisticsFacts[] = [];
      // One after another, so that an export does not take every connection of the pool at once.
      for (const groupBy of sheetOrder(query.groupBy))
        sheets.push(await statistics.everyGroup({ ...query, groupBy }, locale));
      const first = sheets[0];
      return {
        fileName: workbookFileName(first?.asOf ?? ''),
        mediaType: XLSX_MEDIA_TYPE,
        content: await buildStatisticsWorkbook(sheets, { locale, generatedAt: clock.now() }),
      };
    },
  };
}
