/**
 * What every import of a spreadsheet shares (partners.import.ts, catalogue.import.ts): reading the file
 * — an XLSX workbook, recognised by its content, or CSV text in UTF-8 — into rows of named cells
 * checked against the columns of a kind of file; turning a row into what the form would have sent;
 * and the pieces of a preview: row problems, actions, the token and the translated answer.
 *
 * A module plans its rows itself (matching, the form's contract and policy) and writes them itself;
 * the token scheme is described in docs/decisions/0013-partner-files-import-export.md.
 */
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import type { InterfaceLocale } from '@bia/i18n';
import { AppError, defineErrors, type FieldProblem, type MessageKey } from './errors.ts';
import { translatorFor } from './i18n.ts';
import { fieldProblemsOf } from './validation.ts';
import { loadExcelJs } from './lazy-packages.ts';

/** The most data rows one file may hold. */
export const MAX_IMPORT_ROWS = 5000;
const MAX_IMPORT_KEY_LENGTH = 200;

export const importErrors = defineErrors({
  import_empty: { status: 400, messageKey: 'errors:import.empty' },
  import_too_many_rows: { status: 400, messageKey: 'errors:import.too_many_rows' },
  /** Neither CSV text nor an XLSX workbook (a PDF, an image, an old binary .xls…). */
  import_unsupported_file: { status: 400, messageKey: 'errors:import.unsupported_file' },
  /** A CSV file whose bytes are not UTF-8 (Thai saved as TIS-620/windows-874, or UTF-16). */
  import_not_utf8: { status: 400, messageKey: 'errors:import.not_utf8' },
  import_unreadable: { status: 400, messageKey: 'errors:import.unreadable' },
  import_csv_malformed: { status: 400, messageKey: 'errors:import.csv_malformed' },
  import_missing_columns: { status: 400, messageKey: 'errors:import.missing_columns' },
  import_unknown_columns: { status: 400, messageKey: 'errors:import.unknown_columns' },
  import_duplicate_columns: { status: 400, messageKey: 'errors:import.duplicate_columns' },
  /** The file, or the records it touches, changed since the preview: nothing was written. */
  import_preview_stale: { status: 409, messageKey: 'errors:import.preview_stale' },
});

// --- Columns ----------------------------------------------------------------------------------------

/**
 * How a cell becomes a value of the form's contract: text as typed; `code` in lower case (kinds,
 * types); `number`; a `list` of codes in lower case separated by `;` (or `,`, or line breaks); a
 * `unit_list` of unit codes, whose leading zeros a workbook may have dropped; a `date` as YYYY-MM-DD
 * and a `year`, either of which may be written in the Buddhist era (2569 is 2026) as Thai offices do.
 */
export type CellKind = 'text' | 'code' | 'number' | 'list' | 'unit_list' | 'date' | 'year';

/** Years after this are Buddhist-era years: 2400 BE was 1857 CE, before any record kept here. */
const LAST_COMMON_ERA_YEAR = 2400;
const BUDDHIST_ERA_OFFSET = 543;

function commonEraYear(year: number): number {
  return year > LAST_COMMON_ERA_YEAR ? year - BUDDHIST_ERA_OFFSET : year;
}

