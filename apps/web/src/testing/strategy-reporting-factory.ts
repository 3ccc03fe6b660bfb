/**
 * The plan's progress rounds as the reporting pages read them, for component tests: a round, a round
 * item with its units' reports, the items a unit must report, and who is signed in (with their roles'
 * scopes, which decide the units they report for). Everything in Thai; overrides say what differs.
 */
import type {
  Permission,
  Role,
  SessionInfo,
  StrategyItemDetail,
  StrategyRoundSummary,
  StrategySubmission,
} from '@bia/contracts';
import type { ApiAnswer } from '../lib/api-client.ts';

type MyItem = ApiAnswer<'/api/strategy/my-items', 'get'>['items'][number];

export const ROUND_ID = '7c0d3e1a-2b4f-4a6c-8d9e-0f1a2b3c4d5e';
export const KPI_ITEM_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const IAO = { code: '04160000', name: 'สำนักงานการต่างประเทศ' };
export const SOCIAL = { code: '24000000', name: 'สำนักพัฒนาสังคม' };
export const CULTURE = { code: '25000000', name: 'สำนักวัฒนธรรม กีฬาและการท่องเที่ยว' };

export function buildRound(overrides: Partial<StrategyRoundSummary> = {}): StrategyRoundSummary {
  return {
    id: ROUND_ID,
    fiscalYear: 2570,
    kind: 'six_month',
    periodStart: '2026-10-01',
    periodEnd: '2027-03-31',
    deadline: '2027-04-30',
    status: 'open',
    planVersion: 1,
    itemCount: 40,
    acceptedCount: 3,
    lateCount: 0,
    statusCounts: { not_started: 30, draft: 4, submitted: 3, returned: 0, accepted: 3 },
    daysLeft: 12,
    approvedAt: null,
    version: 1,
    ...overrides,
  };
}

export function buildSubmission(overrides: Partial<StrategySubmission> = {}): StrategySubmission {
  return {
    id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
    unit: IAO,
    role: 'lead',
    status: 'draft',
    levelReached: null,
    value: null,
    narrative: '',
    projectStatus: null,
    progressPercent: null,
    budgetPlanned: null,
    budgetSpent: null,
    milestones: [],
    evidenceLinks: [],
    isAmendment: false,
    submittedAt: null,
    submittedBy: null,
    version: 1,
    reviews: [],
    computedValue: null,
    isOverride: false,
    overrideReason: null,
    files: [],
    ...overrides,
  };
}

/** KPI 1.1.1 (a five-level rubric) of an open round, led by the IAO, supported by Social Development. */
export function buildItemDetail(overrides: Partial<StrategyItemDetail> = {}): StrategyItemDetail {
  const round = overrides.round ?? buildRound();
  return {
    round,
    item: {
      id: KPI_ITEM_ID,
      roundId: round.id,
      kind: 'kpi',
      code: '1.1.1',
      name: {
        text: 'ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
        lang: 'th',
        isTranslation: false,
      },
      leadUnit: IAO,
      supportingUnits: [SOCIAL],
      status: 'not_started',
      isLate: false,
      contributionCount: 0,
      hasAmendment: false,
      version: 1,
    },
    measure: { kind: 'rubric', levels: 5 },
    computed: null,
    submissions: [],
    ...overrides,
  };
}

let itemNumber = 0;

/** An item of the open round a unit must report (its lead's unless said), not begun. */
export function buildMyItem(overrides: Partial<MyItem> = {}): MyItem {
  itemNumber += 1;
  const round = overrides.round ?? buildRound();
  return {
    id: `00000000-0000-4000-8000-${String(itemNumber).padStart(12, '0')}`,
    roundId: round.id,
    kind: 'kpi',
    code: '1.1.1',
    name: { text: 'ตัวชี้วัดทดสอบ', lang: 'th', isTranslation: false },
    leadUnit: CULTURE,
    supportingUnits: [],
    status: 'not_started',
    isLate: false,
    contributionCount: 0,
    hasAmendment: false,
    version: 1,
    round,
    unitCode: CULTURE.code,
    role: 'lead',
    submissionStatus: null,
    submissionVersion: null,
    ...overrides,
  };
}

/** Someone signed in with these roles (each with its scope) and permissions. */
export function buildReportingSession(
  roles: { role: Role; scopeType?: 'unit' | null; scopeId?: string | null }[],
  permissions: Permission[],
): SessionInfo {
  return {
    user: {
      id: '0d9b6f4e-1c1a-4c55-9a57-3f0f6c1c8a10',
      email: 'officer@test.bia.invalid',
      displayName: 'เจ้าหน้าที่ทดสอบ',
      locale: 'th',
      roles: roles.map((grant) => ({
        role: grant.role,
        scopeType: grant.scopeType ?? null,
        scopeId: grant.scopeId ?? null,
        scopeLabel: null,
      })),
      isSample: false,
    },
    permissions,
    csrfToken: 'csrf-token',
    isDemoMode: false,
  };
}

/** A liaison officer of a unit: reports for it, reads the plan. */
export const liaisonOfficerOf = (unitCode: string) =>
  buildReportingSession(
    [{ role: 'liaison_officer', scopeType: 'unit', scopeId: unitCode }],
    ['strategy:read', 'strategy:submit'],
  );

/** An officer of the IAO: reports for the IAO, and reviews the reports. */
export const iaoOfficer = () =>
  buildReportingSession([{ role: 'iao_officer' }], ['strategy:read', 'strategy:submit', 'strategy:rounds']);

/** The strategy officer: reviews, reports for no unit. */
export const strategyOfficer = () =>
  buildReportingSession([{ role: 'strategy_officer' }], ['strategy:read', 'strategy:rounds']);
