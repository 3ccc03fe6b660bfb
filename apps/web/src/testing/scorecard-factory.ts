/**
 * The plan's scorecard as the API answers it, for component tests: two KPIs over FY2566–2570 in
 * every status — KPI 1.1.1 (a rubric) on track, missed, not judged, at risk and not reported, and a
 * percentage KPI with an amendment pending, judged against an earlier version's target.
 */
import type { ScorecardCell, StrategyScorecard } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { buildMatchingKpi, buildPlan } from './strategy-factory.ts';

export const SCORECARD_ITEM_ID = '6a1e2d4c-5b6a-4789-9abc-def012345601';
const ROUND_ID = '6a1e2d4c-5b6a-4789-9abc-def012345600';

function cell(fields: Partial<ScorecardCell> & Pick<ScorecardCell, 'fiscalYear' | 'status'>): ScorecardCell {
  return {
    target: { fiscalYear: fields.fiscalYear, value: 3, asWritten: '3', condition: null },
    achieved: null,
    unjudgedReason: null,
    isFinal: false,
    source: null,
    ...fields,
  };
}

const source = (fields: Partial<NonNullable<ScorecardCell['source']>> = {}) => ({
  roundId: ROUND_ID,
  itemId: SCORECARD_ITEM_ID,
  kind: 'twelve_month' as const,
  roundStatus: 'approved' as const,
  periodStart: '2022-10-01',
  periodEnd: '2023-09-30',
  planVersion: 2,
  isAmendmentPending: false,
  ...fields,
});

export function buildScorecard(locale: InterfaceLocale = 'th'): StrategyScorecard {
  const plan = buildPlan(locale);
  const matching = buildMatchingKpi(locale);
  const [strategy] = plan.strategies;
  const [tactic] = strategy?.tactics ?? [];
  if (!strategy || !tactic) throw new Error('the plan factory has no strategy');
  const placement = {
    tactic: { code: tactic.code, name: tactic.name },
    strategy: { number: strategy.number, name: strategy.name },
  };
  return {
    planKey: plan.key,
    planTitle: plan.title,
    version: { ...plan.version, number: 2 },
    currentFiscalYear: 2570,
    asOf: '2026-11-22',
    years: [2566, 2567, 2568, 2569, 2570],
    rows: [
      {
        code: matching.code,
        name: matching.name,
        measure: matching.measure,
        ...placement,
        cells: [
          cell({ fiscalYear: 2566, status: 'on_track', achieved: 1, isFinal: true, source: source() }),
          cell({ fiscalYear: 2567, status: 'missed', achieved: 1, isFinal: true, source: source() }),
          cell({
            fiscalYear: 2568,
            status: 'not_judged',
            achieved: 3,
            unjudgedReason: 'conditional',
            isFinal: true,
            target: {
              fiscalYear: 2568,
              value: 4,
              asWritten: '4 (*ในกรณีผ่านความเห็นจาก สกก.)',
              condition:
                locale === 'th'
                  ? { text: 'ในกรณีผ่านความเห็นจาก สกก.', lang: 'th', isTranslation: false }
                  : { text: 'if the committee agrees', lang: 'en', isTranslation: true },
            },
            source: source(),
          }),
          cell({ fiscalYear: 2569, status: 'not_reported', isFinal: true }),
          cell({
            fiscalYear: 2570,
            status: 'at_risk',
            achieved: 2,
            source: source({ kind: 'six_month', roundStatus: 'open' }),
          }),
        ],
      },
      {
        code: '3.2.1',
        name:
          locale === 'th'
            ? { text: 'ร้อยละของนักวิเทศสัมพันธ์ที่ได้รับการพัฒนา', lang: 'th', isTranslation: false }
            : { text: 'Share of liaison officers developed', lang: 'en', isTranslation: true },
        measure: { kind: 'percent' },
        ...placement,
        cells: [
          cell({
            fiscalYear: 2566,
            status: 'on_track',
            achieved: 65,
            isFinal: true,
            target: { fiscalYear: 2566, value: 60, asWritten: '60', condition: null },
            source: source({ isAmendmentPending: true, planVersion: 1 }),
          }),
          cell({ fiscalYear: 2567, status: 'not_reported', isFinal: true }),
          cell({ fiscalYear: 2568, status: 'not_reported', isFinal: true }),
          cell({ fiscalYear: 2569, status: 'not_reported', isFinal: true }),
          cell({ fiscalYear: 2570, status: 'not_due' }),
        ],
      },
    ],
    totals: [2566, 2567, 2568, 2569, 2570].map((fiscalYear) => ({
      fiscalYear,
      counts: {
        on_track: fiscalYear === 2566 ? 2 : 0,
        at_risk: fiscalYear === 2570 ? 1 : 0,
        missed: fiscalYear === 2567 ? 1 : 0,
        not_reported: fiscalYear === 2567 || fiscalYear === 2568 ? 1 : fiscalYear === 2569 ? 2 : 0,
        not_judged: fiscalYear === 2568 ? 1 : 0,
        not_due: fiscalYear === 2570 ? 1 : 0,
      },
    })),
  };
}