/** `2569-03-31`, `31/3/2569` or `31-03-2026` as `2026-03-31`; anything else as typed. */
export function importedDate(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return `${commonEraYear(Number(iso[1]))}-${iso[2]}-${iso[3]}`;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!dayFirst) return value;
  const [, day = '', month = '', year = ''] = dayFirst;
  return `${commonEraYear(Number(year))}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface ImportColumn {
  name: string;
  /** The contract's field the column fills (`name.th` for a nested one); none for keys and references. */
  field?: string;
  cell?: CellKind;
  /** Required in the header row (its cells may still be empty where the contract allows). */
  required?: boolean;
}

/** What the header row of a kind of file must hold. */
export interface ImportLayout {
  columns: readonly ImportColumn[];
  /** Of each group, at least one column must be present; `label` names the group in the error. */
  oneOf?: readonly { columns: readonly string[]; label: string }[];
}

/** The header row of the template of a layout: every column, as CSV with a byte-order mark. */
export function importTemplateCsv(layout: ImportLayout): string {
  return `\uFEFF${layout.columns.map((column) => column.name).join(',')}\r\n`;
}

// --- Reading the file -------------------------------------------------------------------------------

export interface ImportRow {
  /** The row's number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** Trimmed, non-empty cells by column name. */
  cells: ReadonlyMap<string, string>;
  /** Cells beyond the header's columns that hold something. */
  hasExtraCells: boolean;
}

export interface ImportTable {
  columns: string[];
  rows: ImportRow[];
}

export interface RawRecord {
  row: number;
  cells: string[];
}

/** `Name TH` → `name_th`: the header as people type it, in the form of the column names. */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** CSV text: comma-separated, unless the header row uses semicolons or tabs and no comma. */
export function readCsvRecords(text: string): RawRecord[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes(',')
    ? ','
    : firstLine.includes(';')
      ? ';'
      : firstLine.includes('\t')
        ? '\t'
        : ',';
  try {
    const records = parseCsv(text, { bom: true, delimiter, relax_column_count: true });
    return records.map((cells, index) => ({ row: index + 1, cells }));
  } catch (error) {
    const line = typeof error === 'object' && error && 'lines' in error ? Number(error.lines) : 1;
    throw new AppError(importErrors.import_csv_malformed, [], { line: Number.isFinite(line) ? line : 1 });
  }
}

/** The bytes of a CSV file as text; anything but UTF-8 (TIS-620, windows-874, UTF-16) is refused. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(importErrors.import_not_utf8);
  }
}

/** A cell of a workbook as text: dates as YYYY-MM-DD, formulas by their result, links by their text. */
export function workbookCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return 'result' in value && value.result !== undefined
        ? workbookCellText(value.result as ExcelJS.CellValue)
        : '';
    }
    if ('text' in value) return workbookCellText(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readWorkbookRecords(bytes: Uint8Array): Promise<RawRecord[]> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new AppError(importErrors.import_unreadable);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(workbookCellText(row.getCell(column).value));
    }
    records.push({ row: rowNumber, cells });
  });
  return records;
}

/** Text in UTF-16 (Excel's "Unicode Text") starts with a byte-order mark that file-type takes for audio. */
function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The file's rows: an XLSX workbook (recognised by its content) or CSV text in UTF-8. */
export async function readImportRecords(bytes: Uint8Array): Promise<RawRecord[]> {
  if (bytes.byteLength === 0) throw new AppError(importErrors.import_empty);
  if (hasUtf16ByteOrderMark(bytes)) throw new AppError(importErrors.import_not_utf8);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.ext === 'xlsx') return readWorkbookRecords(bytes);
  if (detected) throw new AppError(importErrors.import_unsupported_file);
  return readCsvRecords(decodeUtf8(bytes));
}

function columnsProblem(
  definition: (typeof importErrors)[keyof typeof importErrors],
  columns: string[],
  messageKey: MessageKey,
): AppError {
  return new AppError(
    definition,
    columns.map((column) => ({ path: column, code: definition.code, messageKey, params: { column } })),
    { columns: columns.join(', ') },
  );
}

/** Checks the header row against the layout's columns and keeps the rows that hold something. */
export function importTable(records: readonly RawRecord[], layout: ImportLayout): ImportTable {
  const nonBlank = records.filter((record) => !isBlank(record.cells));
  const [header, ...data] = nonBlank;
  if (!header) throw new AppError(importErrors.import_empty);
  const names = header.cells.map(normalizeHeader);
  const present = names.filter((name) => name !== '');

  const duplicated = [...new Set(present.filter((name, index) => present.indexOf(name) !== index))];
  if (duplicated.length > 0) {
    throw columnsProblem(
      importErrors.import_duplicate_columns,
      duplicated,
      'errors:import.duplicate_columns',
    );
  }
  const known = new Set(layout.columns.map((column) => column.name));
  const unknown = present.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw columnsProblem(importErrors.import_unknown_columns, unknown, 'errors:import.column_unknown');
  }
  const missing = layout.columns
    .filter((column) => column.required && !present.includes(column.name))
    .map((column) => column.name);
  for (const group of layout.oneOf ?? []) {
    if (!group.columns.some((column) => present.includes(column))) missing.push(group.label);
  }
  if (missing.length > 0) {
    throw columnsProblem(importErrors.import_missing_columns, missing, 'errors:import.column_missing');
  }

  if (data.length === 0) throw new AppError(importErrors.import_empty);
  if (data.length > MAX_IMPORT_ROWS) {
    throw new AppError(importErrors.import_too_many_rows, [], { max: MAX_IMPORT_ROWS });
  }
  return {
    columns: present,
    rows: data.map((record) => {
      const cells = new Map<string, string>();
      let hasExtraCells = false;
      record.cells.forEach((raw, index) => {
        const value = raw.trim();
        if (value === '') return;
        const name = names[index];
        if (name) cells.set(name, value);
        else hasExtraCells = true;
      });
      return { row: record.row, cells, hasExtraCells };
    }),
  };
}

/** Reads and checks a file: every problem with the file as a whole is a clear 400 here. */
export async function readImportTable(bytes: Uint8Array, layout: ImportLayout): Promise<ImportTable> {
  return importTable(await readImportRecords(bytes), layout);
}

// --- Rows into the forms' inputs --------------------------------------------------------------------

/** A unit code typed as a number in a workbook loses its leading zeros (`01000000` → `1000000`). */
function restoreUnitCode(code: string): string {
  return /^\d{5,7}$/.test(code) ? code.padStart(8, '0') : code;
}

function cellValue(value: string, kind: CellKind | undefined): unknown {
  switch (kind) {
    case 'code':
      return value.toLowerCase();
    case 'number': {
      // Thousands may be grouped with commas (1,200.50); anything else is passed on as text, for
      // the contract to call it not a number.
      const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replaceAll(',', '') : value;
      return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : value;
    }
    case 'date':
      return importedDate(value);
    case 'year':
      return /^\d{4}$/.test(value) ? commonEraYear(Number(value)) : value;
    case 'list':
    case 'unit_list': {
      const items = value
        .split(/[;,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
      return kind === 'unit_list' ? items.map(restoreUnitCode) : items.map((item) => item.toLowerCase());
    }
    default:
      return value;
  }
}

/** What the form would have sent: the non-empty cells of the columns that fill the contract's fields. */
export function formInput(layout: ImportLayout, row: ImportRow): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of layout.columns) {
    const value = row.cells.get(column.name);
    if (!column.field || value === undefined) continue;
    const path = column.field.split('.');
    const leaf = path.pop() as string;
    let target = input;
    for (const step of path) {
      target[step] ??= {};
      target = target[step] as Record<string, unknown>;
    }
    target[leaf] = cellValue(value, column.cell);
  }
  return input;
}

// --- Planning ---------------------------------------------------------------------------------------

export interface RowProblem {
  /** The column at fault, as named in the file; null for the row as a whole. */
  column: string | null;
  code: string;
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

/** The column a field's problem belongs to: the column filling that field (or the nearest parent). */
function columnOf(layout: ImportLayout, path: string): string | null {
  const steps = path.split('.');
  for (let length = steps.length; length > 0; length -= 1) {
    const field = steps.slice(0, length).join('.');
    const column = layout.columns.find((candidate) => candidate.field === field);
    if (column) return column.name;
  }
  return null;
}

export function asRowProblems(layout: ImportLayout, problems: readonly FieldProblem[]): RowProblem[] {
  return problems.map((problem) => ({
    column: columnOf(layout, problem.path),
    code: problem.code,
    messageKey: problem.messageKey,
    ...(problem.params ? { params: problem.params } : {}),
  }));
}

/** The form contract's problems with a row, each at its column. */
export function contractProblems(layout: ImportLayout, error: z.ZodError): RowProblem[] {
  return asRowProblems(layout, fieldProblemsOf(error));
}

export const importActions = ['create', 'update', 'unchanged', 'reject'] as const;
export type ImportAction = (typeof importActions)[number];

export interface PlannedRow<Write> {
  row: number;
  action: ImportAction;
  key: string | null;
  label: string | null;
  problems: RowProblem[];
  write: Write | null;
}

export function rejectRow<Write>(
  row: ImportRow,
  key: string | null,
  label: string | null,
  problems: RowProblem[],
): PlannedRow<Write> {
  return { row: row.row, action: 'reject', key, label, problems, write: null };
}

/** A row that creates a record. */
export function createRow<Write>(
  row: ImportRow,
  key: string | null,
  label: string | null,
  write: Write,
): PlannedRow<Write> {
  return { row: row.row, action: 'create', key, label, problems: [], write };
}

/** The write that updates a record: its id, the version the plan read (apply checks it), the changes. */
export function updateOf<Changes>(record: { id: string; version: number }, changes: Changes) {
  return { op: 'update' as const, id: record.id, version: record.version, changes };
}

/** An update when anything changes, else unchanged. */
export function updateRow<Write>(
  row: ImportRow,
  key: string | null,
  label: string | null,
  changes: object,
  write: Write,
): PlannedRow<Write> {
  return Object.keys(changes).length === 0
    ? { row: row.row, action: 'unchanged', key, label, problems: [], write: null }
    : { row: row.row, action: 'update', key, label, problems: [], write };
}

/** A record the plan updates, locked; gone since the preview, the preview is stale. */
export function stillThere<Row>(row: Row | undefined): Row {
  if (!row) throw new AppError(importErrors.import_preview_stale);
  return row;
}

/** Remembers what earlier rows of the file stand for, to refuse a row that repeats one. */
export class SeenRows {
  private readonly rows = new Map<string, number>();

  /** The earlier row with any of these identities, or records them for this row. */
  repeats(identities: readonly string[], row: number): number | undefined {
    for (const identity of identities) {
      const earlier = this.rows.get(identity);
      if (earlier !== undefined) return earlier;
    }
    for (const identity of identities) this.rows.set(identity, row);
    return undefined;
  }
}

export function duplicateInFile(earlier: number): RowProblem {
  return {
    column: null,
    code: 'duplicate_in_file',
    messageKey: 'errors:import.row_duplicate_in_file',
    params: { row: earlier },
  };
}

export const extraCellsProblem: RowProblem = {
  column: null,
  code: 'extra_cells',
  messageKey: 'errors:import.row_extra_cells',
};

/** The row's `import_key`; one too long to be a key is a problem of the row. */
export function importKeyOf(row: ImportRow, problems: RowProblem[]): string | null {
  const key = row.cells.get('import_key') ?? null;
  if (key && key.length > MAX_IMPORT_KEY_LENGTH) {
    problems.push({
      column: 'import_key',
      code: 'too_long',
      messageKey: 'errors:field.too_long',
      params: { max: MAX_IMPORT_KEY_LENGTH },
    });
  }
  return key;
}

/** What every row starts with: its import key, and the problems of that key and of cells past the last column. */
export function rowStart(row: ImportRow): { key: string | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const key = importKeyOf(row, problems);
  if (row.hasExtraCells) problems.push(extraCellsProblem);
  return { key, problems };
}

function sameValue(stored: unknown, wanted: unknown): boolean {
  if (Array.isArray(stored) && Array.isArray(wanted)) {
    return (
      stored.length === wanted.length &&
      [...stored].sort().join('\u0000') === [...wanted].sort().join('\u0000')
    );
  }
  return (stored ?? null) === (wanted ?? null);
}

/** The wanted values that differ from the stored ones; values left undefined are not wanted. */
export function changesOf<V extends object>(
  stored: Readonly<Record<string, unknown>>,
  wanted: V,
): Partial<V> {
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => value !== undefined && !sameValue(stored[key], value)),
  ) as Partial<V>;
}

/** The values a row gives: an empty cell keeps what is stored, so a value left null is not compared. */
export function givenOnly<V extends object>(values: V): { [K in keyof V]?: Exclude<V[K], null> } {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? undefined])) as {
    [K in keyof V]?: Exclude<V[K], null>;
  };
}

/**
 * What an update row changes: the wanted values that differ from the record's, and the row's import
 * key when the record has none yet (a record imported under another key keeps its own).
 */
export function rowChanges<V extends object>(
  record: Readonly<Record<string, unknown>> & { importKey: string | null },
  key: string | null,
  wanted: V,
) {
  return changesOf(record, { ...wanted, importKey: record.importKey ? undefined : (key ?? undefined) });
}

/** The token of a plan: the kind, the file and every planned write (decision 0013). */
export function importToken(kind: string, fileSha256: string, plan: readonly PlannedRow<unknown>[]): string {
  const writes = plan.map((row) => [row.row, row.action, row.write]);
  return createHash('sha256')
    .update(JSON.stringify({ format: 1, kind, file: fileSha256, writes }))
    .digest('hex');
}

export function countActions(plan: readonly PlannedRow<unknown>[]): Record<ImportAction, number> {
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const row of plan) counts[row.action] += 1;
  return counts;
}

// --- The answer -------------------------------------------------------------------------------------

export interface ImportOutcome<Kind extends string, Write> {
  kind: Kind;
  fileName: string;
  plan: PlannedRow<Write>[];
  token: string;
}

/** The preview (or what was applied) as the API answers it, its problems in the reader's language. */
export function presentImport<Kind extends string>(
  outcome: ImportOutcome<Kind, unknown>,
  locale: InterfaceLocale,
) {
  const t = translatorFor(locale);
  return {
    kind: outcome.kind,
    fileName: outcome.fileName,
    rows: outcome.plan.map((row) => ({
      row: row.row,
      action: row.action,
      key: row.key,
      label: row.label,
      problems: row.problems.map((problem) => ({
        column: problem.column,
        code: problem.code,
        message: t(problem.messageKey, problem.params ?? {}),
      })),
    })),
    counts: countActions(outcome.plan),
    token: outcome.token,
  };
}

/** The file's name as the user knows it, without folders, for the answer and the audit trail. */
export function displayFileName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').trim().slice(0, 200);
}

/** The bytes of an upload, their SHA-256 and the name to show. */
export async function readUpload(
  file: File,
): Promise<{ bytes: Uint8Array; sha256: string; fileName: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fileName: displayFileName(file.name),
  };
}
