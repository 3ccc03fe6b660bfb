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
 */
import {
  ActivityInputSchema,
  AgreementInputSchema,
  PartnerInputSchema,
  type ImportKind,
  type ImportPreview,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, assertVersion, type MessageKey } from '../../shared/errors.ts';
import {
  asRowProblems,
  changesOf,
  contractProblems,
  duplicateInFile,
  extraCellsProblem,
  formInput,
  importErrors,
  importKeyOf,
  importToken,
  presentImport as presentOutcome,
  readImportTable,
  readUpload,
  rejectRow,
  SeenRows,
  textOrNull,
  updateRow,
  countActions,
  type ImportColumn,
  type ImportLayout,
  type ImportOutcome as GenericImportOutcome,
  type ImportRow,
  type ImportTable,
  type PlannedRow as GenericPlannedRow,
  type RowProblem,
} from '../../shared/spreadsheet-import.ts';
import { recordAudit } from '../audit/index.ts';
import { knownUnitCodes } from '../liaison/index.ts';
import {
  activityDateProblems,
  agreementDateProblems,
  bangkokToday,
  positionProblems,
} from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type {
  ActivityRow,
  AgreementRow,
  NewActivity,
  NewAgreement,
  NewPartner,
  PartnerRow,
} from './partners.repository.ts';

// --- Columns ----------------------------------------------------------------------------------------

const partnerReferenceColumns: ImportColumn[] = [
  { name: 'partner_import_key' },
  { name: 'partner_name_th' },
  { name: 'partner_country_code' },
];

/** The columns of each kind of file, in the template's order. */
export const importColumns: Record<ImportKind, readonly ImportColumn[]> = {
  partners: [
    { name: 'import_key' },
    { name: 'kind', field: 'kind', cell: 'code', required: true },
    { name: 'name_th', field: 'nameTh', required: true },
    { name: 'name_en', field: 'nameEn' },
    { name: 'name_local', field: 'nameLocal' },
    { name: 'name_local_lang', field: 'nameLocalLang', cell: 'code' },
    { name: 'acronym', field: 'acronym' },
    { name: 'country_code', field: 'countryCode', required: true },
    { name: 'region_code', field: 'regionCode', cell: 'code' },
    { name: 'time_zone', field: 'timeZone' },
    { name: 'latitude', field: 'latitude', cell: 'number' },
    { name: 'longitude', field: 'longitude', cell: 'number' },
    { name: 'website', field: 'website' },
    { name: 'membership_status', field: 'membershipStatus' },
    { name: 'member_since_year', field: 'memberSinceYear', cell: 'number' },
    { name: 'notes', field: 'notes' },
  ],
  agreements: [
    { name: 'import_key' },
    ...partnerReferenceColumns,
    { name: 'type', field: 'type', cell: 'code', required: true },
    { name: 'title', field: 'title' },
    { name: 'signed_on', field: 'signedOn' },
    { name: 'signed_year', field: 'signedYear', cell: 'number' },
    { name: 'term_years', field: 'termYears', cell: 'number' },
    { name: 'expires_on', field: 'expiresOn' },
    { name: 'renewal_on', field: 'renewalOn' },
    { name: 'signatories', field: 'signatories' },
    { name: 'fields', field: 'fields', cell: 'list' },
    { name: 'notes', field: 'notes' },
  ],
  activities: [
    { name: 'import_key' },
    ...partnerReferenceColumns,
    { name: 'kind', field: 'kind', cell: 'code', required: true },
    { name: 'title', field: 'title', required: true },
    { name: 'starts_on', field: 'startsOn', required: true },
    { name: 'ends_on', field: 'endsOn' },
    { name: 'fields', field: 'fields', cell: 'list' },
    { name: 'unit_codes', field: 'unitCodes', cell: 'unit_list' },
    { name: 'participants', field: 'participants' },
    { name: 'outcome', field: 'outcome' },
  ],
};

/** An agreement or activity names its partner: by its import key, or by its Thai name (and country). */
const partnerReference = {
  columns: ['partner_import_key', 'partner_name_th'],
  label: 'partner_import_key / partner_name_th + partner_country_code',
};

