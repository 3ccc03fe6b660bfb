/** Shapes units, liaison officers and coverage for the API; lists come in the directory's order. */
import {
  unitKinds,
  type Coverage,
  type LiaisonOfficer,
  type UnitDetail,
  type UnitSummary,
} from '@bia/contracts';
import type { Actor } from '../../shared/actor.ts';
import {
  canEditLiaisonOf,
  canEditUnit,
  isCoveredBySampleOnly,
  type CoverageFigures,
} from './liaison.policy.ts';
import type { OfficerRow, UnitRow, UnitWithCounts } from './liaison.repository.ts';

/** Thai names sort by the Thai dictionary order; the database's collation (C) does not know it. */
const thaiCollator = new Intl.Collator('th');

/** Names (of units or people) in Thai dictionary order. */
export function compareThai(a: string, b: string): number {
  return thaiCollator.compare(a, b);
}

/** Departments, then offices, then districts; within each, by Thai name. */
export function compareUnits(
  a: Pick<UnitRow, 'kind' | 'nameTh' | 'code'>,
  b: Pick<UnitRow, 'kind' | 'nameTh' | 'code'>,
): number {
  return (
    unitKinds.indexOf(a.kind) - unitKinds.indexOf(b.kind) ||
    thaiCollator.compare(a.nameTh, b.nameTh) ||
    a.code.localeCompare(b.code)
  );
}

export function sortUnits<T extends Pick<UnitRow, 'kind' | 'nameTh' | 'code'>>(rows: T[]): T[] {
  return [...rows].sort(compareUnits);
}

export function presentUnitSummary(row: UnitWithCounts): UnitSummary {
  return {
    code: row.code,
    kind: row.kind,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    parentCode: row.parentCode,
    liaisonCount: row.liaisonCount,
    isCoveredBySampleOnly: isCoveredBySampleOnly(row),
  };
}

export function presentUnitList(rows: UnitWithCounts[]): { items: UnitSummary[] } {
  return { items: sortUnits(rows).map(presentUnitSummary) };
}

export function presentOfficer(row: OfficerRow): LiaisonOfficer {
  return {
    id: row.id,
    unitCode: row.unitCode,
    fullName: row.fullName,
    position: row.position,
    email: row.email,
    phone: row.phone,
    languages: row.languages,
    since: row.since,
    isSample: row.isSample,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A unit with its liaison officers (by Thai name), and what the viewer may change. */
export function presentUnitDetail(unit: UnitRow, officers: OfficerRow[], viewer: Actor | null): UnitDetail {
  const counts = {
    liaisonCount: officers.length,
    sampleCount: officers.filter((officer) => officer.isSample).length,
  };
  return {
    ...presentUnitSummary({ ...unit, ...counts }),
    nameThSource: unit.nameThSource,
    nameEnSource: unit.nameEnSource,
    sourceNotes: unit.sourceNotes,
    notes: unit.notes,
    version: unit.version,
    updatedAt: unit.updatedAt.toISOString(),
    officers: [...officers]
      .sort((a, b) => thaiCollator.compare(a.fullName, b.fullName) || a.id.localeCompare(b.id))
      .map(presentOfficer),
    canEditLiaison: canEditLiaisonOf(viewer, unit.code),
    canEditUnit: canEditUnit(viewer),
  };
}

export function presentCoverage(figures: CoverageFigures<UnitWithCounts>): Coverage {
  return {
    totals: figures.totals,
    byKind: figures.byKind,
    covered: sortUnits(figures.covered).map(presentUnitSummary),
    uncovered: sortUnits(figures.uncovered).map(presentUnitSummary),
  };
}
