/**
 * What importing a file of businesses or products would do, row by row: each row checked with the
 * forms' rules, matched to the record it stands for, and classified as a create, an update, unchanged,
 * or rejected with its reasons. Pure, over a snapshot of the records the file may match.
 */
import {
  CertificationInputSchema,
  EntrepreneurInputSchema,
  ProductInputSchema,
  type CatalogueImportKind,
} from '@bia/contracts';
import type { FieldProblem } from '../../shared/errors.ts';
import {
  asRowProblems,
  changesOf,
  contractProblems,
  createRow,
  duplicateInFile,
  formInput,
  givenOnly,
  rejectRow,
  rowChanges,
  rowStart,
  SeenRows,
  updateOf,
  updateRow,
  type ImportLayout,
  type ImportRow,
  type ImportTable,
  type PlannedRow,
  type RowProblem,
} from '../../shared/spreadsheet-import.ts';
import { fieldProblemsOf } from '../../shared/validation.ts';
import { certificationProblems, priceRangeProblems, registrationNumberProblems } from './catalogue.policy.ts';
import { categoryFor, districtCodeFor } from './catalogue.reference.ts';
import type {
  CertificationRow,
  EntrepreneurRow,
  NewCertification,
  NewEntrepreneur,
  NewProduct,
  ProductRow,
} from './catalogue.repository.ts';
import { textOrNull } from '../../shared/text.ts';
import { businessColumns, newBusinessColumns, productColumns } from './catalogue.checks.ts';
import { catalogueImportLayouts } from './catalogue.import-layout.ts';

type CertificationValues = Omit<NewCertification, 'productId'>;

export type CertificationWrite =
  | { op: 'create'; values: CertificationValues }
  | { op: 'update'; id: string; version: number; changes: Partial<CertificationValues> };

export type CatalogueImportWrite =
  | { table: 'entrepreneurs'; op: 'create'; values: NewEntrepreneur }
  | {
      table: 'entrepreneurs';
      op: 'update';
      id: string;
      version: number;
      changes: Partial<NewEntrepreneur>;
    }
  | {
      table: 'products';
      product:
        | { op: 'create'; values: NewProduct }
        | { op: 'update'; id: string; version: number; changes: Partial<NewProduct> }
        | { op: 'keep'; id: string };
      certifications: CertificationWrite[];
    };

export type Planned = PlannedRow<CatalogueImportWrite>;
const create = createRow<CatalogueImportWrite>;
const reject = rejectRow<CatalogueImportWrite>;
const planUpdate = updateRow<CatalogueImportWrite>;

/** What a plan is checked against: the records the file may match, read once. */
export interface CatalogueSnapshot {
  entrepreneurs: readonly EntrepreneurRow[];
  products: readonly ProductRow[];
  certifications: readonly CertificationRow[];
  /** The level (2, 4 or 6 digits) of each HS code the file names that exists. */
  hsLevels: ReadonlyMap<string, number>;
}

