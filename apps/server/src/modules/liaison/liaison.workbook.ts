/**
 * The coverage export: an XLSX workbook with a summary sheet (units and coverage by kind, and the
 * share covered) and a sheet listing every unit with its liaison officers, in the requester's language.
 */
import type ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { unitKinds, type UnitKind } from '@bia/contracts';
import { BANGKOK_TIME_ZONE, formatDateTime, type InterfaceLocale } from '@bia/i18n';
import type { MessageKey } from '../../shared/errors.ts';
import { translatorFor, type ServerTranslate } from '../../shared/i18n.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';
import { coverageOf, isCovered, isCoveredBySampleOnly, shareCovered } from './liaison.policy.ts';
import { compareThai, sortUnits } from './liaison.presenter.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface CoverageSheetUnit {
  code: string;
  kind: UnitKind;
  nameTh: string;
  nameEn: string | null;
  liaisonCount: number;
  sampleCount: number;
  officers: { fullName: string; isSample: boolean }[];
}

const kindLabels = {
  department: 'liaison:export.kinds.department',
  office: 'liaison:export.kinds.office',
  district: 'liaison:export.kinds.district',
} as const satisfies Record<UnitKind, MessageKey>;

const SHARE_FORMAT = '0.0%';

/** `liaison-coverage-2026-11-22.xlsx`, dated in Bangkok. */
export function coverageFileName(now: Date): string {
  return `liaison-coverage-${DateTime.fromJSDate(now, { zone: BANGKOK_TIME_ZONE }).toISODate()}.xlsx`;
}

function boldRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
}

/** One name a line (no list separator to translate), samples marked; an empty cell when there is nobody. */
function officerNamesCell(officers: CoverageSheetUnit['officers'], t: ServerTranslate): string | null {
  if (officers.length === 0) return null;
  return [...officers]
    .sort((a, b) => compareThai(a.fullName, b.fullName))
    .map((officer) =>
      officer.isSample
        ? t('liaison:export.values.sample_officer', { name: officer.fullName })
        : officer.fullName,
    )
    .join('\n');
}

export async function buildCoverageWorkbook(
  units: CoverageSheetUnit[],
  options: { locale: InterfaceLocale; generatedAt: Date },
): Promise<Buffer> {
  const t = translatorFor(options.locale);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = t('frame:app.name');
  workbook.created = options.generatedAt;
  workbook.title = t('liaison:export.title');

  const summary = workbook.addWorksheet(t('liaison:export.sheets.summary'));
  summary.columns = [
    { width: 28 },
    { width: 16 },
    { width: 20 },
    { width: 22 },
    { width: 20 },
    { width: 20 },
  ];
  summary.addRow([t('liaison:export.title')]).font = { bold: true, size: 14 };
  summary.addRow([
    t('liaison:export.generated_at', { at: formatDateTime(options.generatedAt, options.locale) }),
  ]);
  summary.addRow([]);
  boldRow(
    summary.addRow([
      t('liaison:export.summary.kind'),
      t('liaison:export.summary.units'),
      t('liaison:export.summary.covered'),
      t('liaison:export.summary.uncovered'),
      t('liaison:export.summary.covered_by_sample_only'),
      t('liaison:export.summary.share_covered'),
    ]),
  );
  const figureRow = (label: string, ofUnits: CoverageSheetUnit[]) => {
    const { totals } = coverageOf(ofUnits);
    const row = summary.addRow([
      label,
      totals.units,
      totals.covered,
      totals.uncovered,
      totals.coveredBySampleOnly,
      shareCovered(totals),
    ]);
    row.getCell(6).numFmt = SHARE_FORMAT;
    return row;
  };
  for (const kind of unitKinds) {
    figureRow(
      t(kindLabels[kind]),
      units.filter((unit) => unit.kind === kind),
    );
  }
  figureRow(t('liaison:export.summary.total'), units).font = { bold: true };

  const list = workbook.addWorksheet(t('liaison:export.sheets.units'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  list.columns = [
    { header: t('liaison:export.units.code'), key: 'code', width: 12 },
    { header: t('liaison:export.units.kind'), key: 'kind', width: 16 },
    { header: t('liaison:export.units.name_th'), key: 'nameTh', width: 44 },
    { header: t('liaison:export.units.name_en'), key: 'nameEn', width: 44 },
    { header: t('liaison:export.units.officer_count'), key: 'liaisonCount', width: 14 },
    { header: t('liaison:export.units.officer_names'), key: 'officerNames', width: 40 },
    { header: t('liaison:export.units.covered'), key: 'covered', width: 24 },
  ];
  boldRow(list.getRow(1));
  for (const unit of sortUnits(units)) {
    const row = list.addRow({
      code: unit.code,
      kind: t(kindLabels[unit.kind]),
      nameTh: unit.nameTh,
      nameEn: unit.nameEn ?? t('liaison:export.values.name_en_unconfirmed'),
      liaisonCount: unit.liaisonCount,
      officerNames: officerNamesCell(unit.officers, t),
      covered: !isCovered(unit)
        ? t('liaison:export.values.no')
        : isCoveredBySampleOnly(unit)
          ? t('liaison:export.values.yes_sample_only')
          : t('liaison:export.values.yes'),
    });
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell('code').numFmt = '@';
    if (unit.nameEn === null) row.getCell('nameEn').font = { italic: true };
  }
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: list.columns.length } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
