/** Reads the fiscal year's activity facts through the port and computes a KPI the platform computes. */
import { AppError } from '../../shared/errors.ts';
import { computeKpi, fiscalYearPeriod, isComputedKpi, type ActivityFactsPort } from './computed-kpis.ts';
import { strategyErrors } from './strategy.errors.ts';

export function createComputedKpis({ activityFacts }: { activityFacts: ActivityFactsPort }) {
  return {
    async compute(code: string, fiscalYear: number) {
      if (!isComputedKpi(code)) throw new AppError(strategyErrors.kpi_not_computed);
      return computeKpi(code, fiscalYear, await activityFacts(fiscalYearPeriod(fiscalYear)));
    },
  };
}

export type ComputedKpis = ReturnType<typeof createComputedKpis>;