function comparable(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function nameKey(nameTh: string, scope: string): string {
  return `${comparable(nameTh)}|${scope}`;
}

function problem(
  column: string | null,
  code: string,
  messageKey: RowProblem['messageKey'],
  params?: RowProblem['params'],
): RowProblem {
  return { column, code, messageKey, ...(params ? { params } : {}) };
}

/** A record found without the row's key, but imported before under another key: the row's key is wrong. */
function otherKeyProblem(
  target: { importKey: string | null } | undefined,
  withKey: unknown,
  key: string | null,
): RowProblem | undefined {
  if (withKey || !target?.importKey || !key || target.importKey === key) return undefined;
  return problem('import_key', 'other_key', 'catalogue:errors.import_row_other_key', {
    key: target.importKey,
  });
}

/** The businesses of the snapshot by import key, registration number and Thai name. */
class BusinessDirectory {
  private readonly byKey = new Map<string, EntrepreneurRow>();
  private readonly byRegistration = new Map<string, EntrepreneurRow>();
  private readonly byName = new Map<string, EntrepreneurRow[]>();

  constructor(rows: readonly EntrepreneurRow[]) {
    for (const row of rows) {
      if (row.isSample) continue;
      if (row.importKey) this.byKey.set(row.importKey, row);
      if (row.registrationNumber) this.byRegistration.set(row.registrationNumber, row);
      const named = this.byName.get(comparable(row.nameTh)) ?? [];
      this.byName.set(comparable(row.nameTh), [...named, row]);
    }
  }

  withKey(key: string): EntrepreneurRow | undefined {
    return this.byKey.get(key);
  }

  registered(number: string): EntrepreneurRow | undefined {
    return this.byRegistration.get(number);
  }

  /** The businesses of a Thai name, in one district when it is given. */
  named(nameTh: string, districtCode?: string): EntrepreneurRow[] {
    const named = this.byName.get(comparable(nameTh)) ?? [];
    return districtCode ? named.filter((row) => row.districtCode === districtCode) : named;
  }

  /** The business a product row names, or why none can be told. */
  referencedBy(row: ImportRow): { business: EntrepreneurRow } | { problem: RowProblem } {
    const key = row.cells.get('business_import_key');
    if (key) {
      const business = this.withKey(key);
      return business
        ? { business }
        : {
            problem: problem(
              'business_import_key',
              'not_found',
              'catalogue:errors.import_row_business_not_found',
            ),
          };
    }
    const nameTh = row.cells.get('business_name_th');
    if (!nameTh) {
      return { problem: problem(null, 'business_missing', 'catalogue:errors.import_row_business_missing') };
    }
    const districtCell = row.cells.get('business_district');
    const districtCode = districtCell ? (districtCodeFor(districtCell) ?? districtCell) : undefined;
    const named = this.named(nameTh, districtCode);
    if (named.length === 1 && named[0]) return { business: named[0] };
    return named.length === 0
      ? {
          problem: problem('business_name_th', 'not_found', 'catalogue:errors.import_row_business_not_found'),
        }
      : {
          problem: problem('business_name_th', 'ambiguous', 'catalogue:errors.import_row_business_ambiguous'),
        };
  }
}

/** A district or category cell as its code, when it names one; otherwise as typed, for the contract to refuse. */
function withCodes(input: Record<string, unknown>): Record<string, unknown> {
  const coded = { ...input };
  if (typeof coded.districtCode === 'string')
    coded.districtCode = districtCodeFor(coded.districtCode) ?? coded.districtCode;
  if (typeof coded.category === 'string') coded.category = categoryFor(coded.category) ?? coded.category;
  const bangkokBrand = coded.bangkokBrand as Record<string, unknown> | undefined;
  if (typeof bangkokBrand?.districtCode === 'string') {
    coded.bangkokBrand = {
      ...bangkokBrand,
      districtCode: districtCodeFor(bangkokBrand.districtCode) ?? bangkokBrand.districtCode,
    };
  }
  return coded;
}

function underField(field: string, problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.map((found) => ({ ...found, path: `${field}.${found.path}` }));
}

function planEntrepreneurs(table: ImportTable, snapshot: CatalogueSnapshot): Planned[] {
  const layout = catalogueImportLayouts.entrepreneurs;
  const directory = new BusinessDirectory(snapshot.entrepreneurs);
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const { key, problems } = rowStart(row);
    const label = row.cells.get('name_th') ?? key;
    const parsed = EntrepreneurInputSchema.safeParse(withCodes(formInput(layout, row)));
    if (!parsed.success)
      return reject(row, key, label, [...problems, ...contractProblems(layout, parsed.error)]);
    const input = parsed.data;
    const registration = registrationNumberProblems(input.legalForm, textOrNull(input.registrationNumber));
    problems.push(...asRowProblems(layout, registration.problems));
    if (problems.length > 0) return reject(row, key, label, problems);

    const withKey = key ? directory.withKey(key) : undefined;
    const registered = registration.value ? directory.registered(registration.value) : undefined;
    const [named] = directory.named(input.name.th, input.districtCode);
    if (withKey && registered && withKey.id !== registered.id) {
      return reject(row, key, label, [
        problem('registration_number', 'taken', 'catalogue:errors.import_row_registration_taken'),
      ]);
    }
    const target = withKey ?? registered ?? named;
    const keyProblem = otherKeyProblem(target, withKey, key);
    if (keyProblem) return reject(row, key, label, [keyProblem]);
    const identities = [
      `name:${nameKey(input.name.th, input.districtCode)}`,
      ...(key ? [`key:${key}`] : []),
      ...(registration.value ? [`registration:${registration.value}`] : []),
      ...(target ? [`id:${target.id}`] : []),
    ];
    const earlier = seen.repeats(identities, row.row);
    if (earlier !== undefined) return reject(row, key, label, [duplicateInFile(earlier)]);

    const values = businessColumns(input, registration.value);
    if (!target) {
      return create(row, key, label, {
        table: 'entrepreneurs',
        op: 'create',
        values: { ...newBusinessColumns(values), importKey: key },
      });
    }
    const changes = rowChanges(target, key, givenOnly(values) satisfies Partial<NewEntrepreneur>);
    return planUpdate(row, key, label, changes, { table: 'entrepreneurs', ...updateOf(target, changes) });
  });
}

