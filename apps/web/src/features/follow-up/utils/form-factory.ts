/**
 * A business's follow-up form as the API answers it, for the feature's component tests: a chili
 * kitchen of Bangkok that presented to Seoul's buyers, with one deal on record, in the round of
 * October 2026 – March 2027.
 */
import type { FollowUpFigures, FollowUpForm, FollowUpRoundDetail } from '@bia/contracts';

export const ROUND_ID = '3c1d2e4f-0000-4000-8000-000000000001';
export const BUSINESS_ID = '5a3d0b1e-0000-4000-8000-000000000001';
export const SEOUL_ID = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e';
export const FUKUOKA_ID = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5f';
export const DEAL_ID = '0d1e2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
export const PASTE_ID = '7b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e';
export const MANGO_ID = '7b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8f';
export const SESSION_ID = '1f2e3d4c-0000-4000-8000-000000000001';

export function buildFollowUpForm(overrides: Partial<FollowUpForm> = {}): FollowUpForm {
  return {
    round: {
      id: ROUND_ID,
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: '2027-04-26',
      status: 'open',
    },
    business: { id: BUSINESS_ID, name: 'ครัวน้ำพริกแม่ศรี' },
    answeringAs: 'link',
    answer: null,
    sessions: [
      {
        id: SESSION_ID,
        title: 'Bangkok Brand × ผู้ซื้อโซล',
        heldOn: '2026-12-14',
        cities: [{ id: SEOUL_ID, name: 'โซล' }],
      },
    ],
    interests: [
      {
        sessionId: SESSION_ID,
        buyerName: '김민지',
        buyerOrganisation: 'Seoul Food Trading',
        city: { id: SEOUL_ID, name: 'โซล' },
        product: { id: PASTE_ID, name: 'น้ำพริกเผา' },
        level: 'strong',
      },
    ],
    deals: [
      {
        id: DEAL_ID,
        buyerName: '김민지',
        buyerOrganisation: 'Seoul Food Trading',
        city: { id: SEOUL_ID, name: 'โซล' },
        stage: 'contact',
        lastEntryOn: '2026-12-14',
      },
    ],
    products: [
      { id: PASTE_ID, name: 'น้ำพริกเผา' },
      { id: MANGO_ID, name: 'มะม่วงอบแห้ง' },
    ],
    cities: [
      { id: FUKUOKA_ID, name: 'ฟุกุโอกะ' },
      { id: SEOUL_ID, name: 'โซล' },
    ],
    reported: [],
    ...overrides,
  };
}

const emptyFigures = {
  contacts: { total: 0, confirmed: 0, byCity: [] },
  orders: [],
  totals: { orderLines: 0, confirmedOrderLines: 0, valueBaht: 0, unconverted: [], businesses: 0 },
} satisfies FollowUpFigures;

export const TEA_ID = '5a3d0b1e-0000-4000-8000-000000000002';
export const RICE_ID = '5a3d0b1e-0000-4000-8000-000000000003';

/** A round live: the chili kitchen answered signed in, the tea house by its link, the rice mill not yet. */
export function buildRoundDetail(overrides: Partial<FollowUpRoundDetail> = {}): FollowUpRoundDetail {
  const figures: FollowUpFigures = {
    contacts: {
      total: 1,
      confirmed: 0,
      byCity: [{ city: { id: SEOUL_ID, name: 'โซล' }, count: 1, confirmed: 0 }],
    },
    orders: [
      {
        city: { id: SEOUL_ID, name: 'โซล' },
        product: { id: PASTE_ID, name: 'น้ำพริกเผา' },
        business: { id: BUSINESS_ID, name: 'ครัวน้ำพริกแม่ศรี' },
        unit: 'กระปุก',
        quantity: 120,
        lines: 1,
        confirmedLines: 0,
        valueBaht: 6900,
      },
    ],
    totals: { orderLines: 1, confirmedOrderLines: 0, valueBaht: 6900, unconverted: [], businesses: 2 },
  };
  return {
    id: ROUND_ID,
    periodStart: '2026-10-01',
    periodEnd: '2027-03-31',
    deadline: '2027-04-26',
    status: 'open',
    businessCount: 3,
    answeredCount: 2,
    reportedCount: 2,
    nothingNewCount: 0,
    openedAt: '2027-04-05T03:00:00.000Z',
    closedAt: null,
    version: 1,
    rates: [{ currency: 'JPY', bahtPerUnit: 0.23 }],
    businesses: [
      {
        business: { id: RICE_ID, name: 'โรงสีข้าวหอม' },
        answer: null,
        answeredAt: null,
        answeredAs: null,
        answeredBy: null,
        invitedAt: '2027-04-05T03:00:00.000Z',
        remindedWeekBeforeAt: '2027-04-19T02:00:00.000Z',
        remindedTwoDaysBeforeAt: null,
        entryCount: 0,
      },
      {
        business: { id: BUSINESS_ID, name: 'ครัวน้ำพริกแม่ศรี' },
        answer: 'reported',
        answeredAt: '2027-04-10T03:00:00.000Z',
        answeredAs: 'entrepreneur',
        answeredBy: 'ศรี ใจดี',
        invitedAt: '2027-04-05T03:00:00.000Z',
        remindedWeekBeforeAt: null,
        remindedTwoDaysBeforeAt: null,
        entryCount: 1,
      },
      {
        business: { id: TEA_ID, name: 'ชาไทยบ้านสวน' },
        answer: 'reported',
        answeredAt: '2027-04-20T03:00:00.000Z',
        answeredAs: 'link',
        answeredBy: null,
        invitedAt: '2027-04-05T03:00:00.000Z',
        remindedWeekBeforeAt: '2027-04-19T02:00:00.000Z',
        remindedTwoDaysBeforeAt: null,
        entryCount: 1,
      },
    ],
    figures: { current: figures, frozen: null, amendments: [] },
    canManage: true,
    ...overrides,
  };
}

export { emptyFigures };
