/**
 * The plan's scorecard as an XLSX workbook in the reader's language (decision 0048): one sheet, a row
 * per KPI and, for each fiscal year, its target, result and status in words (each status cell also
 * coloured, never colour alone); the header frozen; then the counts per status of each year and a
 * legend saying what each status means.
 */
import type ExcelJS from 'exceljs';
import {
  scorecardStatuses,
  type PlanMeasureView,
  type ScorecardCell,
  type ScorecardStatus,
  type ScorecardUnjudgedReason,
  type StrategyScorecard,
} from '@bia/contracts';
import { formatDate, formatNumber, type InterfaceLocale } from '@bia/i18n';
import type { MessageKey } from '../../shared/errors.ts';
import { translatorFor, type ServerTranslate } from '../../shared/i18n.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The name of each status; the web app names them from the same keys. */
export const scorecardStatusLabelKey = {
  on_track: 'strategy_scorecard:status.on_track',
  at_risk: 'strategy_scorecard:status.at_risk',
  missed: 'strategy_scorecard:status.missed',
  not_reported: 'strategy_scorecard:status.not_reported',
  not_judged: 'strategy_scorecard:status.not_judged',
  not_due: 'strategy_scorecard:status.not_due',
} as const satisfies Record<ScorecardStatus, MessageKey>;

const statusMeaningKey = {
  on_track: 'strategy_scorecard:status_meaning.on_track',
  at_risk: 'strategy_scorecard:status_meaning.at_risk',
  missed: 'strategy_scorecard:status_meaning.missed',
  not_reported: 'strategy_scorecard:status_meaning.not_reported',
  not_judged: 'strategy_scorecard:status_meaning.not_judged',
  not_due: 'strategy_scorecard:status_meaning.not_due',
} as const satisfies Record<ScorecardStatus, MessageKey>;

const unjudgedReasonKey = {
  no_numeric_target: 'strategy_scorecard:reason.no_numeric_target',
  conditional: 'strategy_scorecard:reason.conditional',
} as const satisfies Record<ScorecardUnjudgedReason, MessageKey>;

/** The fill and text colour of each status (ARGB), the web badges' tints. */
const statusColours: Record<ScorecardStatus, { fill: string; font: string }> = {
  on_track: { fill: 'FFE7F4EB', font: 'FF134A27' },
  at_risk: { fill: 'FFFFF4CC', font: 'FF5A4300' },
  missed: { fill: 'FFFDECEA', font: 'FF8C1D17' },
  not_reported: { fill: 'FFEEF1F4', font: 'FF2B333B' },
  not_judged: { fill: 'FFE8F1F8', font: 'FF0D2F40' },
  not_due: { fill: 'FFF8FAFB', font: 'FF4A5560' },
};

/** The first three columns (code, KPI, measure), then three for each year. */
const LEAD_COLUMNS = 3;
const YEAR_COLUMNS = 3;

/** A level or figure in words: "ระดับที่ 3", "ร้อยละ 80", "3 กิจกรรมต่อปี". */
export function measureText(
  measure: PlanMeasureView,
  value: number,
  t: ServerTranslate,
  locale: InterfaceLocale,
): string {
  const shown = formatNumber(value, locale);
  switch (measure.kind) {
    case 'rubric':
      return t('strategy:kpi.level', { level: shown });
    case 'percent':
      return t('strategy:kpi.percent_value', { value: shown });
    case 'number':
      return t('strategy:kpi.number_value', { value: shown, unit: measure.unit.text });
  }
}

function targetText(
  measure: PlanMeasureView,
  cell: ScorecardCell,
  t: ServerTranslate,
  locale: InterfaceLocale,
) {
  const { target } = cell;
  if (!target) return '';
  const value = target.value === null ? target.asWritten : measureText(measure, target.value, t, locale);
  return target.condition ? `${value}\n${target.condition.text}` : value;
}

function statusText(cell: ScorecardCell, t: ServerTranslate): string {
  const label = t(scorecardStatusLabelKey[cell.status]);
  return cell.unjudgedReason ? `${label}\n${t(unjudgedReasonKey[cell.unjudgedReason])}` : label;
}