/** What the header row of each kind of file must hold. */
export const importLayouts: Record<ImportKind, ImportLayout> = {
  partners: { columns: importColumns.partners },
  agreements: { columns: importColumns.agreements, oneOf: [partnerReference] },
  activities: { columns: importColumns.activities, oneOf: [partnerReference] },
};

// --- Planning ---------------------------------------------------------------------------------------

export type ImportWrite =
  | { table: 'partners'; op: 'create'; values: NewPartner }
  | { table: 'partners'; op: 'update'; id: string; version: number; changes: Partial<NewPartner> }
  | { table: 'agreements'; op: 'create'; values: NewAgreement }
  | {
      table: 'agreements';
      op: 'update';
      id: string;
      partnerId: string;
      version: number;
      changes: Partial<NewAgreement>;
    }
  | { table: 'activities'; op: 'create'; values: NewActivity }
  | {
      table: 'activities';
      op: 'update';
      id: string;
      partnerId: string;
      version: number;
      changes: Partial<NewActivity>;
    };
type PlannedRow = GenericPlannedRow<ImportWrite>;
const reject = rejectRow<ImportWrite>;
const planUpdate = updateRow<ImportWrite>;

/** What a plan is checked against: the registry as it stands, read once. */
export interface RegistrySnapshot {
  today: string;
  actorUserId: string | null;
  partners: readonly PartnerRow[];
  fieldCodes: ReadonlySet<string>;
  regionCodes: ReadonlySet<string>;
  countryRegions: ReadonlyMap<string, string>;
  /** Unit codes the file names that exist. */
  unitCodes: ReadonlySet<string>;
  /** Agreements and activities of the partners the file names, and those with the file's import keys. */
  agreements: readonly AgreementRow[];
  activities: readonly ActivityRow[];
}

