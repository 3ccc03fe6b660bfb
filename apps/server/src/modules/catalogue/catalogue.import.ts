/**
 * Importing Social Development's spreadsheets of Bangkok Brand businesses and their products (CSV or
 * XLSX), in the two steps of every import (shared/spreadsheet-import.ts, decision 0013): a preview that
 * checks each row with the forms' rules and says what it would do, and an apply that writes exactly
 * that in one transaction, every record audited.
 *
 * Matching, so that importing the same file again creates no duplicates (sample records never match):
 *  - businesses: on `import_key`, else on the registration number, else on the Thai name (in any
 *    letter case) and the district;
 *  - products: on `import_key`, else on the business and the Thai name.
 * A matched record is updated with the cells that differ; an empty cell leaves the stored value as it
 * is. A product row may also carry its Bangkok Brand certification (year, valid until, district) and
 * its Thai FDA number: a Bangkok Brand certification of the same year is updated, another year is
 * added; an FDA number not yet recorded is added. Nothing is ever removed by an import.
 *
 * Cells are read as Thai offices write them: a district by its code or its Thai or English name, a
 * category by its code or its name in any of the five languages, dates and years in the Buddhist era
 * or the common era.
 *
 * This file reads the catalogue and applies; the columns are in catalogue.import-layout.ts and the
 * row-by-row plan in catalogue.import-plan.ts.
 */
