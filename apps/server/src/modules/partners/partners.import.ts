/**
 * Importing partners, agreements and activities from a CSV or XLSX file, in two steps: a preview that
 * checks every row with the rules of the forms (the same contracts and policy functions) and says,
 * row by row, what it would do — create, update, leave unchanged, or reject with its reasons — and an
 * apply that writes exactly what was previewed, in one transaction, every record audited.
 *
 * The token. The preview writes nothing and keeps nothing on the server. Its token is a SHA-256 over
 * the kind, the file's own SHA-256 and the planned writes (each update with the id and version of the
 * record it changes). Apply receives the same file, kind and token, plans again inside its
 * transaction, and writes only when the new plan gives the same token: so it writes exactly the
 * previewed creates and updates or, when the file or a record it touches changed in between, nothing
 * (409 `import_preview_stale`). There is no stored state to expire, to lose on a restart, or to share
 * between server processes; the price is sending the file twice, which the 1 MB body limit keeps small.
 *
 * Matching, so that importing the same file again creates no duplicates:
 *  - partners: on `import_key`, else on the Thai name (in any letter case) and the country;
 *  - agreements: on `import_key`, else on the partner, the type and the signing date (or year);
 *  - activities: on `import_key`, else on the partner, the kind, the title and the start date.
 * A matched record is updated with the cells that differ; an empty cell leaves the stored value as it
 * is (an import never erases). For partners, the columns that identify them (kind, name_th and
 * country_code) are always taken as given. The columns of each kind are listed in `importColumns`
 * (and on the import page); the file's first row names them.
 *
 * This file reads the registry and applies; the columns are in partners.import-layout.ts, the
 * matching in partners.import-match.ts and the row-by-row plan in partners.import-plan.ts.
 */
import type { ImportKind, ImportPreview } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import {
  countActions,
  formInput,
  importErrors,
  importToken,
  presentImport as presentOutcome,
  readImportTable,
  readUpload,
  stillThere,
  type ImportOutcome as GenericImportOutcome,
  type ImportTable,
} from '../../shared/spreadsheet-import.ts';
import { auditSnapshot } from '../../shared/records.ts';
import { recordAudit, writePlannedRow } from '../audit/index.ts';
import { knownUnitCodes } from '../liaison/index.ts';
import { importLayouts } from './partners.import-layout.ts';
import {
  PartnerDirectory,
  unique,
  type ImportWrite,
  type RegistrySnapshot,
} from './partners.import-match.ts';
import { planImport } from './partners.import-plan.ts';
import { bangkokToday } from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { ActivityRow, AgreementRow, PartnerRow } from './partners.repository.ts';

// The web app's import page checks its list of columns against these (import-columns.test.ts).
export { importColumns, importLayouts } from './partners.import-layout.ts';

async function loadSnapshot(
  executor: Db,
  kind: ImportKind,
  table: ImportTable,
  options: { today: string; actorUserId: string | null },
): Promise<RegistrySnapshot> {
  const partners = await repository.listAllPartners(executor);
  const fields = await repository.listCooperationFields(executor);
  const regions = await repository.listRegions(executor);
  const countryRegions = await repository.listCountryRegions(executor);
  const snapshot: RegistrySnapshot = {
    ...options,
    partners,
    fieldCodes: new Set(fields.map((field) => field.code)),
    regionCodes: new Set(regions.map((region) => region.code)),
    countryRegions: new Map(countryRegions.map((row) => [row.countryCode, row.regionCode])),
    unitCodes: new Set(),
    agreements: [],
    activities: [],
  };
  if (kind === 'partners') return snapshot;

  const directory = new PartnerDirectory(partners);
  const partnerIds = unique(
    table.rows.flatMap((row) => {
      const reference = directory.referencedBy(row);
      return 'partner' in reference ? [reference.partner.id] : [];
    }),
  );
  const keys = unique(table.rows.flatMap((row) => row.cells.get('import_key') ?? []));
  if (kind === 'agreements') {
    const ofPartners: AgreementRow[] = [];
    for (const id of partnerIds) ofPartners.push(...(await repository.listAgreements(executor, id)));
    const withKeys = await repository.listAgreementsByImportKeys(executor, keys);
    return { ...snapshot, agreements: uniqueById([...ofPartners, ...withKeys]) };
  }
  const ofPartners: ActivityRow[] = [];
  for (const id of partnerIds) ofPartners.push(...(await repository.listActivities(executor, id)));
  const withKeys = await repository.listActivitiesByImportKeys(executor, keys);
  const unitCodes = unique(
    table.rows.flatMap((row) => {
      const codes = formInput(importLayouts.activities, row).unitCodes;
      return Array.isArray(codes) ? codes.map(String) : [];
    }),
  );
  return {
    ...snapshot,
    activities: uniqueById([...ofPartners, ...withKeys]),
    unitCodes: await knownUnitCodes(executor, unitCodes),
  };
}

