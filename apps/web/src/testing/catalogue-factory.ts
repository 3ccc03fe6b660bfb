/** Catalogue records as the API answers them, for component tests: each test says what differs. */
import type { EntrepreneurDetail } from '@bia/contracts';

/** A business as a Social Development officer sees it: no consent recorded yet. */
export function buildBusiness(overrides: Partial<EntrepreneurDetail> = {}): EntrepreneurDetail {
  return {
    id: '6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a',
    name: { th: 'ผ้าไหมบางรัก', en: 'Bang Rak Silk', ja: null, ko: null, zh: null },
    legalForm: 'individual',
    districtCode: '1004',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'not_ready',
    productCount: 0,
    listedProductCount: 0,
    isSample: false,
    archivedAt: null,
    ownerName: 'สมศรี ใจดี',
    registrationNumber: null,
    address: null,
    email: 'somsri@example.org',
    phone: null,
    website: null,
    lineId: null,
    contactsHidden: false,
    productionCapacity: null,
    consent: { state: 'none', givenAt: null, method: null, recordedBy: null, withdrawnAt: null },
    archiveReason: null,
    version: 4,
    createdAt: '2026-01-05T03:00:00.000Z',
    updatedAt: '2026-01-05T03:00:00.000Z',
    products: [],
    can: { edit: true, manage: true },
    ...overrides,
  };
}