/** The Bangkok Brand certification and Thai FDA number a product row carries, checked; or the problems. */
function certificationsOfRow(
  layout: ImportLayout,
  input: Record<string, unknown>,
): { bangkokBrand?: CertificationValues; thaiFda?: CertificationValues; problems: RowProblem[] } {
  const found: { bangkokBrand?: CertificationValues; thaiFda?: CertificationValues; problems: RowProblem[] } =
    {
      problems: [],
    };
  for (const [field, kind] of [
    ['bangkokBrand', 'bangkok_brand'],
    ['thaiFda', 'thai_fda'],
  ] as const) {
    const cells = input[field];
    if (!cells) continue;
    const parsed = CertificationInputSchema.safeParse({ kind, ...(cells as object) });
    if (!parsed.success) {
      found.problems.push(...asRowProblems(layout, underField(field, fieldProblemsOf(parsed.error))));
      continue;
    }
    const fields = {
      kind,
      yearCertified: parsed.data.yearCertified ?? null,
      validFrom: null,
      validUntil: parsed.data.validUntil ?? null,
      districtCode: parsed.data.districtCode ?? null,
      number: textOrNull(parsed.data.number),
      name: null,
    };
    const checked = certificationProblems(fields);
    if (checked.problems.length > 0) {
      found.problems.push(...asRowProblems(layout, underField(field, checked.problems)));
      continue;
    }
    found[field] = { ...fields, number: checked.number, issuer: null, isSample: false };
  }
  return found;
}

/** The certification writes a product row asks for, beside what the product already has. */
function certificationWrites(
  wanted: { bangkokBrand?: CertificationValues; thaiFda?: CertificationValues },
  stored: readonly CertificationRow[],
): CertificationWrite[] {
  const writes: CertificationWrite[] = [];
  if (wanted.bangkokBrand) {
    const sameYear = stored.find(
      (row) => row.kind === 'bangkok_brand' && row.yearCertified === wanted.bangkokBrand?.yearCertified,
    );
    if (!sameYear) writes.push({ op: 'create', values: wanted.bangkokBrand });
    else {
      const changes = changesOf(sameYear, {
        validUntil: wanted.bangkokBrand.validUntil,
        districtCode: wanted.bangkokBrand.districtCode,
      });
      if (Object.keys(changes).length > 0) {
        writes.push(updateOf(sameYear, changes));
      }
    }
  }
  if (wanted.thaiFda) {
    const recorded = stored.some((row) => row.kind === 'thai_fda' && row.number === wanted.thaiFda?.number);
    if (!recorded) writes.push({ op: 'create', values: wanted.thaiFda });
  }
  return writes;
}

