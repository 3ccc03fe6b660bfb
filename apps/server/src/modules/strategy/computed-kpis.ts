/**
 * The KPIs of the plan the platform computes from its own records (issue 15), as pure rules. The
 * records come through ports that app.ts fills from the modules that keep them, so the strategy
 * module never reads another module's tables:
 *
 * - KPI 1.1.1 (`planLevelOfYear`, the outcomes module): the level 1–5 of international business
 *   matching, computed from the deals by decision 0030's rules; here it is only given its shape, and
 *   the businesses' and buyers' names are withheld from a reader who may not read the outcomes.
 * - KPI 1.3.1 (`activityFacts`, the partners module): the activities promoting at least one area;
 *   the target is one activity in each of the three areas and, from FY2567, one of them continuing.
 * - KPI 2.3.1 (`activityFacts`): the highest part the BMA played (1 took part, 2 co-organised, 3 main
 *   host) in an activity of an international network — a partner of kind `city_network` or
 *   `international_organisation`.
 *
 * Each is counted from the fiscal year's first day to its last, or to a round period's end when a
 * progress round proposes it (decision 0050). Sample activities are counted and the answer says how
 * many there are.
 */
import { fiscalYearFromBuddhist, type InterfaceLocale } from '@bia/i18n';
import {
  bmaRoleKpiLevel,
  computedKpiCodes,
  engagementAreas,
  type BmaRole,
  type ComputedKpiActivity,
  type ComputedKpiCode,
  type EngagementArea,
  type PartnerKind,
  type PlanKpi,
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

/** Partners' names in Thai and English, by id (app.ts: the partners module's `partnersNamed`). */
export type PartnerNamesPort = (
  ids: string[],
) => Promise<{ id: string; nameTh: string | null; nameEn: string | null }[]>;

/** KPI 1.1.1 of a fiscal year counted from its first day to `upTo`, its records named in `locale`. */
export interface PlanLevelAnswer {
  from: string;
  to: string;
  hasProgramme: boolean;
  plan: PlanKpi;
}

/** The outcomes module's `planLevelOfYear`, as app.ts wires it. */
export type PlanLevelPort = (
  fiscalYear: number,
  options: { upTo: string; locale: InterfaceLocale },
) => Promise<PlanLevelAnswer>;

/** KPI 3.2.1 of a fiscal year counted from its first day to `upTo`: the officers developed (decision 0058). */
export interface OfficersDevelopedAnswer {
  from: string;
  to: string;
  counted: number;
  developed: number;
  /** developed ÷ counted × 100, to one decimal; null when nobody is counted. */
  sharePercent: number | null;
}

/** The learning module's `officersDevelopedOfYear`, as app.ts wires it. */
export type OfficersDevelopedPort = (
  fiscalYear: number,
  options: { upTo: string },
) => Promise<OfficersDevelopedAnswer>;

export type PartnerName = ComputedKpiActivity['partnerName'];

/** The partner kinds KPI 2.3.1 counts as international networks. */
export const networkPartnerKinds = [
  'city_network',
  'international_organisation',
] as const satisfies readonly PartnerKind[];

/** From this fiscal year KPI 1.3.1's target asks for one continuing activity. */
export const CONTINUING_REQUIRED_FROM = 2567;

export function isComputedKpi(code: string): code is ComputedKpiCode {
  return (computedKpiCodes as readonly string[]).includes(code);
}

/**
 * The days counted for a fiscal year: from its first day to its last, or to `upTo` when that comes
 * first (a round period's end).
 */
export function countedPeriod(fiscalYear: number, upTo?: string): { from: string; to: string } {
  const { startDate, endDate } = fiscalYearFromBuddhist(fiscalYear);
  return { from: startDate, to: upTo !== undefined && upTo < endDate ? upTo : endDate };
}

function asActivity(
  fact: StrategyActivityFact,
  partnerNames: ReadonlyMap<string, PartnerName>,
): ComputedKpiActivity {
  // A partner archived since its activity was read has no name any more: its id's start stands in.
  const unnamed = `…${fact.partnerId.slice(0, 8)}`;
  return {
    activityId: fact.id,
    partnerId: fact.partnerId,
    partnerKind: fact.partnerKind as PartnerKind,
    partnerName: partnerNames.get(fact.partnerId) ?? { th: unnamed, en: unnamed },
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

/**
 * Computes KPI 1.3.1 or 2.3.1 for a fiscal year, up to `upTo` when given; facts outside those days
 * are left out whatever the port gave.
 */
export function computeKpi(
  code: Exclude<ComputedKpiCode, '1.1.1'>,
  fiscalYear: number,
  facts: readonly StrategyActivityFact[],
  options: { upTo?: string; partnerNames?: ReadonlyMap<string, PartnerName> } = {},
): Extract<StrategyComputedKpi, { code: '1.3.1' | '2.3.1' }> {
  const period = countedPeriod(fiscalYear, options.upTo);
  const names = options.partnerNames ?? new Map<string, PartnerName>();
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
      activities: counted.map((fact) => asActivity(fact, names)),
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
    activities: counted.map((fact) => asActivity(fact, names)),
    justifying: counted.filter((fact) => level > 0 && levelOf(fact) === level).map((fact) => fact.id),
  };
}

/**
 * KPI 1.1.1 as the strategy module answers it, from the outcomes module's level of the year. A reader
 * who may not read the outcomes sees each record's kind, day, city, product and links, but not the
 * business or the buyer (decision 0050).
 */
export function planLevelKpi(
  fiscalYear: number,
  answer: PlanLevelAnswer,
  options: { isWithheld: boolean },
): Extract<StrategyComputedKpi, { code: '1.1.1' }> {
  const withhold = <T extends { business: unknown; buyerName: unknown }>(record: T): T =>
    options.isWithheld ? { ...record, business: null, buyerName: null } : record;
  return {
    code: '1.1.1',
    fiscalYear,
    from: answer.from,
    to: answer.to,
    hasProgramme: answer.hasProgramme,
    level: answer.plan.level,
    levels: answer.plan.levels.map((level) => ({
      ...level,
      records: level.records.map(withhold),
      lacking: level.lacking.map(withhold),
    })),
    recordsWithheld: options.isWithheld,
  };
}
