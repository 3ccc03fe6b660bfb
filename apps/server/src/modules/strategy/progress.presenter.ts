/** The plan's progress as the API answers it (decision 0059): never a table row. */
import type {
  StrategyKpiReport,
  StrategyKpiReportList,
  StrategyLiaisonCoverage,
  StrategyProgressRound,
  StrategyProjectProgressList,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { KpiReportsFacts, ProjectProgressFacts, StrategyProgress } from './progress.service.ts';
import type { RoundWithPlan } from './rounds.repository.ts';
import { presentEvidenceFile } from './rounds.presenter.ts';
import { kpiMeasure } from './rounds.rules.ts';
import { answerOf } from './rounds.service.ts';
import { shownText } from './strategy.presenter.ts';

function presentRound(round: RoundWithPlan): StrategyProgressRound {
  return {
    id: round.id,
    fiscalYear: round.fiscalYear,
    kind: round.kind as StrategyProgressRound['kind'],
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    status: round.status as StrategyProgressRound['status'],
    planVersion: round.planVersion,
  };
}

export function presentKpiReports(facts: KpiReportsFacts, locale: InterfaceLocale): StrategyKpiReportList {
  return {
    code: facts.code,
    rounds: facts.rounds.map(({ round, item, kpi, submissions }) => ({
      round: presentRound(round),
      itemId: item.id,
      itemStatus: item.status as StrategyKpiReportList['rounds'][number]['itemStatus'],
      measure: kpiMeasure(kpi),
      levels:
        kpi.measure.kind === 'rubric'
          ? kpi.measure.levels.map((level) => ({ level: level.level, text: shownText(level.text, locale) }))
          : [],
      unit: kpi.measure.kind === 'number' ? shownText(kpi.measure.unit, locale) : null,
      reports: submissions.map((row): StrategyKpiReport => {
        const answer = answerOf(row);
        return {
          ...answer,
          projectStatus: null,
          unit: { code: row.unitCode, name: facts.unitNames.get(row.unitCode) ?? null },
          role: row.unitCode === item.leadUnitCode ? 'lead' : 'supporting',
          status: row.status as StrategyKpiReport['status'],
          isAmendment: row.isAmendment,
          submittedAt: row.submittedAt?.toISOString() ?? null,
          files: facts.files
            .filter((file) => file.submissionId === row.id)
            .map((file) => presentEvidenceFile(file, facts.people)),
        };
      }),
    })),
  };
}

export function presentProjectProgress(facts: ProjectProgressFacts[]): StrategyProjectProgressList {
  return {
    items: facts.map(({ round, item, submission }) => ({
      code: item.itemCode,
      round: presentRound(round),
      itemId: item.id,
      submissionStatus: submission.status as 'submitted' | 'accepted',
      isAmendment: submission.isAmendment,
      projectStatus:
        submission.projectStatus as StrategyProjectProgressList['items'][number]['projectStatus'],
      progressPercent: submission.progressPercent,
    })),
  };
}

export function presentLiaisonCoverage(
  coverage: Awaited<ReturnType<StrategyProgress['liaisonCoverage']>>,
): StrategyLiaisonCoverage {
  return {
    tacticCode: coverage.tacticCode,
    kpiCode: coverage.kpiCode,
    units: coverage.totals.units,
    covered: coverage.totals.covered,
    coveredBySampleOnly: coverage.totals.coveredBySampleOnly,
    byKind: coverage.byKind.map(({ kind, units, covered }) => ({ kind, units, covered })),
  };
}
