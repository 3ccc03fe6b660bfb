/** A year's programme, its cities and its sessions as the API presents them, for component tests (with overrides). */
import type {
  Candidate,
  CityTime,
  OwnSession,
  ProgrammeCity,
  ProgrammeDetail,
  SessionDetail,
} from '@bia/contracts';

/** FY2570 (October 2026 – September 2027), three sessions planned, nothing done yet, managed by the viewer. */
export function buildProgrammeDetail(overrides: Partial<ProgrammeDetail> = {}): ProgrammeDetail {
  return {
    id: '8d3f1a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
    fiscalYear: 2570,
    startDate: '2026-10-01',
    endDate: '2027-09-30',
    plannedSessions: 3,
    entrepreneursPerSession: 3,
    kpis: { sessionsPlanned: 3, sessionsHeld: 0, reportsDelivered: 0, overdueSteps: 0 },
    notes: null,
    today: '2026-12-07',
    steps: [],
    workingGroup: [],
    canManage: true,
    version: 1,
    updatedAt: '2026-10-01T03:00:00.000Z',
    ...overrides,
  };
}

const seoul = {
  id: '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e',
  nameTh: 'กรุงโซล',
  nameEn: 'Seoul',
  countryCode: 'KR',
  timeZone: 'Asia/Seoul',
};

/** Seoul as a candidate city, ranked on its trade agreement alone. */
export function buildCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    partner: seoul,
    score: 40,
    parts: { tradeFields: 40, activity: 0, pastProgrammes: 0, timeZone: 0 },
    reasons: [{ code: 'trade_fields', fields: ['trade'] }],
    isChosen: false,
    ...overrides,
  };
}

/** Seoul chosen for the year, its letter not sent yet, with a contact to address it to. */
export function buildProgrammeCity(overrides: Partial<ProgrammeCity> = {}): ProgrammeCity {
  return {
    id: '7a9c1e3b-5d7f-4a2c-8e4b-6d8f0a2c4e6b',
    partner: seoul,
    scoreWhenChosen: 40,
    replyStatus: 'not_sent',
    letterReference: null,
    letterSentOn: null,
    replyDueOn: null,
    repliedOn: null,
    isReplyOverdue: false,
    hasContact: true,
    interestCategories: [],
    interestHsChapters: [],
    note: null,
    version: 1,
    updatedAt: '2026-12-07T03:00:00.000Z',
    ...overrides,
  };
}

export const SESSION_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

/** Tuesday 15 December 2026, 13:00–15:00 in Bangkok, as each side's clock shows it. */
const seoulSessionTimes: CityTime[] = [
  {
    partnerId: null,
    timeZone: 'Asia/Bangkok',
    localStart: '2026-12-15T13:00:00+07:00',
    localEnd: '2026-12-15T15:00:00+07:00',
    offsetMinutes: 420,
    isDaylightSaving: false,
  },
  {
    partnerId: seoul.id,
    timeZone: 'Asia/Seoul',
    localStart: '2026-12-15T15:00:00+09:00',
    localEnd: '2026-12-15T17:00:00+09:00',
    offsetMinutes: 540,
    isDaylightSaving: false,
  },
];

/** A planned session with Seoul on Tuesday 15 December 2026, 13:00–15:00 Bangkok, managed by the viewer. */
export function buildSessionDetail(overrides: Partial<SessionDetail> = {}): SessionDetail {
  return {
    id: SESSION_ID,
    fiscalYear: 2570,
    round: 1,
    title: 'Bangkok Brand × ผู้ซื้อกรุงโซล',
    titleTranslations: {},
    startsAt: '2026-12-15T06:00:00.000Z',
    endsAt: '2026-12-15T08:00:00.000Z',
    status: 'planned',
    format: 'bilateral',
    cities: [seoul],
    connectionTestResult: 'not_tested',
    meetingUrl: null,
    times: seoulSessionTimes,
    problems: [],
    scheduleOverrideReason: null,
    connectionTestAt: null,
    connectionTestNote: null,
    agenda: [
      { kind: 'introductions', title: null, minutes: 15 },
      { kind: 'presentations', title: null, minutes: 60 },
      { kind: 'buyer_questions', title: null, minutes: 30 },
      { kind: 'summary', title: null, minutes: 15 },
    ],
    agendaMinutes: 120,
    sessionMinutes: 120,
    canManage: true,
    canChooseBusinesses: true,
    canInvite: true,
    canReadRecord: true,
    version: 4,
    updatedAt: '2026-12-07T03:00:00.000Z',
    ...overrides,
  };
}

/** The same session as one of a Seoul coordinator's own, its title in Thai. */
export function buildOwnSession(overrides: Partial<OwnSession> = {}): OwnSession {
  return {
    id: SESSION_ID,
    fiscalYear: 2570,
    title: { text: 'Bangkok Brand × ผู้ซื้อกรุงโซล', lang: 'th', isFallback: false },
    startsAt: '2026-12-15T06:00:00.000Z',
    endsAt: '2026-12-15T08:00:00.000Z',
    status: 'planned',
    format: 'bilateral',
    cities: [seoul],
    times: seoulSessionTimes,
    ownPartnerId: seoul.id,
    relations: ['coordinator'],
    canOpenSessionPage: true,
    ...overrides,
  };
}