function nameKey(nameTh: string, countryCode: string | null): string {
  return `${nameTh.trim().toLocaleLowerCase()}|${countryCode ?? ''}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function unknownCodeProblems(
  codes: readonly string[] | undefined,
  known: ReadonlySet<string>,
  column: string,
  messageKey: MessageKey,
): RowProblem[] {
  return (codes ?? [])
    .filter((code) => !known.has(code))
    .map((code) => ({ column, code: 'unknown', messageKey, params: { code } }));
}

class PartnerDirectory {
  private readonly byKey = new Map<string, PartnerRow>();
  private readonly byName = new Map<string, PartnerRow>();

  constructor(partners: readonly PartnerRow[]) {
    for (const partner of partners) {
      if (partner.importKey) this.byKey.set(partner.importKey, partner);
      if (partner.nameTh && !this.byName.has(nameKey(partner.nameTh, partner.countryCode))) {
        this.byName.set(nameKey(partner.nameTh, partner.countryCode), partner);
      }
    }
  }

  withKey(key: string): PartnerRow | undefined {
    return this.byKey.get(key);
  }

  named(nameTh: string, countryCode: string | null): PartnerRow | undefined {
    return this.byName.get(nameKey(nameTh, countryCode));
  }

  /** The partner an agreement or activity row names, or why there is none. */
  referencedBy(row: ImportRow): { partner: PartnerRow } | { problem: RowProblem } {
    const key = row.cells.get('partner_import_key');
    const name = row.cells.get('partner_name_th');
    const country = row.cells.get('partner_country_code')?.toUpperCase() ?? null;
    const column = key ? 'partner_import_key' : 'partner_name_th';
    if (!key && !name) {
      return {
        problem: {
          column,
          code: 'partner_missing',
          messageKey: 'partners:errors.import_row_partner_missing',
        },
      };
    }
    const partner = key ? this.withKey(key) : this.named(name ?? '', country);
    if (!partner) {
      return {
        problem: {
          column,
          code: 'partner_not_found',
          messageKey: 'partners:errors.import_row_partner_not_found',
        },
      };
    }
    if (partner.archivedAt) {
      return { problem: { column, code: 'archived', messageKey: 'partners:errors.partner_archived' } };
    }
    return { partner };
  }
}

function planPartners(table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  const directory = new PartnerDirectory(snapshot.partners);
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const problems: RowProblem[] = [];
    const key = importKeyOf(row, problems);
    const label = row.cells.get('name_th') ?? row.cells.get('name_en') ?? key;
    if (row.hasExtraCells) {
      problems.push(extraCellsProblem);
    }
    const parsed = PartnerInputSchema.safeParse(formInput(importLayouts.partners, row));
    if (!parsed.success)
      return reject(row, key, label, [
        ...problems,
        ...contractProblems(importLayouts.partners, parsed.error),
      ]);
    const input = parsed.data;
    problems.push(
      ...asRowProblems(
        importLayouts.partners,
        positionProblems(input.latitude ?? null, input.longitude ?? null),
      ),
    );
    const countryCode = input.countryCode ?? null;
    const countryRegion = countryCode ? snapshot.countryRegions.get(countryCode) : undefined;
    if (!countryRegion && input.regionCode && !snapshot.regionCodes.has(input.regionCode)) {
      problems.push({ column: 'region_code', code: 'unknown', messageKey: 'partners:errors.unknown_region' });
    }
    if (problems.length > 0) return reject(row, key, label, problems);

    const withKey = key ? directory.withKey(key) : undefined;
    const named = directory.named(input.nameTh, countryCode);
    if (withKey && named && withKey.id !== named.id) {
      return reject(row, key, label, [
        { column: 'name_th', code: 'duplicate', messageKey: 'partners:errors.duplicate_name' },
      ]);
    }
    if (!withKey && named?.importKey && key && named.importKey !== key) {
      return reject(row, key, label, [
        {
          column: 'import_key',
          code: 'name_taken',
          messageKey: 'partners:errors.import_row_name_taken',
          params: { key: named.importKey },
        },
      ]);
    }
    const target = withKey ?? named;
    const identities = [
      `name:${nameKey(input.nameTh, countryCode)}`,
      ...(key ? [`key:${key}`] : []),
      ...(target ? [`id:${target.id}`] : []),
    ];
    const earlier = seen.repeats(identities, row.row);
    if (earlier !== undefined) return reject(row, key, label, [duplicateInFile(earlier)]);
    if (target?.archivedAt) {
      return reject(row, key, label, [
        { column: null, code: 'archived', messageKey: 'partners:errors.partner_archived' },
      ]);
    }

    const regionCode =
      countryRegion ??
      (input.regionCode ? input.regionCode : countryCode ? null : (target?.regionCode ?? null));
    if (!target) {
      return {
        row: row.row,
        action: 'create',
        key,
        label,
        problems: [],
        write: {
          table: 'partners',
          op: 'create',
          values: {
            kind: input.kind,
            nameTh: input.nameTh,
            nameEn: textOrNull(input.nameEn),
            nameLocal: textOrNull(input.nameLocal),
            nameLocalLang: textOrNull(input.nameLocalLang),
            acronym: textOrNull(input.acronym),
            countryCode,
            regionCode,
            timeZone: textOrNull(input.timeZone),
            latitude: input.latitude ?? null,
            longitude: input.longitude ?? null,
            website: textOrNull(input.website),
            membershipStatus: textOrNull(input.membershipStatus),
            memberSinceYear: input.memberSinceYear ?? null,
            notes: textOrNull(input.notes),
            verification: 'bma',
            verificationNote: null,
            importKey: key,
          },
        },
      };
    }
    const changes = changesOf(target, {
      kind: input.kind,
      nameTh: input.nameTh,
      nameEn: input.nameEn ?? undefined,
      nameLocal: input.nameLocal ?? undefined,
      nameLocalLang: input.nameLocalLang ?? undefined,
      acronym: input.acronym ?? undefined,
      countryCode,
      regionCode,
      timeZone: input.timeZone ?? undefined,
      latitude: input.latitude ?? undefined,
      longitude: input.longitude ?? undefined,
      website: input.website ?? undefined,
      membershipStatus: input.membershipStatus ?? undefined,
      memberSinceYear: input.memberSinceYear ?? undefined,
      notes: input.notes ?? undefined,
      importKey: target.importKey ? undefined : (key ?? undefined),
    } satisfies Partial<NewPartner>);
    return planUpdate(row, key, label, changes, {
      table: 'partners',
      op: 'update',
      id: target.id,
      version: target.version,
      changes,
    });
  });
}

function signedYearOf(signedOn: string | null | undefined): number | null {
  return signedOn ? Number(signedOn.slice(0, 4)) : null;
}

/** The agreement of a partner a row without an import key stands for: same type, same date or year. */
export function matchAgreement(
  agreements: readonly AgreementRow[],
  type: string,
  signedOn: string | null,
  signedYear: number | null,
): AgreementRow | 'ambiguous' | undefined {
  const sameType = agreements.filter((agreement) => agreement.type === type);
  const candidates = signedOn
    ? sameType.filter(
        (agreement) =>
          agreement.signedOn === signedOn ||
          (agreement.signedOn === null && agreement.signedYear === signedYear),
      )
    : signedYear
      ? sameType.filter((agreement) => agreement.signedYear === signedYear)
      : sameType.filter((agreement) => agreement.signedOn === null && agreement.signedYear === null);
  if (candidates.length <= 1) return candidates[0];
  const exact = candidates.filter((agreement) => agreement.signedOn === signedOn);
  return exact.length === 1 ? exact[0] : 'ambiguous';
}

function normalizedTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The activity of a partner a row without an import key stands for: same kind, title and start. */
export function matchActivity(
  activities: readonly ActivityRow[],
  kind: string,
  title: string,
  startsOn: string,
): ActivityRow | 'ambiguous' | undefined {
  const candidates = activities.filter(
    (activity) =>
      activity.kind === kind &&
      activity.startsOn === startsOn &&
      normalizedTitle(activity.title) === normalizedTitle(title),
  );
  return candidates.length > 1 ? 'ambiguous' : candidates[0];
}

const ambiguous: RowProblem = {
  column: null,
  code: 'ambiguous',
  messageKey: 'partners:errors.import_row_ambiguous',
};
const keyOfOtherPartner: RowProblem = {
  column: 'import_key',
  code: 'key_other_partner',
  messageKey: 'partners:errors.import_row_key_other_partner',
};

function partnerLabel(partner: PartnerRow | undefined, row: ImportRow): string | null {
  return (
    partner?.nameTh ??
    partner?.nameEn ??
    row.cells.get('partner_name_th') ??
    row.cells.get('partner_import_key') ??
    null
  );
}

function planAgreements(table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  const directory = new PartnerDirectory(snapshot.partners);
  const byKey = new Map(snapshot.agreements.flatMap((row) => (row.importKey ? [[row.importKey, row]] : [])));
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const problems: RowProblem[] = [];
    const key = importKeyOf(row, problems);
    if (row.hasExtraCells) {
      problems.push(extraCellsProblem);
    }
    const reference = directory.referencedBy(row);
    const partner = 'partner' in reference ? reference.partner : undefined;
    if ('problem' in reference) problems.push(reference.problem);
    const label = row.cells.get('title') ?? partnerLabel(partner, row);
    const parsed = AgreementInputSchema.safeParse(formInput(importLayouts.agreements, row));
    if (!parsed.success) problems.push(...contractProblems(importLayouts.agreements, parsed.error));
    if (!parsed.success || !partner) return reject(row, key, label, problems);
    const input = parsed.data;
    problems.push(
      ...unknownCodeProblems(
        input.fields,
        snapshot.fieldCodes,
        'fields',
        'partners:errors.unknown_cooperation_field',
      ),
    );

    const signedOn = input.signedOn ?? null;
    const signedYear = input.signedYear ?? signedYearOf(signedOn);
    const withKey = key ? byKey.get(key) : undefined;
    if (withKey && withKey.partnerId !== partner.id) problems.push(keyOfOtherPartner);
    if (problems.length > 0) return reject(row, key, label, problems);
    const target =
      withKey ??
      matchAgreement(
        snapshot.agreements.filter((agreement) => agreement.partnerId === partner.id),
        input.type,
        signedOn,
        signedYear,
      );
    if (target === 'ambiguous') return reject(row, key, label, [ambiguous]);

    const dates = {
      signedOn: input.signedOn !== undefined ? signedOn : (target?.signedOn ?? null),
      signedYear:
        input.signedYear !== undefined || input.signedOn !== undefined
          ? signedYear
          : (target?.signedYear ?? null),
      expiresOn: input.expiresOn !== undefined ? input.expiresOn : (target?.expiresOn ?? null),
      renewalOn: input.renewalOn !== undefined ? input.renewalOn : (target?.renewalOn ?? null),
    };
    const dateProblems = asRowProblems(
      importLayouts.agreements,
      agreementDateProblems(dates, snapshot.today),
    );
    if (dateProblems.length > 0) return reject(row, key, label, dateProblems);
    const identities = [
      `natural:${partner.id}|${input.type}|${signedOn ?? ''}|${signedYear ?? ''}`,
      ...(key ? [`key:${key}`] : []),
      ...(target ? [`id:${target.id}`] : []),
    ];
    const earlier = seen.repeats(identities, row.row);
    if (earlier !== undefined) return reject(row, key, label, [duplicateInFile(earlier)]);

    if (!target) {
      return {
        row: row.row,
        action: 'create',
        key,
        label,
        problems: [],
        write: {
          table: 'agreements',
          op: 'create',
          values: {
            partnerId: partner.id,
            type: input.type,
            title: textOrNull(input.title),
            ...dates,
            termYears: input.termYears ?? null,
            signatories: textOrNull(input.signatories),
            fields: unique(input.fields ?? []),
            notes: textOrNull(input.notes),
            verification: 'bma',
            importKey: key,
          },
        },
      };
    }
    const changes = changesOf(target, {
      type: input.type,
      title: input.title ?? undefined,
      ...dates,
      termYears: input.termYears ?? undefined,
      signatories: input.signatories ?? undefined,
      fields: input.fields ? unique(input.fields) : undefined,
      notes: input.notes ?? undefined,
      importKey: target.importKey ? undefined : (key ?? undefined),
    } satisfies Partial<NewAgreement>);
    return planUpdate(row, key, label, changes, {
      table: 'agreements',
      op: 'update',
      id: target.id,
      partnerId: partner.id,
      version: target.version,
      changes,
    });
  });
}

function planActivities(table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  const directory = new PartnerDirectory(snapshot.partners);
  const byKey = new Map(snapshot.activities.flatMap((row) => (row.importKey ? [[row.importKey, row]] : [])));
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const problems: RowProblem[] = [];
    const key = importKeyOf(row, problems);
    if (row.hasExtraCells) {
      problems.push(extraCellsProblem);
    }
    const reference = directory.referencedBy(row);
    const partner = 'partner' in reference ? reference.partner : undefined;
    if ('problem' in reference) problems.push(reference.problem);
    const label = row.cells.get('title') ?? partnerLabel(partner, row);
    const parsed = ActivityInputSchema.safeParse(formInput(importLayouts.activities, row));
    if (!parsed.success) problems.push(...contractProblems(importLayouts.activities, parsed.error));
    if (!parsed.success || !partner) return reject(row, key, label, problems);
    const input = parsed.data;
    problems.push(
      ...unknownCodeProblems(
        input.fields,
        snapshot.fieldCodes,
        'fields',
        'partners:errors.unknown_cooperation_field',
      ),
      ...unknownCodeProblems(
        input.unitCodes,
        snapshot.unitCodes,
        'unit_codes',
        'partners:errors.unknown_unit',
      ),
    );
    const withKey = key ? byKey.get(key) : undefined;
    if (withKey && withKey.partnerId !== partner.id) problems.push(keyOfOtherPartner);
    if (problems.length > 0) return reject(row, key, label, problems);
    const target =
      withKey ??
      matchActivity(
        snapshot.activities.filter((activity) => activity.partnerId === partner.id),
        input.kind,
        input.title,
        input.startsOn,
      );
    if (target === 'ambiguous') return reject(row, key, label, [ambiguous]);

    const endsOn = input.endsOn !== undefined ? input.endsOn : (target?.endsOn ?? null);
    const dateProblems = asRowProblems(
      importLayouts.activities,
      activityDateProblems(input.startsOn, endsOn),
    );
    if (dateProblems.length > 0) return reject(row, key, label, dateProblems);
    const identities = [
      `natural:${partner.id}|${input.kind}|${normalizedTitle(input.title)}|${input.startsOn}`,
      ...(key ? [`key:${key}`] : []),
      ...(target ? [`id:${target.id}`] : []),
    ];
    const earlier = seen.repeats(identities, row.row);
    if (earlier !== undefined) return reject(row, key, label, [duplicateInFile(earlier)]);

    if (!target) {
      return {
        row: row.row,
        action: 'create',
        key,
        label,
        problems: [],
        write: {
          table: 'activities',
          op: 'create',
          values: {
            partnerId: partner.id,
            kind: input.kind,
            title: input.title,
            startsOn: input.startsOn,
            endsOn,
            fields: unique(input.fields ?? []),
            unitCodes: unique(input.unitCodes ?? []),
            participants: textOrNull(input.participants),
            outcome: textOrNull(input.outcome),
            createdBy: snapshot.actorUserId,
            importKey: key,
          },
        },
      };
    }
    const changes = changesOf(target, {
      kind: input.kind,
      title: input.title,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? undefined,
      fields: input.fields ? unique(input.fields) : undefined,
      unitCodes: input.unitCodes ? unique(input.unitCodes) : undefined,
      participants: input.participants ?? undefined,
      outcome: input.outcome ?? undefined,
      importKey: target.importKey ? undefined : (key ?? undefined),
    } satisfies Partial<NewActivity>);
    return planUpdate(row, key, label, changes, {
      table: 'activities',
      op: 'update',
      id: target.id,
      partnerId: partner.id,
      version: target.version,
      changes,
    });
  });
}

/** What importing the table would do, row by row; pure, over a snapshot of the registry. */
export function planImport(kind: ImportKind, table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  switch (kind) {
    case 'partners':
      return planPartners(table, snapshot);
    case 'agreements':
      return planAgreements(table, snapshot);
    case 'activities':
      return planActivities(table, snapshot);
  }
}

// --- Reading the registry, writing, presenting ------------------------------------------------------

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

function snapshotOf<T extends { createdAt?: Date; updatedAt?: Date }>(row: T) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = row;
  return rest;
}

/** Writes one planned change with its audit entry; an update first checks the version planned. */
async function write(tx: Db, context: RequestContext, change: ImportWrite): Promise<void> {
  switch (change.table) {
    case 'partners': {
      if (change.op === 'create') {
        const partner = await repository.insertPartner(tx, change.values);
        await recordAudit(tx, context, {
          action: 'partner.create',
          entityType: 'partner',
          entityId: partner.id,
          after: snapshotOf(partner),
        });
        return;
      }
      const before = await repository.findPartner(tx, change.id, { forUpdate: true });
      if (!before) throw new AppError(importErrors.import_preview_stale);
      assertVersion(change.version, before.version);
      const after = await repository.updatePartner(tx, change.id, change.changes);
      await recordAudit(tx, context, {
        action: 'partner.update',
        entityType: 'partner',
        entityId: change.id,
        before: snapshotOf(before),
        after: snapshotOf(after),
      });
      return;
    }
    case 'agreements': {
      if (change.op === 'create') {
        const agreement = await repository.insertAgreement(tx, change.values);
        await recordAudit(tx, context, {
          action: 'agreement.create',
          entityType: 'agreement',
          entityId: agreement.id,
          after: snapshotOf(agreement),
        });
        return;
      }
      const before = await repository.findAgreement(tx, change.partnerId, change.id);
      if (!before) throw new AppError(importErrors.import_preview_stale);
      assertVersion(change.version, before.version);
      const after = await repository.updateAgreement(tx, change.id, change.changes);
      await recordAudit(tx, context, {
        action: 'agreement.update',
        entityType: 'agreement',
        entityId: change.id,
        before: snapshotOf(before),
        after: snapshotOf(after),
      });
      return;
    }
    case 'activities': {
      if (change.op === 'create') {
        const activity = await repository.insertActivity(tx, change.values);
        await recordAudit(tx, context, {
          action: 'activity.create',
          entityType: 'activity',
          entityId: activity.id,
          after: snapshotOf(activity),
        });
        return;
      }
      const before = await repository.findActivity(tx, change.partnerId, change.id);
      if (!before) throw new AppError(importErrors.import_preview_stale);
      assertVersion(change.version, before.version);
      const after = await repository.updateActivity(tx, change.id, change.changes);
      await recordAudit(tx, context, {
        action: 'activity.update',
        entityType: 'activity',
        entityId: change.id,
        before: snapshotOf(before),
        after: snapshotOf(after),
      });
    }
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
