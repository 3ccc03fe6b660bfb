/**
 * A progress round of the strategic plan as the API answers it (Thai), for the rounds' page tests:
 * fiscal year 2570, six months, due 30 April 2570 with five days left; two strategies, three tactics,
 * five items in every state — 1.1.1 accepted, 1.1.2 returned, 1.1-P1 not started (late? no: before the
 * deadline), 2.1.1 submitted with an amendment, 2.1-P1 a draft — led by the IAO or Social Development.
 */
import type {
  StrategyRoundDetail,
  StrategyRoundItem,
  StrategyRoundSummary,
  PlanShownText,
} from '@bia/contracts';

export const STRATEGY_ROUND_ID = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const IAO = { code: '04160000', name: 'สำนักงานการต่างประเทศ' };
export const SOCIAL = { code: '24000000', name: 'สำนักพัฒนาสังคม' };

const thai = (text: string): PlanShownText => ({ text, lang: 'th', isTranslation: false });
const itemId = (index: number) => `0a1b2c3d-0000-4000-8000-00000000000${index}`;

export function buildRoundSummary(overrides: Partial<StrategyRoundSummary> = {}): StrategyRoundSummary {
  return {
    id: STRATEGY_ROUND_ID,
    fiscalYear: 2570,
    kind: 'six_month',
    periodStart: '2026-10-01',
    periodEnd: '2027-03-31',
    deadline: '2027-04-30',
    status: 'open',
    planVersion: 2,
    itemCount: 5,
    acceptedCount: 1,
    lateCount: 0,
    statusCounts: { not_started: 1, draft: 1, submitted: 1, returned: 1, accepted: 1 },
    daysLeft: 5,
    approvedAt: null,
    version: 3,
    ...overrides,
  };
}

export function buildRoundItem(
  index: number,
  overrides: Partial<StrategyRoundItem> & Pick<StrategyRoundItem, 'code' | 'name'>,
): StrategyRoundItem {
  return {
    id: itemId(index),
    roundId: STRATEGY_ROUND_ID,
    kind: overrides.code.includes('-P') ? 'project' : 'kpi',
    leadUnit: IAO,
    supportingUnits: [],
    status: 'not_started',
    isLate: false,
    contributionCount: 0,
    hasAmendment: false,
    version: 1,
    ...overrides,
  };
}

export function buildRoundDetail(overrides: Partial<StrategyRoundDetail> = {}): StrategyRoundDetail {
  return {
    round: buildRoundSummary(),
    items: [
      buildRoundItem(1, {
        code: '1.1.1',
        name: thai('ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ'),
        status: 'accepted',
        supportingUnits: [SOCIAL],
        contributionCount: 1,
      }),
      buildRoundItem(2, {
        code: '1.1.2',
        name: thai('จำนวนเมืองพี่เมืองน้องที่มีกิจกรรมร่วมกัน'),
        status: 'returned',
      }),
      buildRoundItem(3, {
        code: '1.1-P1',
        name: thai('โครงการจับคู่ธุรกิจกับเมืองพี่เมืองน้อง'),
        status: 'not_started',
      }),
      buildRoundItem(4, {
        code: '2.1.1',
        name: thai('ร้อยละของเครือข่ายที่มีการแลกเปลี่ยนความรู้'),
        leadUnit: SOCIAL,
        status: 'submitted',
        hasAmendment: true,
      }),
      buildRoundItem(5, {
        code: '2.1-P1',
        name: thai('โครงการแลกเปลี่ยนเรียนรู้กับเครือข่ายเมือง'),
        leadUnit: SOCIAL,
        status: 'draft',
      }),
    ],
    outline: [
      {
        number: 1,
        name: thai('การเชื่อมโยงวาระระดับโลกสู่การดำเนินการของเมือง'),
        tactics: [
          {
            code: '1.1',
            name: thai('ส่งเสริมความร่วมมือทางเศรษฐกิจ'),
            itemCodes: ['1.1.1', '1.1.2', '1.1-P1'],
          },
          { code: '1.2', name: thai('ส่งเสริมการท่องเที่ยว'), itemCodes: ['1.2.1'] },
        ],
      },
      {
        number: 2,
        name: thai('การพัฒนาเครือข่ายความร่วมมือ'),
        tactics: [{ code: '2.1', name: thai('แลกเปลี่ยนองค์ความรู้'), itemCodes: ['2.1.1', '2.1-P1'] }],
      },
    ],
    late: [],
    dueSoon: [
      {
        unit: IAO,
        itemCodes: ['1.1.2', '1.1-P1'],
        officers: [{ name: 'สมชาย ใจดี', email: 'somchai@bangkok.go.th' }],
      },
      { unit: SOCIAL, itemCodes: ['2.1-P1'], officers: [] },
    ],
    approvedBy: null,
    canReview: true,
    canApprove: false,
    ...overrides,
  };
}
