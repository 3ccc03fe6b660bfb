/**
 * How an import row finds what it stands for in the registry: the registry as read once for a plan,
 * the partner a row names, and the agreement or activity a row without an import key matches. Also
 * what a plan writes (`ImportWrite`) and the small pieces the plans of every kind share.
 */
import type { MessageKey } from '../../shared/errors.ts';
import {
  createRow,
  duplicateInFile,
  rejectRow,
  rowStart,
  updateRow,
  type ImportRow,
  type PlannedRow as GenericPlannedRow,
  type RowProblem,
  type SeenRows,
} from '../../shared/spreadsheet-import.ts';
import type {
  ActivityRow,
  AgreementRow,
  NewActivity,
  NewAgreement,
  NewPartner,
  PartnerRow,
} from './partners.repository.ts';

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
export type PlannedRow = GenericPlannedRow<ImportWrite>;
export const planCreate = createRow<ImportWrite>;
export const reject = rejectRow<ImportWrite>;
export const planUpdate = updateRow<ImportWrite>;

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

export function nameKey(nameTh: string, countryCode: string | null): string {
  return `${nameTh.trim().toLocaleLowerCase()}|${countryCode ?? ''}`;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function unknownCodeProblems(
  codes: readonly string[] | undefined,
  known: ReadonlySet<string>,
  column: string,
  messageKey: MessageKey,
): RowProblem[] {
  return (codes ?? [])
    .filter((code) => !known.has(code))
    .map((code) => ({ column, code: 'unknown', messageKey, params: { code } }));
}

/** The cooperation fields of an agreement or activity row that the registry does not know. */
export function unknownFieldProblems(
  codes: readonly string[] | undefined,
  snapshot: RegistrySnapshot,
): RowProblem[] {
  return unknownCodeProblems(
    codes,
    snapshot.fieldCodes,
    'fields',
    'partners:errors.unknown_cooperation_field',
  );
}

export class PartnerDirectory {
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

export function signedYearOf(signedOn: string | null | undefined): number | null {
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

export function normalizedTitle(title: string): string {
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

export const ambiguous: RowProblem = {
  column: null,
  code: 'ambiguous',
  messageKey: 'partners:errors.import_row_ambiguous',
};
export const keyOfOtherPartner: RowProblem = {
  column: 'import_key',
  code: 'key_other_partner',
  messageKey: 'partners:errors.import_row_key_other_partner',
};

export function partnerLabel(partner: PartnerRow | undefined, row: ImportRow): string | null {
  return (
    partner?.nameTh ??
    partner?.nameEn ??
    row.cells.get('partner_name_th') ??
    row.cells.get('partner_import_key') ??
    null
  );
}

/** What every agreement or activity row starts with: its import key, the partner it names, its label. */
export function childRowStart(row: ImportRow, directory: PartnerDirectory) {
  const { key, problems } = rowStart(row);
  const reference = directory.referencedBy(row);
  const partner = 'partner' in reference ? reference.partner : undefined;
  if ('problem' in reference) problems.push(reference.problem);
  const label = row.cells.get('title') ?? partnerLabel(partner, row);
  return { problems, key, partner, label };
}

/**
 * Why a row is refused when it stands for what an earlier row of the file does (the same natural
 * identity, import key or record), or undefined; remembers the row's identities otherwise.
 */
export function repeatedRow(
  seen: SeenRows,
  row: ImportRow,
  naturalIdentity: string,
  key: string | null,
  target: { id: string } | undefined,
): RowProblem | undefined {
  const identities = [
    naturalIdentity,
    ...(key ? [`key:${key}`] : []),
    ...(target ? [`id:${target.id}`] : []),
  ];
  const earlier = seen.repeats(identities, row.row);
  return earlier === undefined ? undefined : duplicateInFile(earlier);
}
