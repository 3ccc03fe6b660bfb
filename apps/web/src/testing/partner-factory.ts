/** A partner and what is recorded under it, as the API presents them, for component tests (with overrides). */
import type {
  Activity,
  Agreement,
  PartnerContact,
  PartnerDetail,
  PartnerReference,
  PartnerSession,
} from '@bia/contracts';

/** A partner as the API presents it: a sister city. */
export function buildPartnerDetail(overrides: Partial<PartnerDetail> = {}): PartnerDetail {
  return {
    id: '0b7d4a1e-3c5f-4b8e-9a2d-6f1e2c3d4a5b',
    kind: 'sister_city',
    nameTh: 'เวลลิงตัน',
    nameEn: 'Wellington',
    nameLocal: null,
    acronym: null,
    countryCode: 'NZ',
    regionCode: null,
    isAsean: false,
    timeZone: 'Pacific/Auckland',
    latitude: -41.2866,
    longitude: 174.7756,
    verification: 'bma',
    status: 'active',
    lastActivityOn: null,
    sinceYear: null,
    agreementTypes: [],
    agreementCount: 0,
    activityCount: 0,
    isSample: false,
    archived: false,
    nameThSource: null,
    nameLocalLang: null,
    positionSource: null,
    website: null,
    verificationNote: null,
    sources: [],
    sourceNotes: null,
    membershipStatus: null,
    memberSinceYear: null,
    notes: null,
    version: 1,
    createdAt: '2026-01-05T03:00:00.000Z',
    updatedAt: '2026-01-05T03:00:00.000Z',
    agreements: [],
    activities: [],
    sessions: [],
    contacts: [],
    documents: [],
    can: { edit: true, recordActivity: true, readAudit: true, openSessions: true },
    ...overrides,
  };
}

/** The partners' reference data, cut to what a form needs: Oceania with New Zealand. */
export function buildPartnerReference(overrides: Partial<PartnerReference> = {}): PartnerReference {
  return {
    regions: [],
    cooperationFields: [],
    countryRegions: { NZ: 'oceania' },
    aseanCountries: [],
    dormantAfterMonths: 24,
    ...overrides,
  };
}

/** An agreement as the API presents it: a sister-city agreement signed on a known day. */
export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: '5c2a9e4b-7d1f-4a3c-8b6e-2f9d1c0a7e3b',
    type: 'sister_city_agreement',
    title: null,
    signedOn: '2025-03-14',
    signedYear: 2025,
    termYears: null,
    expiresOn: null,
    renewalOn: null,
    signatories: null,
    fields: [],
    fieldsNote: null,
    verification: 'bma',
    sources: [],
    notes: null,
    isSample: false,
    version: 1,
    ...overrides,
  };
}

/** An activity as the API presents it: a delegation's visit to Bangkok. */
export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: '3d5f7a9c-1b2e-4d6f-8a0c-2e4f6a8c0b1d',
    kind: 'visit_to_bangkok',
    title: 'คณะผู้แทนเยือนกรุงเทพฯ',
    startsOn: '2025-06-02',
    endsOn: null,
    fields: [],
    unitCodes: [],
    participants: null,
    outcome: null,
    engagementAreas: [],
    isContinuing: false,
    bmaRole: null,
    isSample: false,
    version: 1,
    ...overrides,
  };
}

/** A trade programme session of the partner as its page lists it: held, its title in Thai. */
export function buildPartnerSession(overrides: Partial<PartnerSession> = {}): PartnerSession {
  return {
    id: '9a1c3e5b-7d2f-4e6a-8c0b-4d6f8a0c2e4f',
    title: { text: 'จับคู่ธุรกิจ Bangkok Brand กับผู้ซื้อเวลลิงตัน', lang: 'th', isFallback: false },
    startsAt: '2025-06-10T06:00:00.000Z',
    startsOn: '2025-06-10',
    status: 'held',
    fiscalYear: 2568,
    ...overrides,
  };
}

/** A contact as the API presents it: someone at the partner's international office. */
export function buildContact(overrides: Partial<PartnerContact> = {}): PartnerContact {
  return {
    id: '7e1b3c5d-2a4f-4c6e-9b8d-1f3a5c7e9b2d',
    fullName: 'Jane Smith',
    role: null,
    organisation: null,
    email: null,
    phone: null,
    languages: [],
    notes: null,
    version: 1,
    ...overrides,
  };
}