function paint(cell: ExcelJS.Cell, status: ScorecardStatus): void {
  const colours = statusColours[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
  cell.font = { color: { argb: colours.font }, bold: true };
}

export async function buildScorecardWorkbook(
  scorecard: StrategyScorecard,
  options: { locale: InterfaceLocale; generatedAt: Date },
): Promise<Buffer> {
  const { locale } = options;
  const t = translatorFor(locale);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = t('frame:app.name');
  workbook.created = options.generatedAt;
  workbook.title = t('strategy_scorecard:workbook.title');
  const sheet = workbook.addWorksheet(t('strategy_scorecard:workbook.sheet'), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }],
  });
  const lastColumn = LEAD_COLUMNS + YEAR_COLUMNS * scorecard.years.length;
  const yearColumn = (index: number) => LEAD_COLUMNS + 1 + index * YEAR_COLUMNS;
  sheet.columns = [
    { width: 8 },
    { width: 48 },
    { width: 16 },
    ...scorecard.years.flatMap(() => [{ width: 18 }, { width: 16 }, { width: 18 }]),
  ];
  const wrap: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };

  // --- Title and header (frozen) ---
  sheet.addRow([t('strategy_scorecard:workbook.title')]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.addRow([
    `${scorecard.planTitle.text} — ${t('strategy_scorecard:workbook.as_of', {
      date: formatDate(scorecard.asOf, locale),
      number: scorecard.version.number,
    })}`,
  ]);
  sheet.mergeCells(2, 1, 2, lastColumn);
  const yearRow = sheet.addRow([
    t('strategy_scorecard:workbook.code'),
    t('strategy_scorecard:workbook.kpi'),
    t('strategy_scorecard:workbook.measure'),
    ...scorecard.years.flatMap((year) => [t('strategy_scorecard:workbook.year', { year }), null, null]),
  ]);
  const columnRow = sheet.addRow([
    null,
    null,
    null,
    ...scorecard.years.flatMap(() => [
      t('strategy_scorecard:workbook.target'),
      t('strategy_scorecard:workbook.achieved'),
      t('strategy_scorecard:workbook.status'),
    ]),
  ]);
  for (let column = 1; column <= LEAD_COLUMNS; column += 1) sheet.mergeCells(3, column, 4, column);
  scorecard.years.forEach((_, index) =>
    sheet.mergeCells(3, yearColumn(index), 3, yearColumn(index) + YEAR_COLUMNS - 1),
  );
  for (const row of [yearRow, columnRow]) {
    row.font = { bold: true };
    row.alignment = { ...wrap, horizontal: 'center' };
  }

  // --- A row per KPI ---
  for (const kpi of scorecard.rows) {
    const measure =
      kpi.measure.kind === 'rubric'
        ? t('strategy_scorecard:measure.rubric', { count: kpi.measure.levels.length })
        : kpi.measure.kind === 'number'
          ? kpi.measure.unit.text
          : t('strategy_scorecard:measure.percent');
    const row = sheet.addRow([
      kpi.code,
      kpi.name.text,
      measure,
      ...kpi.cells.flatMap((cell) => [
        targetText(kpi.measure, cell, t, locale),
        cell.achieved === null
          ? null
          : cell.source?.isAmendmentPending
            ? `${measureText(kpi.measure, cell.achieved, t, locale)}\n${t('strategy_scorecard:workbook.amendment_pending')}`
            : measureText(kpi.measure, cell.achieved, t, locale),
        statusText(cell, t),
      ]),
    ]);
    row.alignment = wrap;
    kpi.cells.forEach((cell, index) => paint(row.getCell(yearColumn(index) + YEAR_COLUMNS - 1), cell.status));
  }

  // --- The counts per status of each year ---
  sheet.addRow([]);
  const totalsRow = sheet.addRow([
    t('strategy_scorecard:workbook.totals'),
    null,
    null,
    ...scorecard.years.flatMap((year) => [t('strategy_scorecard:workbook.year', { year }), null, null]),
  ]);
  totalsRow.font = { bold: true };
  const mergeYears = (rowNumber: number) =>
    scorecard.years.forEach((_, index) =>
      sheet.mergeCells(rowNumber, yearColumn(index), rowNumber, yearColumn(index) + YEAR_COLUMNS - 1),
    );
  sheet.mergeCells(totalsRow.number, 1, totalsRow.number, LEAD_COLUMNS);
  mergeYears(totalsRow.number);
  for (const status of scorecardStatuses) {
    const row = sheet.addRow([
      t(scorecardStatusLabelKey[status]),
      null,
      null,
      ...scorecard.totals.flatMap((total) => [total.counts[status], null, null]),
    ]);
    sheet.mergeCells(row.number, 1, row.number, LEAD_COLUMNS);
    mergeYears(row.number);
    paint(row.getCell(1), status);
    scorecard.years.forEach((_, index) => {
      const cell = row.getCell(yearColumn(index));
      cell.numFmt = '#,##0';
      cell.alignment = { horizontal: 'center' };
    });
  }

  // --- Legend ---
  sheet.addRow([]);
  sheet.addRow([t('strategy_scorecard:workbook.legend')]).font = { bold: true };
  for (const status of scorecardStatuses) {
    const row = sheet.addRow([t(scorecardStatusLabelKey[status]), null, null, t(statusMeaningKey[status])]);
    sheet.mergeCells(row.number, 1, row.number, LEAD_COLUMNS);
    sheet.mergeCells(row.number, LEAD_COLUMNS + 1, row.number, lastColumn);
    row.alignment = wrap;
    paint(row.getCell(1), status);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `strategy-scorecard-2026-11-22.xlsx`, dated in Bangkok. */
export function scorecardFileName(asOf: string): string {
  return `strategy-scorecard-${asOf}.xlsx`;
}
