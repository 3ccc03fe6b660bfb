import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@bia/contracts';
import type { Actor } from '../../shared/actor.ts';
import {
  canEditLiaisonOf,
  canEditUnit,
  coverageOf,
  duplicateProblems,
  isCoveredBySampleOnly,
  matchesCoverage,
  nextNameEnSource,
  normalizeFullName,
  shareCovered,
} from './liaison.policy.ts';

function buildActor(role: Role, scopeId: string | null = null): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: 'someone@test.bia.invalid',
    displayName: 'Someone',
    locale: 'th',
    grants: [{ role, scopeType: scopeId ? 'unit' : null, scopeId }],
    permissions: new Set(permissionsOf([role])),
    sessionId: 'session',
    csrfToken: 'csrf',
  };
}

function buildUnit(
  overrides: Partial<{
    kind: 'department' | 'office' | 'district';
    liaisonCount: number;
    sampleCount: number;
  }> = {},
) {
  return { kind: 'district' as const, liaisonCount: 0, sampleCount: 0, ...overrides };
}

describe('who may edit liaison officers', () => {
  it.each([
    { who: 'an admin', role: 'admin', scopeId: null, unit: '1002', may: true },
    { who: 'an IAO officer', role: 'iao_officer', scopeId: null, unit: '1002', may: true },
    { who: 'the liaison officer of 1001', role: 'liaison_officer', scopeId: '1001', unit: '1001', may: true },
    {
      who: 'the liaison officer of 1001',
      role: 'liaison_officer',
      scopeId: '1001',
      unit: '1002',
      may: false,
    },
    { who: 'an executive', role: 'executive', scopeId: null, unit: '1001', may: false },
    { who: 'a strategy officer', role: 'strategy_officer', scopeId: null, unit: '1001', may: false },
    {
      who: 'a social development officer',
      role: 'social_development_officer',
      scopeId: null,
      unit: '1001',
      may: false,
    },
    { who: 'a partner buyer', role: 'partner_buyer', scopeId: null, unit: '1001', may: false },
  ] as const)('$who may edit the liaison officers of unit $unit: $may', ({ role, scopeId, unit, may }) => {
    expect(canEditLiaisonOf(buildActor(role, scopeId), unit)).toBe(may);
  });

  it('nobody signed out may edit', () => {
    expect(canEditLiaisonOf(null, '1001')).toBe(false);
    expect(canEditUnit(null)).toBe(false);
  });

  it('only admins and IAO officers may edit a unit record', () => {
    expect(canEditUnit(buildActor('admin'))).toBe(true);
    expect(canEditUnit(buildActor('iao_officer'))).toBe(true);
    expect(canEditUnit(buildActor('liaison_officer', '1001'))).toBe(false);
    expect(canEditUnit(buildActor('executive'))).toBe(false);
  });
});

describe('duplicate liaison officers', () => {
  const existing = [
    { id: 'a', fullName: 'Somchai  Jaidee', email: 'Somchai@bangkok.go.th' },
    { id: 'b', fullName: 'สมหญิง ใจดี', email: null },
  ];

  it('a name repeated in another letter case or spacing is a duplicate of the full name', () => {
    expect(duplicateProblems({ id: null, fullName: ' somchai jaidee ', email: null }, existing)).toEqual([
      { path: 'fullName', code: 'duplicate', messageKey: 'liaison:errors.duplicate_name' },
    ]);
  });

  it('an e-mail repeated in another letter case is a duplicate of the e-mail', () => {
    expect(
      duplicateProblems({ id: null, fullName: 'Somsak', email: 'somchai@BANGKOK.go.th' }, existing),
    ).toEqual([{ path: 'email', code: 'duplicate', messageKey: 'liaison:errors.duplicate_email' }]);
  });

  it('an officer is not a duplicate of themselves', () => {
    expect(
      duplicateProblems({ id: 'a', fullName: 'Somchai Jaidee', email: 'somchai@bangkok.go.th' }, existing),
    ).toEqual([]);
  });

  it('two officers without an e-mail are not duplicates for that reason', () => {
    expect(duplicateProblems({ id: null, fullName: 'Somsak', email: null }, existing)).toEqual([]);
  });

  it('stores a full name trimmed with single spaces', () => {
    expect(normalizeFullName('  สมชาย   ใจดี ')).toBe('สมชาย ใจดี');
  });
});

describe('coverage', () => {
  it('counts a unit as covered when it names anyone, sample records included', () => {
    const figures = coverageOf([
      buildUnit({ kind: 'department', liaisonCount: 2, sampleCount: 0 }),
      buildUnit({ kind: 'district', liaisonCount: 1, sampleCount: 1 }),
      buildUnit({ kind: 'district' }),
      buildUnit({ kind: 'office' }),
    ]);
    expect(figures.totals).toEqual({ units: 4, covered: 2, uncovered: 2, coveredBySampleOnly: 1 });
    expect(figures.byKind).toEqual([
      { kind: 'department', units: 1, covered: 1 },
      { kind: 'office', units: 1, covered: 0 },
      { kind: 'district', units: 2, covered: 1 },
    ]);
    expect(figures.covered).toHaveLength(2);
    expect(figures.uncovered).toHaveLength(2);
  });

  it('a unit with one real and one sample officer is not covered by samples only', () => {
    expect(isCoveredBySampleOnly({ liaisonCount: 2, sampleCount: 1 })).toBe(false);
    expect(isCoveredBySampleOnly({ liaisonCount: 1, sampleCount: 1 })).toBe(true);
    expect(isCoveredBySampleOnly({ liaisonCount: 0, sampleCount: 0 })).toBe(false);
  });

  it('filters units by coverage', () => {
    const covered = buildUnit({ liaisonCount: 1 });
    const uncovered = buildUnit();
    expect([covered, uncovered].filter((unit) => matchesCoverage(unit, 'covered'))).toEqual([covered]);
    expect([covered, uncovered].filter((unit) => matchesCoverage(unit, 'uncovered'))).toEqual([uncovered]);
    expect([covered, uncovered].filter((unit) => matchesCoverage(unit, 'all'))).toHaveLength(2);
  });

  it('the share covered of no units is zero, not a division by zero', () => {
    expect(shareCovered({ units: 0, covered: 0 })).toBe(0);
    expect(shareCovered({ units: 77, covered: 7 })).toBeCloseTo(7 / 77);
  });
});

describe("the source of a unit's English name", () => {
  const stored = { nameEn: 'Bang Rak', nameEnSource: 'DOPA geocodes' };

  it('stays when the name stays', () => {
    expect(nextNameEnSource(stored, { nameEn: 'Bang Rak' })).toBe('DOPA geocodes');
    expect(nextNameEnSource(stored, {})).toBe('DOPA geocodes');
  });

  it('is cleared when the name changes without a new source', () => {
    expect(nextNameEnSource(stored, { nameEn: 'Bangrak' })).toBeNull();
  });

  it('is the one sent when one is sent', () => {
    expect(nextNameEnSource(stored, { nameEn: 'Bangrak', nameEnSource: 'District office sign' })).toBe(
      'District office sign',
    );
    expect(nextNameEnSource(stored, { nameEnSource: null })).toBeNull();
  });
});
