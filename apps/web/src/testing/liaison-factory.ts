/** A unit and its liaison officers as the API presents them, for component tests (with overrides). */
import type { LiaisonOfficer, UnitDetail } from '@bia/contracts';

/** A district office, with no officer named yet, that the viewer may edit. */
export function buildUnitDetail(overrides: Partial<UnitDetail> = {}): UnitDetail {
  return {
    code: '1004',
    kind: 'district',
    nameTh: 'เขตบางรัก',
    nameEn: null,
    parentCode: null,
    liaisonCount: 0,
    isCoveredBySampleOnly: false,
    nameThSource: null,
    nameEnSource: null,
    sourceNotes: null,
    notes: null,
    version: 1,
    updatedAt: '2026-01-05T03:00:00.000Z',
    officers: [],
    canEditLiaison: true,
    canEditUnit: true,
    ...overrides,
  };
}

/** A liaison officer of that district office. */
export function buildLiaisonOfficer(overrides: Partial<LiaisonOfficer> = {}): LiaisonOfficer {
  return {
    id: '9a1c3e5f-7b2d-4f6a-8c0e-1d3f5b7a9c2e',
    unitCode: '1004',
    fullName: 'สมศรี ใจดี',
    position: null,
    email: null,
    phone: null,
    languages: [],
    since: null,
    isSample: false,
    version: 1,
    updatedAt: '2026-01-05T03:00:00.000Z',
    ...overrides,
  };
}