import {
  EntrepreneurInputSchema,
  type CatalogueImportKind,
  type CatalogueImportPreview,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import {
  countActions,
  formInput,
  importErrors,
  importToken,
  presentImport,
  readImportTable,
  readUpload,
  stillThere,
  type ImportOutcome,
  type ImportTable,
} from '../../shared/spreadsheet-import.ts';
import { recordAudit, writePlannedRow } from '../audit/index.ts';
import { registrationNumberProblems } from './catalogue.policy.ts';
import * as repository from './catalogue.repository.ts';
import type { CertificationRow, EntrepreneurRow, ProductRow } from './catalogue.repository.ts';
import { refreshBusinessSearchDocuments, refreshSearchDocuments } from './catalogue.search-documents.ts';
import { textOrNull } from '../../shared/text.ts';
import { auditSnapshot } from '../../shared/records.ts';
import { catalogueImportLayouts } from './catalogue.import-layout.ts';
import {
  planCatalogueImport,
  type CatalogueImportWrite,
  type CatalogueSnapshot,
  type CertificationWrite,
} from './catalogue.import-plan.ts';

// The web app's import page checks its list of columns against these (import-columns.test.ts).
export { catalogueImportLayouts } from './catalogue.import-layout.ts';

function cellsOf(table: ImportTable, column: string): string[] {
  return [...new Set(table.rows.flatMap((row) => row.cells.get(column) ?? []))];
}

async function loadSnapshot(
  executor: Db,
  kind: CatalogueImportKind,
  table: ImportTable,
): Promise<CatalogueSnapshot> {
  if (kind === 'entrepreneurs') {
    const layout = catalogueImportLayouts.entrepreneurs;
    const registrationNumbers = table.rows.flatMap((row) => {
      const input = formInput(layout, row);
      const legalForm = EntrepreneurInputSchema.shape.legalForm.safeParse(input.legalForm);
      const number = textOrNull(input.registrationNumber as string | undefined);
      return legalForm.success && number
        ? [registrationNumberProblems(legalForm.data, number).value ?? number]
        : [];
    });
    const entrepreneurs = await repository.entrepreneursMatching(executor, {
      importKeys: cellsOf(table, 'import_key'),
      registrationNumbers,
      namesTh: cellsOf(table, 'name_th'),
    });
    return { entrepreneurs, products: [], certifications: [], hsLevels: new Map() };
  }
  const entrepreneurs = await repository.entrepreneursMatching(executor, {
    importKeys: cellsOf(table, 'business_import_key'),
    registrationNumbers: [],
    namesTh: cellsOf(table, 'business_name_th'),
  });
  const products = await repository.productsMatching(executor, {
    importKeys: cellsOf(table, 'import_key'),
    entrepreneurIds: entrepreneurs.map((row) => row.id),
  });
  const hsCodes = cellsOf(table, 'hs_code').map((code) => code.replace(/[\s.]/g, ''));
  return {
    entrepreneurs,
    products,
    certifications: await repository.certificationsOf(
      executor,
      products.map((row) => row.id),
    ),
    hsLevels: await repository.hsCodeLevels(executor, hsCodes),
  };
}

async function writeCertification(
  tx: Db,
  context: RequestContext,
  productId: string,
  change: CertificationWrite,
): Promise<void> {
  await writePlannedRow(tx, context, change, {
    entityType: 'certification',
    snapshot: auditSnapshot<CertificationRow>,
    insert: (executor, values) => repository.insertCertification(executor, { ...values, productId }),
    lock: async (executor, { id }) => stillThere(await repository.findCertification(executor, productId, id)),
    update: repository.updateCertification,
  });
}

/** Writes a product row's product: created, updated or kept as it is; answers its id. */
async function writeProduct(
  tx: Db,
  context: RequestContext,
  planned: Extract<CatalogueImportWrite, { table: 'products' }>['product'],
): Promise<string> {
  if (planned.op === 'keep') return planned.id;
  // The audit entry of an update keeps the product as it was read, with its business's names.
  const product = await writePlannedRow(tx, context, planned, {
    entityType: 'product',
    snapshot: auditSnapshot<ProductRow>,
    insert: repository.insertProduct,
    lock: async (executor, { id }) =>
      stillThere(await repository.findProduct(executor, id, { forUpdate: true })),
    update: repository.updateProduct,
  });
  return product.id;
}

/** Writes one planned change with its audit entries; an update first checks the version planned. */
async function write(tx: Db, context: RequestContext, change: CatalogueImportWrite): Promise<void> {
  if (change.table === 'entrepreneurs') {
    await writePlannedRow(tx, context, change, {
      entityType: 'entrepreneur',
      snapshot: auditSnapshot<EntrepreneurRow>,
      insert: repository.insertEntrepreneur,
      lock: async (executor, { id }) =>
        stillThere(await repository.findEntrepreneur(executor, id, { forUpdate: true })),
      update: async (executor, id, changes, before) => {
        const after = await repository.updateEntrepreneur(executor, id, changes);
        // The business's name is part of what its products are found by.
        if (after.nameTh !== before.nameTh || after.nameEn !== before.nameEn) {
          await refreshBusinessSearchDocuments(executor, id);
        }
        return after;
      },
    });
    return;
  }
  const productId = await writeProduct(tx, context, change.product);
  for (const certification of change.certifications) {
    await writeCertification(tx, context, productId, certification);
  }
  await refreshSearchDocuments(tx, [productId]);
}

export interface CatalogueImportUpload {
  kind: CatalogueImportKind;
  file: File;
}

export type CatalogueImportOutcome = ImportOutcome<CatalogueImportKind, CatalogueImportWrite>;

/** The preview (or what was applied) as the API answers it, its problems in the reader's language. */
export function presentCatalogueImport(
  outcome: CatalogueImportOutcome,
  locale: InterfaceLocale,
): CatalogueImportPreview {
  return presentImport(outcome, locale);
}

export type CatalogueImport = ReturnType<typeof createCatalogueImport>;

export function createCatalogueImport({ db }: { db: Db }) {
  async function plan(executor: Db, upload: CatalogueImportUpload): Promise<CatalogueImportOutcome> {
    const file = await readUpload(upload.file);
    const table = await readImportTable(file.bytes, catalogueImportLayouts[upload.kind]);
    const snapshot = await loadSnapshot(executor, upload.kind, table);
    const rows = planCatalogueImport(upload.kind, table, snapshot);
    return {
      kind: upload.kind,
      fileName: file.fileName,
      plan: rows,
      token: importToken(upload.kind, file.sha256, rows),
    };
  }

  return {
    /** What importing the file would do; writes nothing. */
    preview(upload: CatalogueImportUpload): Promise<CatalogueImportOutcome> {
      return plan(db, upload);
    },

    /**
     * Writes the previewed creates and updates in one transaction, or nothing when the plan is no
     * longer the one previewed. Rejected and unchanged rows are left alone.
     */
    async apply(context: RequestContext, upload: CatalogueImportUpload, token: string) {
      return db.transaction(async (tx) => {
        // Two applies of one file would otherwise both plan before either writes, and both create.
        await repository.lockImportApply(tx);
        const outcome = await plan(tx, upload);
        if (outcome.token !== token) throw new AppError(importErrors.import_preview_stale);
        for (const row of outcome.plan) if (row.write) await write(tx, context, row.write);
        await recordAudit(tx, context, {
          action: 'catalogue_import.apply',
          entityType: 'catalogue_import',
          entityId: token,
          after: { kind: outcome.kind, fileName: outcome.fileName, counts: countActions(outcome.plan) },
        });
        return outcome;
      });
    },
  };
}
