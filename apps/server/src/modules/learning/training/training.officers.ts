/**
 * The officers counted for KPI 3.2.1 (decision 0058): each IR officer of the IAO (an active account
 * holding `iao_officer`), each liaison officer of the unit directory, and each active account holding
 * `liaison_officer` for a unit. A liaison officer whose e-mail is an active account's is that
 * account's person; one without is their directory row. A person's id is their account's id, or their
 * directory row's id when they have no account.
 */
import type { TrainingOfficer, TrainingOfficerKind } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import {
  activeHoldersOfRole,
  activeScopedHoldersOfRole,
  activeUsersByEmails,
  type PersonRead,
} from '../../identity/index.ts';
import {
  listLiaisonOfficersWithUnits,
  unitNamesByCode,
  type LiaisonOfficerRead,
} from '../../liaison/index.ts';
import type { RecordOwners } from './training.repository.ts';

/** A person counted, with what their records are kept under. */
export interface CountedOfficer extends TrainingOfficer {
  userId: string | null;
  liaisonOfficerIds: string[];
}

/** A liaison officer's account with the unit its grant names. */
export interface LiaisonAccount extends PersonRead {
  unit: { code: string; nameTh: string; nameEn: string | null } | null;
}

/**
 * Merges the IAO's officers, the directory's liaison officers and the liaison officers' accounts into
 * people, each once, by name.
 */
export function officersOf(
  iaoOfficers: readonly PersonRead[],
  liaisonOfficers: readonly LiaisonOfficerRead[],
  accountsByEmail: ReadonlyMap<string, PersonRead>,
  liaisonAccounts: readonly LiaisonAccount[] = [],
): CountedOfficer[] {
  const people = new Map<string, CountedOfficer>();
  const addKind = (person: CountedOfficer, kind: TrainingOfficerKind) => {
    if (!person.kinds.includes(kind)) person.kinds.push(kind);
  };
  for (const account of iaoOfficers) {
    people.set(account.userId, {
      id: account.userId,
      name: account.displayName,
      kinds: ['iao_officer'],
      unit: null,
      hasAccount: true,
      isSample: false,
      userId: account.userId,
      liaisonOfficerIds: [],
    });
  }
  for (const row of liaisonOfficers) {
    const account = row.email ? accountsByEmail.get(row.email.toLowerCase()) : undefined;
    const id = account?.userId ?? row.id;
    const unit = { code: row.unitCode, nameTh: row.unitNameTh, nameEn: row.unitNameEn };
    const person = people.get(id) ?? {
      id,
      name: row.fullName,
      kinds: [],
      unit,
      hasAccount: account !== undefined,
      isSample: row.isSample,
      userId: account?.userId ?? null,
      liaisonOfficerIds: [],
    };
    addKind(person, 'liaison_officer');
    person.unit ??= unit;
    person.isSample &&= row.isSample;
    person.liaisonOfficerIds.push(row.id);
    people.set(id, person);
  }
  // An account acting as a unit's liaison officer is one, listed in the directory or not.
  for (const account of liaisonAccounts) {
    const person = people.get(account.userId) ?? {
      id: account.userId,
      name: account.displayName,
      kinds: [],
      unit: account.unit,
      hasAccount: true,
      isSample: false,
      userId: account.userId,
      liaisonOfficerIds: [],
    };
    addKind(person, 'liaison_officer');
    person.unit ??= account.unit;
    people.set(account.userId, person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'th'));
}

/** What a person's records are kept under. */
export function ownersOf(officer: Pick<CountedOfficer, 'userId' | 'liaisonOfficerIds'>): RecordOwners {
  return { userIds: officer.userId ? [officer.userId] : [], liaisonOfficerIds: officer.liaisonOfficerIds };
}

/** Reads the officers counted now. */
export async function countedOfficers(db: Db): Promise<CountedOfficer[]> {
  const [iao, liaison, liaisonHolders] = await Promise.all([
    activeHoldersOfRole(db, 'iao_officer'),
    listLiaisonOfficersWithUnits(db),
    activeScopedHoldersOfRole(db, 'liaison_officer'),
  ]);
  const emails = liaison.flatMap((row) => (row.email ? [row.email] : []));
  const accounts = await activeUsersByEmails(db, emails);
  const unitNames = await unitNamesByCode(
    db,
    liaisonHolders.flatMap((holder) => (holder.scopeId ? [holder.scopeId] : [])),
  );
  const liaisonAccounts = liaisonHolders.map((holder) => {
    const names = holder.scopeId ? unitNames.get(holder.scopeId) : undefined;
    return { ...holder, unit: holder.scopeId && names ? { code: holder.scopeId, ...names } : null };
  });
  return officersOf(
    iao,
    liaison,
    new Map(accounts.map((account) => [account.email.toLowerCase(), account])),
    liaisonAccounts,
  );
}

/** Drops what the API does not show of a person. */
export function asOfficer({
  userId: _userId,
  liaisonOfficerIds: _ids,
  ...officer
}: CountedOfficer): TrainingOfficer {
  return officer;
}
