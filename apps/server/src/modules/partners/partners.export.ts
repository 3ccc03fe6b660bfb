/**
 * The partner list as a file: the list the requester sees with the same filters and order, in their
 * language (headers, kinds, regions, statuses, verification, country names), as an XLSX workbook or
 * as CSV. The CSV is UTF-8 with a byte-order mark (so Excel shows Thai), quoted as RFC 4180 says,
 * and guarded against formula injection: a cell that starts with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe, so a spreadsheet shows it as text and never runs it.
 */
import {
  agreementTypeKey,
  partnerKindKey,
  type AgreementType,
  type PartnerKind,
  type PartnerListQuery,
  type PartnerStatus,
  type PartnerSummary,
  type Verification,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import type { MessageKey } from '../../shared/errors.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { countryName } from './countries.ts';
import { bangkokToday } from './partners.policy.ts';
import { presentPartnerSummary, sortPartners } from './partners.presenter.ts';
import type { PartnersService } from './partners.service.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';
export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const UTF8_BOM = '\uFEFF';

const kindLabels = partnerKindKey satisfies Record<PartnerKind, MessageKey>;
const agreementTypeLabels = agreementTypeKey satisfies Record<AgreementType, MessageKey>;

const statusLabels = {
  active: 'partners:status.active',
  dormant: 'partners:status.dormant',
} as const satisfies Record<PartnerStatus, MessageKey>;

const verificationLabels = {
  bma: 'partners:verification.bma',
  bma_list: 'partners:verification.bma_list',
  partner_news: 'partners:verification.partner_news',
  unconfirmed: 'partners:verification.unconfirmed',
} as const satisfies Record<Verification, MessageKey>;

/** The columns, in order, with their header's catalogue key and their width in the workbook. */
const columns = [
  { key: 'nameTh', header: 'partner_import:export.columns.name_th', width: 36 },
  { key: 'nameEn', header: 'partner_import:export.columns.name_en', width: 36 },
  { key: 'kind', header: 'partner_import:export.columns.kind', width: 24 },
  { key: 'country', header: 'partner_import:export.columns.country', width: 22 },
  { key: 'region', header: 'partner_import:export.columns.region', width: 22 },
  { key: 'asean', header: 'partner_import:export.columns.asean', width: 10 },
  { key: 'sinceYear', header: 'partner_import:export.columns.since_year', width: 14 },
  { key: 'agreementTypes', header: 'partner_import:export.columns.agreement_types', width: 34 },
  { key: 'lastActivityOn', header: 'partner_import:export.columns.last_activity', width: 16 },
  { key: 'status', header: 'partner_import:export.columns.status', width: 20 },
  { key: 'verification', header: 'partner_import:export.columns.verification', width: 32 },
] as const satisfies readonly { key: string; header: MessageKey; width: number }[];

type ColumnKey = (typeof columns)[number]['key'];
/** One exported row: text, a year, or a calendar date (YYYY-MM-DD); null for an empty cell. */
export type ExportRow = Record<ColumnKey, string | number | null>;

export interface ExportTable {
  headers: string[];
  rows: ExportRow[];
  /** The sheet's name and the workbook's title. */
  sheetName: string;
  title: string;
}

export interface ExportRegion {
  code: string;
  nameTh: string;
  nameEn: string;
}

/** The rows of the export, in the reader's language; several agreement types go one a line. */
export function partnerExportTable(
  items: readonly PartnerSummary[],
  options: { locale: InterfaceLocale; regions: readonly ExportRegion[] },
): ExportTable {
  const t = translatorFor(options.locale);
  const regionNames = new Map(
    options.regions.map((region) => [region.code, options.locale === 'th' ? region.nameTh : region.nameEn]),
  );
  return {
    headers: columns.map((column) => t(column.header)),
    sheetName: t('partner_import:export.sheet'),
    title: t('partner_import:export.title'),
    rows: items.map((partner) => ({
      nameTh: partner.nameTh,
      nameEn: partner.nameEn,
      kind: t(kindLabels[partner.kind]),
      country: partner.countryCode ? countryName(partner.countryCode, options.locale) : null,
      region: partner.regionCode ? (regionNames.get(partner.regionCode) ?? partner.regionCode) : null,
      asean: partner.isAsean ? t('partner_import:export.yes') : t('partner_import:export.no'),
      sinceYear: partner.sinceYear,
      agreementTypes:
        partner.agreementTypes.length > 0
          ? partner.agreementTypes.map((type) => t(agreementTypeLabels[type])).join('\n')
          : null,
      lastActivityOn: partner.lastActivityOn,
      status: t(statusLabels[partner.status]),
      verification: t(verificationLabels[partner.verification]),
    })),
  };
}

/** A cell a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`) is kept as text. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV lines end in CRLF (RFC 4180); the file starts with a UTF-8 byte-order mark for Excel. */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  const lines = [headers, ...rows].map((cells) => cells.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export function buildPartnerCsv(table: ExportTable): Buffer {
  return Buffer.from(
    csvText(
      table.headers,
      table.rows.map((row) => columns.map((column) => row[column.key])),
    ),
    'utf8',
  );
}

export async function buildPartnerWorkbook(
  table: ExportTable,
  options: { generatedAt: Date; creator: string },
): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = options.creator;
  workbook.created = options.generatedAt;
  workbook.title = table.title;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: table.headers[index],
    key: column.key,
    width: column.width,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of table.rows) {
    // Text cells are written as text (never as formulas), so no guard is needed in the workbook.
    const added = sheet.addRow({
      ...row,
      lastActivityOn: row.lastActivityOn ? new Date(`${row.lastActivityOn}T00:00:00Z`) : null,
    });
    added.alignment = { vertical: 'top', wrapText: true };
    added.getCell('lastActivityOn').numFmt = 'yyyy-mm-dd';
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `partners-2026-11-22.xlsx`, dated in Bangkok. */
export function exportFileName(now: Date, format: ExportFormat): string {
  return `partners-${bangkokToday(now)}.${format}`;
}

export type PartnerExport = ReturnType<typeof createPartnerExport>;

export function createPartnerExport({ partners, clock }: { partners: PartnersService; clock: Clock }) {
  return {
    /** The list GET /api/partners answers for this query, as a file in the reader's language. */
    async export(
      actor: Actor,
      query: PartnerListQuery,
      locale: InterfaceLocale,
      format: ExportFormat,
    ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
      const [found, reference] = await Promise.all([partners.search(actor, query), partners.reference()]);
      const items = sortPartners(found.map(presentPartnerSummary), query.sort, query.order, locale, (code) =>
        countryName(code, locale),
      );
      const table = partnerExportTable(items, { locale, regions: reference.regions });
      const now = clock.now();
      return format === 'xlsx'
        ? {
            fileName: exportFileName(now, format),
            mediaType: XLSX_MEDIA_TYPE,
            content: await buildPartnerWorkbook(table, {
              generatedAt: now,
              creator: translatorFor(locale)('frame:app.name'),
            }),
          }
        : {
            fileName: exportFileName(now, format),
            mediaType: CSV_MEDIA_TYPE,
            content: buildPartnerCsv(table),
          };
    },
  };
}