function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** Writes one planned change with its audit entry; an update first checks the version planned. */
async function write(tx: Db, context: RequestContext, change: ImportWrite): Promise<void> {
  switch (change.table) {
    case 'partners':
      await writePlannedRow(tx, context, change, {
        entityType: 'partner',
        snapshot: auditSnapshot<PartnerRow>,
        insert: repository.insertPartner,
        lock: async (executor, { id }) =>
          stillThere(await repository.findPartner(executor, id, { forUpdate: true })),
        update: repository.updatePartner,
      });
      return;
    case 'agreements':
      await writePlannedRow(tx, context, change, {
        entityType: 'agreement',
        snapshot: auditSnapshot<AgreementRow>,
        insert: repository.insertAgreement,
        lock: async (executor, { partnerId, id }) =>
          stillThere(await repository.findAgreement(executor, partnerId, id)),
        update: repository.updateAgreement,
      });
      return;
    case 'activities':
      await writePlannedRow(tx, context, change, {
        entityType: 'activity',
        snapshot: auditSnapshot<ActivityRow>,
        insert: repository.insertActivity,
        lock: async (executor, { partnerId, id }) =>
          stillThere(await repository.findActivity(executor, partnerId, id)),
        update: repository.updateActivity,
      });
  }
}

export interface ImportUpload {
  kind: ImportKind;
  file: File;
}

export type ImportOutcome = GenericImportOutcome<ImportKind, ImportWrite>;

/** The preview (or what was applied) as the API answers it, its problems in the reader's language. */
export function presentImport(outcome: ImportOutcome, locale: InterfaceLocale): ImportPreview {
  return presentOutcome(outcome, locale);
}

export type PartnerImport = ReturnType<typeof createPartnerImport>;

export function createPartnerImport({ db, clock }: { db: Db; clock: Clock }) {
  async function plan(executor: Db, actor: Actor, upload: ImportUpload): Promise<ImportOutcome> {
    const file = await readUpload(upload.file);
    const table = await readImportTable(file.bytes, importLayouts[upload.kind]);
    const snapshot = await loadSnapshot(executor, upload.kind, table, {
      today: bangkokToday(clock.now()),
      actorUserId: actor.userId,
    });
    const rows = planImport(upload.kind, table, snapshot);
    return {
      kind: upload.kind,
      fileName: file.fileName,
      plan: rows,
      token: importToken(upload.kind, file.sha256, rows),
    };
  }

  return {
    /** What importing the file would do; writes nothing. */
    preview(actor: Actor, upload: ImportUpload): Promise<ImportOutcome> {
      return plan(db, actor, upload);
    },

    /**
     * Writes the previewed creates and updates in one transaction, or nothing when the plan is no
     * longer the one previewed. Rejected and unchanged rows are left alone.
     */
    async apply(context: RequestContext, actor: Actor, upload: ImportUpload, token: string) {
      return db.transaction(async (tx) => {
        // Without it, two applies of one file both plan before either writes: both create its
        // partners (duplicates, or a unique import key violated: a 500) instead of one answering 409.
        await repository.lockImportApply(tx);
        const outcome = await plan(tx, actor, upload);
        if (outcome.token !== token) throw new AppError(importErrors.import_preview_stale);
        for (const row of outcome.plan) if (row.write) await write(tx, context, row.write);
        await recordAudit(tx, context, {
          action: 'partner_import.apply',
          entityType: 'partner_import',
          entityId: token,
          after: { kind: outcome.kind, fileName: outcome.fileName, counts: countActions(outcome.plan) },
        });
        return outcome;
      });
    },
  };
}
