/**
 * The KPIs the platform computes (decisions 0044, 0050): their records read through the ports, the
 * value computed for a fiscal year, and the proposal a progress round's item offers its unit, with a
 * short explanation in the reader's language.
 */
import type { ComputedKpiCode, StrategyComputedKpi, StrategyComputedProposal } from '@bia/contracts';
import { formatDate, type InterfaceLocale } from '@bia/i18n';
import { AppError } from '../../shared/errors.ts';
import { translatorFor } from '../../shared/i18n.ts';
import {
  computeKpi,
  countedPeriod,
  isComputedKpi,
  planLevelKpi,
  type ActivityFactsPort,
  type OfficersDevelopedPort,
  type PartnerName,
  type PartnerNamesPort,
  type PlanLevelPort,
  type StrategyActivityFact,
} from './computed-kpis.ts';
import { proposedMeasure, uncomputedKpis } from './computed-kpis.proposal.ts';
import { strategyErrors } from './strategy.errors.ts';

export interface ComputedKpisDeps {
  /** The partner activities' plan facts (KPIs 1.3.1, 2.3.1). */
  activityFacts: ActivityFactsPort;
  /** The partners' names, for the activities. */
  partnerNames: PartnerNamesPort;
  /** KPI 1.1.1 from the outcomes module. */
  planLevelOfYear: PlanLevelPort;
  /** KPI 3.2.1 from the learning module's training records; without it, 3.2.1 is said not computable. */
  officersDeveloped?: OfficersDevelopedPort;
}

/** Who reads a computed KPI: their language, and whether they may read the businesses and buyers of the outcomes. */
export interface ComputedKpiReader {
  locale: InterfaceLocale;
  canReadOutcomes: boolean;
}

/** The short explanation of a computed value, in the reader's language. */
function explain(kpi: StrategyComputedKpi, locale: InterfaceLocale): string {
  const t = translatorFor(locale);
  const days = { from: formatDate(kpi.from, locale), to: formatDate(kpi.to, locale) };
  if (kpi.code === '1.1.1')
    return kpi.level > 0
      ? t('strategy_computed:explanation.plan_level', { ...days, level: kpi.level })
      : t('strategy_computed:explanation.plan_level_none', days);
  if (kpi.code === '1.3.1') {
    const counts = { ...days, number: kpi.count, areas: kpi.areasCovered.length };
    return kpi.isTargetMet
      ? t('strategy_computed:explanation.activities_met', counts)
      : t('strategy_computed:explanation.activities_not_met', counts);
  }
  return kpi.level > 0
    ? t('strategy_computed:explanation.network_level', { ...days, level: kpi.level })
    : t('strategy_computed:explanation.network_level_none', days);
}

export function createComputedKpis({
  activityFacts,
  partnerNames,
  planLevelOfYear,
  officersDeveloped,
}: ComputedKpisDeps) {
  async function namesOf(facts: readonly StrategyActivityFact[]): Promise<Map<string, PartnerName>> {
    const ids = [...new Set(facts.map((fact) => fact.partnerId))];
    if (ids.length === 0) return new Map();
    const rows = await partnerNames(ids);
    // A partner named in one language only is named so in both.
    return new Map(
      rows.map((row) => [row.id, { th: row.nameTh ?? row.nameEn ?? '', en: row.nameEn ?? row.nameTh ?? '' }]),
    );
  }

  /** A computed KPI of a fiscal year, from its first day to its last or to `upTo`. */
  async function computeUpTo(
    code: ComputedKpiCode,
    fiscalYear: number,
    reader: ComputedKpiReader,
    upTo?: string,
  ): Promise<StrategyComputedKpi> {
    const period = countedPeriod(fiscalYear, upTo);
    if (code === '1.1.1') {
      const answer = await planLevelOfYear(fiscalYear, { upTo: period.to, locale: reader.locale });
      return planLevelKpi(fiscalYear, answer, { isWithheld: !reader.canReadOutcomes });
    }
    const facts = await activityFacts(period);
    return computeKpi(code, fiscalYear, facts, { upTo: period.to, partnerNames: await namesOf(facts) });
  }

  return {
    /** A KPI the platform computes, for the whole fiscal year; `kpi_not_computed` for any other. */
    async compute(code: string, fiscalYear: number, reader: ComputedKpiReader): Promise<StrategyComputedKpi> {
      if (!isComputedKpi(code)) throw new AppError(strategyErrors.kpi_not_computed);
      return computeUpTo(code, fiscalYear, reader);
    },

    /**
     * What a round's KPI item proposes (decision 0050), computed now for the round's fiscal year from
     * its first day to the round period's end: the value and how it was computed; for a KPI the
     * platform should compute but cannot yet, why; null for a KPI it does not compute.
     */
    async propose(
      code: string,
      round: { fiscalYear: number; periodEnd: string },
      reader: ComputedKpiReader,
    ): Promise<StrategyComputedProposal | null> {
      const { fiscalYear } = round;
      const period = countedPeriod(fiscalYear, round.periodEnd);
      if (isComputedKpi(code)) {
        const kpi = await computeUpTo(code, fiscalYear, reader, round.periodEnd);
        return {
          code,
          fiscalYear,
          ...period,
          isAvailable: true,
          unavailableReason: null,
          ...proposedMeasure(kpi),
          explanation: explain(kpi, reader.locale),
          kpi,
        };
      }
      if (code === '3.2.1' && officersDeveloped) {
        // A percentage: the share of officers developed, explained by its counts (decision 0058).
        const answer = await officersDeveloped(fiscalYear, { upTo: period.to });
        const t = translatorFor(reader.locale);
        const days = {
          from: formatDate(answer.from, reader.locale),
          to: formatDate(answer.to, reader.locale),
        };
        return {
          code,
          fiscalYear,
          from: answer.from,
          to: answer.to,
          isAvailable: true,
          unavailableReason: null,
          level: null,
          value: answer.sharePercent,
          explanation:
            answer.sharePercent === null
              ? t('training:explanation.officers_none', days)
              : t('training:explanation.officers_developed', {
                  ...days,
                  developed: answer.developed,
                  counted: answer.counted,
                  percent: answer.sharePercent,
                }),
          kpi: null,
        };
      }
      const reason = uncomputedKpis[code];
      if (!reason) return null;
      return {
        code,
        fiscalYear,
        ...period,
        isAvailable: false,
        unavailableReason: reason,
        level: null,
        value: null,
        explanation: translatorFor(reader.locale)('strategy_computed:explanation.no_training_records'),
        kpi: null,
      };
    },
  };
}

export type ComputedKpis = ReturnType<typeof createComputedKpis>;
