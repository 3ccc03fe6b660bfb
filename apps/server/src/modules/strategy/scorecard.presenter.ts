/** Shapes the scorecard for the API in the reader's language. Pure. */
import type { PlanTargetView, ScorecardSource, StrategyScorecard } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { ScorecardFacts, ScorecardSourceFacts } from './scorecard.service.ts';
import type { PlanTarget } from './scorecard.rules.ts';
import { presentKpi, presentVersionInfo, shownText } from './strategy.presenter.ts';

function presentTarget(target: PlanTarget, locale: InterfaceLocale): PlanTargetView {
  return {
    fiscalYear: target.fiscal_year,
    value: target.value,
    asWritten: target.as_written,
    condition: target.condition ? shownText(target.condition, locale) : null,
  };
}

function presentSource(source: ScorecardSourceFacts): ScorecardSource {
  return {
    ...source,
    kind: source.kind as ScorecardSource['kind'],
    roundStatus: source.roundStatus as ScorecardSource['roundStatus'],
  };
}

export function presentScorecard(facts: ScorecardFacts, locale: InterfaceLocale): StrategyScorecard {
  const { document } = facts.version;
  return {
    planKey: document.key,
    planTitle: shownText(document.title, locale),
    version: presentVersionInfo(facts.version),
    currentFiscalYear: facts.currentFiscalYear,
    asOf: facts.asOf,
    years: facts.years,
    rows: facts.rows.map(({ placed, cells }) => {
      // The units are not shown here: the KPI's name and measure are what the row needs.
      const kpi = presentKpi(placed.kpi, new Map(), locale);
      return {
        code: kpi.code,
        name: kpi.name,
        measure: kpi.measure,
        tactic: { code: placed.tactic.code, name: shownText(placed.tactic.name, locale) },
        strategy: { number: placed.strategy.number, name: shownText(placed.strategy.name, locale) },
        cells: cells.map((cell) => ({
          fiscalYear: cell.fiscalYear,
          target: cell.target ? presentTarget(cell.target, locale) : null,
          achieved: cell.achieved,
          status: cell.status,
          unjudgedReason: cell.unjudgedReason,
          isFinal: cell.isFinal,
          source: cell.source ? presentSource(cell.source) : null,
        })),
      };
    }),
    totals: facts.totals,
  };
}