function hsCodeProblems(hsCode: string, snapshot: CatalogueSnapshot): RowProblem[] {
  const level = snapshot.hsLevels.get(hsCode);
  if (level === undefined) {
    return [problem('hs_code', 'unknown', 'catalogue:errors.unknown_hs_code', { code: hsCode })];
  }
  return level === 4 || level === 6
    ? []
    : [problem('hs_code', 'too_broad', 'catalogue:errors.hs_code_too_broad')];
}

function planProducts(table: ImportTable, snapshot: CatalogueSnapshot): Planned[] {
  const layout = catalogueImportLayouts.products;
  const directory = new BusinessDirectory(snapshot.entrepreneurs);
  const realProducts = snapshot.products.filter((product) => !product.isSample);
  const byKey = new Map(
    realProducts.flatMap((product) => (product.importKey ? [[product.importKey, product]] : [])),
  );
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const { key, problems } = rowStart(row);
    const label = row.cells.get('name_th') ?? key;
    const reference = directory.referencedBy(row);
    if ('problem' in reference) problems.push(reference.problem);
    const { bangkokBrand, thaiFda, ...productCells } = withCodes(formInput(layout, row));
    const certifications = certificationsOfRow(layout, { bangkokBrand, thaiFda });
    problems.push(...certifications.problems);
    const parsed = ProductInputSchema.safeParse(productCells);
    if (!parsed.success) problems.push(...contractProblems(layout, parsed.error));
    if (!parsed.success || !('business' in reference)) return reject(row, key, label, problems);
    const input = parsed.data;
    const business = reference.business;
    problems.push(
      ...asRowProblems(layout, priceRangeProblems(input.priceMinThb ?? null, input.priceMaxThb ?? null)),
      ...hsCodeProblems(input.hsCode, snapshot),
    );
    if (problems.length > 0) return reject(row, key, label, problems);

    const withKey = key ? byKey.get(key) : undefined;
    if (withKey && withKey.entrepreneurId !== business.id) {
      return reject(row, key, label, [
        problem('import_key', 'other_business', 'catalogue:errors.import_row_key_other_business'),
      ]);
    }
    const named = realProducts.find(
      (product) =>
        product.entrepreneurId === business.id && comparable(product.nameTh) === comparable(input.name.th),
    );
    const target = withKey ?? named;
    const keyProblem = otherKeyProblem(target, withKey, key);
    if (keyProblem) return reject(row, key, label, [keyProblem]);
    const identities = [
      `name:${nameKey(input.name.th, business.id)}`,
      ...(key ? [`key:${key}`] : []),
      ...(target ? [`id:${target.id}`] : []),
    ];
    const earlier = seen.repeats(identities, row.row);
    if (earlier !== undefined) return reject(row, key, label, [duplicateInFile(earlier)]);

    const values = productColumns(input);
    if (!target) {
      return create(row, key, label, {
        table: 'products',
        product: { op: 'create', values: { ...values, entrepreneurId: business.id, importKey: key } },
        certifications: certificationWrites(certifications, []),
      });
    }
    const changes = rowChanges(target, key, givenOnly(values) satisfies Partial<NewProduct>);
    const stored = snapshot.certifications.filter((certification) => certification.productId === target.id);
    const certificationChanges = certificationWrites(certifications, stored);
    if (Object.keys(changes).length === 0 && certificationChanges.length === 0) {
      return { row: row.row, action: 'unchanged', key, label, problems: [], write: null };
    }
    return {
      row: row.row,
      action: 'update',
      key,
      label,
      problems: [],
      write: {
        table: 'products',
        product: Object.keys(changes).length > 0 ? updateOf(target, changes) : { op: 'keep', id: target.id },
        certifications: certificationChanges,
      },
    };
  });
}

/** What importing the table would do, row by row; pure, over a snapshot of the catalogue. */
export function planCatalogueImport(
  kind: CatalogueImportKind,
  table: ImportTable,
  snapshot: CatalogueSnapshot,
): Planned[] {
  return kind === 'entrepreneurs' ? planEntrepreneurs(table, snapshot) : planProducts(table, snapshot);
}
