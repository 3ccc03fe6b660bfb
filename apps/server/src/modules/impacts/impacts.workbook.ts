/**
 * The matrix as an XLSX workbook, in the requester's language (Thai headers by default): a sheet of
 * units × themes (each theme's state, urgent items and items needing the IAO) and a sheet of every
 * impact and duty of the answers shown.
 */
import type ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type {
  ImpactAnswerStatus,
  ImpactArea,
  ImpactEffect,
  ImpactHandling,
  ImpactUrgency,
  UnitKind,
} from '@bia/contracts';
import { BANGKOK_TIME_ZONE, formatDate, formatDateTime, type InterfaceLocale } from '@bia/i18n';
import type { MessageKey } from '../../shared/errors.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';
import type { MatrixView } from './impacts.matrix.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const statusLabels = {
  not_started: 'impacts:status.not_started',
  draft: 'impacts:status.draft',
  submitted: 'impacts:status.submitted',
  returned: 'impacts:status.returned',
  accepted: 'impacts:status.accepted',
} as const satisfies Record<ImpactAnswerStatus, MessageKey>;

export const areaLabels = {
  physical: 'impacts:areas.physical',
  economic: 'impacts:areas.economic',
  social: 'impacts:areas.social',
  environmental: 'impacts:areas.environmental',
  security: 'impacts:areas.security',
  political: 'impacts:areas.political',
  technological: 'impacts:areas.technological',
  cultural: 'impacts:areas.cultural',
} as const satisfies Record<ImpactArea, MessageKey>;

const effectLabels = {
  positive: 'impacts:effects.positive',
  negative: 'impacts:effects.negative',
} as const satisfies Record<ImpactEffect, MessageKey>;

const urgencyLabels = {
  urgent: 'impacts:urgency.urgent',
  can_wait: 'impacts:urgency.can_wait',
} as const satisfies Record<ImpactUrgency, MessageKey>;

const handlingLabels = {
  unit: 'impacts:handling.unit',
  needs_iao: 'impacts:handling.needs_iao',
} as const satisfies Record<ImpactHandling, MessageKey>;

const kindLabels = {
  department: 'impacts:unit_kinds.department',
  office: 'impacts:unit_kinds.office',
  district: 'impacts:unit_kinds.district',
} as const satisfies Record<UnitKind, MessageKey>;

/** `impact-register-2026-12-07.xlsx`, dated in Bangkok. */
export function matrixFileName(now: Date): string {
  return `impact-register-${DateTime.fromJSDate(now, { zone: BANGKOK_TIME_ZONE }).toISODate()}.xlsx`;
}

function boldRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
}

export async function buildMatrixWorkbook(
  view: MatrixView,
  options: { locale: InterfaceLocale; generatedAt: Date; publicUrl: string },
): Promise<Buffer> {
  const { locale } = options;
  const t = translatorFor(locale);
  const themeName = (theme: MatrixView['themes'][number]) =>
    locale === 'en' && theme.nameEn ? theme.nameEn : theme.nameTh;
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = t('frame:app.name');
  workbook.created = options.generatedAt;
  workbook.title = t('impacts:export.title');

  const matrix = workbook.addWorksheet(t('impacts:export.sheets.matrix'), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }],
  });
  matrix.columns = [
    { width: 12 },
    { width: 16 },
    { width: 40 },
    ...view.themes.flatMap(() => [{ width: 18 }, { width: 12 }, { width: 14 }]),
  ];
  boldRow(
    matrix.addRow([
      t('impacts:export.columns.unit_code'),
      t('impacts:export.columns.unit_kind'),
      t('impacts:export.columns.unit_name'),
      ...view.themes.flatMap((theme) => [
        t('impacts:export.columns.status_of', { theme: themeName(theme) }),
        t('impacts:export.columns.urgent'),
        t('impacts:export.columns.needs_iao'),
      ]),
    ]),
  );
  for (const row of view.rows) {
    const added = matrix.addRow([
      row.unit.code,
      row.unit.kind ? t(kindLabels[row.unit.kind]) : '',
      row.unit.name ?? row.unit.code,
      ...row.cells.flatMap((cell) => [
        t(statusLabels[cell.status]),
        cell.counts.urgent,
        cell.counts.needsIao,
      ]),
    ]);
    added.getCell(1).numFmt = '@';
  }
  matrix.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 3 + view.themes.length * 3 } };

  const list = workbook.addWorksheet(t('impacts:export.sheets.items'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  list.columns = [
    { header: t('impacts:export.columns.theme'), key: 'theme', width: 28 },
    { header: t('impacts:export.columns.unit_code'), key: 'code', width: 12 },
    { header: t('impacts:export.columns.unit_name'), key: 'unit', width: 36 },
    { header: t('impacts:export.columns.answer_status'), key: 'status', width: 16 },
    { header: t('impacts:export.columns.item_kind'), key: 'kind', width: 14 },
    { header: t('impacts:export.columns.text'), key: 'text', width: 50 },
    { header: t('impacts:export.columns.effect'), key: 'effect', width: 12 },
    { header: t('impacts:export.columns.area'), key: 'area', width: 16 },
    { header: t('impacts:export.columns.urgency'), key: 'urgency', width: 14 },
    { header: t('impacts:export.columns.handling'), key: 'handling', width: 18 },
    { header: t('impacts:export.columns.responsible'), key: 'responsible', width: 24 },
    { header: t('impacts:export.columns.target'), key: 'target', width: 18 },
    { header: t('impacts:export.columns.request'), key: 'request', width: 30 },
  ];
  boldRow(list.getRow(1));
  const units = new Map(view.rows.map((row) => [row.unit.code, row.unit]));
  const themes = new Map(view.themes.map((theme) => [theme.id, theme]));
  for (const answer of view.answers) {
    const theme = themes.get(answer.themeId);
    const unit = units.get(answer.unitCode);
    if (!theme || !unit) continue;
    for (const item of view.items.get(answer.id) ?? []) {
      const added = list.addRow({
        theme: themeName(theme),
        code: unit.code,
        unit: unit.name ?? unit.code,
        status: t(statusLabels[answer.status as ImpactAnswerStatus]),
        kind: item.kind === 'impact' ? t('impacts:export.values.impact') : t('impacts:export.values.duty'),
        text: item.text,
        effect: item.effect ? t(effectLabels[item.effect as ImpactEffect]) : '',
        area: item.area ? t(areaLabels[item.area as ImpactArea]) : '',
        urgency: t(urgencyLabels[item.urgency as ImpactUrgency]),
        handling: t(handlingLabels[item.handling as ImpactHandling]),
        responsible: item.responsible,
        target: formatDate(item.targetOn, locale),
        request: item.requestId ? `${options.publicUrl}/requests/${item.requestId}` : '',
      });
      added.alignment = { vertical: 'top', wrapText: true };
      added.getCell('code').numFmt = '@';
    }
  }
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 13 } };
  const footer = matrix.addRow([]);
  footer.getCell(1).value = t('impacts:export.generated_at', {
    at: formatDateTime(options.generatedAt, locale),
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
