/**
 * The liaison directory's rules, as pure functions: who may change what, when two liaison officers
 * are the same person, what counts as a covered unit, and what happens to a name's source on edit.
 */
import { unitKinds, type UnitKind, type UpdateUnitInput } from '@bia/contracts';
import { can, scopesOf, type Actor } from '../../shared/actor.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';

/** Whether the viewer may change a unit's own record (its English name, notes). */
export function canEditUnit(actor: Actor | null): boolean {
  return can(actor, 'units:edit');
}

/**
 * Whether the viewer may add, change or remove a unit's liaison officers: anyone with
 * `liaison:manage` for every unit, else someone with `liaison:edit` for the units of their role.
 */
export function canEditLiaisonOf(actor: Actor | null, unitCode: string): boolean {
  if (!actor) return false;
  if (can(actor, 'liaison:manage')) return true;
  return can(actor, 'liaison:edit') && scopesOf(actor, 'unit').includes(unitCode);
}

export function assertCanEditLiaisonOf(actor: Actor, unitCode: string): void {
  if (!canEditLiaisonOf(actor, unitCode)) throw new AppError(commonErrors.forbidden);
}

/** A full name as stored: trimmed, with runs of spaces made one. */
export function normalizeFullName(fullName: string): string {
  return fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export interface OfficerIdentity {
  id: string | null;
  fullName: string;
  email: string | null;
}

/**
 * The fields on which a liaison officer repeats another of the same unit: the same full name
 * (ignoring case and spacing) or the same e-mail address (ignoring case). Empty when none.
 */
export function duplicateProblems(
  candidate: OfficerIdentity,
  unitOfficers: OfficerIdentity[],
): FieldProblem[] {
  const others = unitOfficers.filter((officer) => officer.id !== candidate.id);
  const nameKey = normalizeFullName(candidate.fullName).toLowerCase();
  const emailKey = candidate.email?.trim().toLowerCase() ?? null;
  const problems: FieldProblem[] = [];
  if (others.some((officer) => normalizeFullName(officer.fullName).toLowerCase() === nameKey)) {
    problems.push({ path: 'fullName', code: 'duplicate', messageKey: 'liaison:errors.duplicate_name' });
  }
  if (emailKey && others.some((officer) => officer.email?.trim().toLowerCase() === emailKey)) {
    problems.push({ path: 'email', code: 'duplicate', messageKey: 'liaison:errors.duplicate_email' });
  }
  return problems;
}

/** How many liaison officers a unit has, and how many of them are sample records (demo mode). */
export interface OfficerCounts {
  liaisonCount: number;
  sampleCount: number;
}

/** A unit is covered when it names at least one liaison officer (seed 000); sample records count. */
export function isCovered(unit: OfficerCounts): boolean {
  return unit.liaisonCount > 0;
}

/** Covered, but only by sample records: the real unit still has nobody. */
export function isCoveredBySampleOnly(unit: OfficerCounts): boolean {
  return unit.liaisonCount > 0 && unit.sampleCount === unit.liaisonCount;
}

export type CoverageFilter = 'covered' | 'uncovered' | 'all';

export function matchesCoverage(unit: OfficerCounts, filter: CoverageFilter): boolean {
  if (filter === 'all') return true;
  return isCovered(unit) === (filter === 'covered');
}

export interface CoverageFigures<T> {
  totals: { units: number; covered: number; uncovered: number; coveredBySampleOnly: number };
  byKind: { kind: UnitKind; units: number; covered: number }[];
  covered: T[];
  uncovered: T[];
}

/** The coverage of the liaison network: overall, by kind of unit, and which units are (not) covered. */
export function coverageOf<T extends OfficerCounts & { kind: UnitKind }>(units: T[]): CoverageFigures<T> {
  const covered = units.filter(isCovered);
  return {
    totals: {
      units: units.length,
      covered: covered.length,
      uncovered: units.length - covered.length,
      coveredBySampleOnly: covered.filter(isCoveredBySampleOnly).length,
    },
    byKind: unitKinds.map((kind) => ({
      kind,
      units: units.filter((unit) => unit.kind === kind).length,
      covered: covered.filter((unit) => unit.kind === kind).length,
    })),
    covered,
    uncovered: units.filter((unit) => !isCovered(unit)),
  };
}

/** The share of units covered, from 0 to 1 (0 when there are no units). */
export function shareCovered(totals: { units: number; covered: number }): number {
  return totals.units === 0 ? 0 : totals.covered / totals.units;
}

/**
 * The source of a unit's English name after an edit: the one sent, else the stored one while the name
 * stays the same, else none (the old source no longer describes the new name).
 */
export function nextNameEnSource(
  stored: { nameEn: string | null; nameEnSource: string | null },
  input: Pick<UpdateUnitInput, 'nameEn' | 'nameEnSource'>,
): string | null {
  if (input.nameEnSource !== undefined) return input.nameEnSource || null;
  if (input.nameEn === undefined || input.nameEn === stored.nameEn) return stored.nameEnSource;
  return null;
}
