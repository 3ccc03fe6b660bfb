/**
 * The KPIs of the plan the platform computes from the partner activities (issue 15), as pure rules:
 * the activities come through the `activityFacts` port (app.ts fills it from the partners module), so
 * the strategy module never reads the partners' tables.
 *
 * - KPI 1.3.1: the fiscal year's activities promoting at least one area; the target is one activity in
 *   each of the three areas and, from FY2567, one of them continuing.
 * - KPI 2.3.1: the highest part the BMA played (1 took part, 2 co-organised, 3 main host) in an activity
 *   of an international network — a partner of kind `city_network` or `international_organisation`.
 *
 * Sample records are counted (the facts mark them) and the answer says how many there are.
 */
import { fiscalYearFromBuddhist } from '@bia/i18n';
import {
  bmaRoleKpiLevel,
  engagementAreas,
  type BmaRole,
  type ComputedKpiActivity,
  type ComputedKpiCode,
  type EngagementArea,
  type PartnerKind,
  type StrategyComputedKpi,
} from '@bia/contracts';

/** What the computed KPIs need of one activity (the partners module's plan facts). */
export interface StrategyActivityFact {
  id: string;
  partnerId: string;
  partnerKind: string;
  title: string;
  startsOn: string;
  engagementAreas: EngagementArea[];
  isContinuing: boolean;
  bmaRole: BmaRole | null;
  isSample: boolean;
}

/** The activities that started between `from` and `to` (ISO days, both included). */
export type ActivityFactsPort = (period: { from: string; to: string }) => Promise<StrategyActivityFact[]>;

/** The partner kinds KPI 2.3.1 counts as international networks. */
export const networkPartnerKinds = [
  'city_network',
  'international_organisation',
] as const satisfies readonly PartnerKind[];

/** From this fiscal year KPI 1.3.1's target asks for one continuing activity. */
export const CONTINUING_REQUIRED_FROM = 2567;

export function isComputedKpi(code: string): code is ComputedKpiCode {
  return code === '1.3.1' || code === '2.3.1';
}

export function fiscalYearPeriod(fiscalYear: number): { from: string; to: string } {
  const { startDate, endDate } = fiscalYearFromBuddhist(fiscalYear);
  return { from: startDate, to: endDate };
}

function asActivity(fact: StrategyActivityFact): ComputedKpiActivity {
  return {
    activityId: fact.id,
    partnerId: fact.partnerId,
    partnerKind: fact.partnerKind as PartnerKind,
    title: fact.title,
    startsOn: fact.startsOn,
    engagementAreas: fact.engagementAreas,
    isContinuing: fact.isContinuing,
    bmaRole: fact.bmaRole,
    isSample: fact.isSample,
  };
}

function isNetwork(kind: string): boolean {
  return (networkPartnerKinds as readonly string[]).includes(kind);
}

/** Computes one KPI for a fiscal year; facts outside the year are left out whatever the port gave. */
export function computeKpi(
  code: ComputedKpiCode,
  fiscalYear: number,
  facts: readonly StrategyActivityFact[],
): StrategyComputedKpi {
  const period = fiscalYearPeriod(fiscalYear);
  const inYear = facts.filter((fact) => fact.startsOn >= period.from && fact.startsOn <= period.to);
  if (code === '1.3.1') {
    const counted = inYear.filter((fact) => fact.engagementAreas.length > 0);
    const areasCovered = engagementAreas.filter((area) =>
      counted.some((fact) => fact.engagementAreas.includes(area)),
    );
    const hasContinuing = counted.some((fact) => fact.isContinuing);
    const isContinuingRequired = fiscalYear >= CONTINUING_REQUIRED_FROM;
    return {
      code,
      fiscalYear,
      ...period,
      sampleCount: counted.filter((fact) => fact.isSample).length,
      count: counted.length,
      areasCovered,
      hasContinuing,
      isContinuingRequired,
      isTargetMet: areasCovered.length === engagementAreas.length && (!isContinuingRequired || hasContinuing),
      activities: counted.map(asActivity),
    };
  }
  const counted = inYear.filter((fact) => fact.bmaRole !== null && isNetwork(fact.partnerKind));
  const levelOf = (fact: StrategyActivityFact) => (fact.bmaRole ? bmaRoleKpiLevel[fact.bmaRole] : 0);
  const level = Math.max(0, ...counted.map(levelOf));
  return {
    code,
    fiscalYear,
    ...period,
    sampleCount: counted.filter((fact) => fact.isSample).length,
    level,
    networkKinds: [...networkPartnerKinds],
    activities: counted.map(asActivity),
    justifying: counted.filter((fact) => level > 0 && levelOf(fact) === level).map((fact) => fact.id),
  };
}
