/**
 * What a round item is measured against, from the plan: a KPI's rubric levels (each level's sentence)
 * or its unit, this fiscal year's target with its condition or footnote, its notes and a link to its
 * page; a project's tactic and the KPIs it serves. The plan in force is read (the KPI page's answer);
 * when it is not the version the round reports against, the section says so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanShownText, StrategyItemDetail, StrategyKpiDetail, StrategyPlan } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError, RecordLoadError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import type { ItemMeasure } from '../utils/submission-form-values.ts';
import { PlanText } from './plan-text.tsx';
import { TargetValue } from './target-value.tsx';

/** The words a report's level or value is read with: each level's sentence, the KPI's unit. */
export interface MeasureWords {
  /** Every level of the round's rubric, with its sentence when the plan gives one. */
  levels: { level: number; text: PlanShownText | null }[];
  /** A counted KPI's unit. */
  unit: PlanShownText | null;
}

/** The round's measure in the plan's words (the levels counted as the round's version counts them). */
export function measureWordsOf(measure: ItemMeasure, kpi: StrategyKpiDetail | undefined): MeasureWords {
  const planMeasure = kpi?.kpi.measure;
  const levels =
    measure.kind === 'rubric'
      ? Array.from({ length: measure.levels }, (_, index) => ({
          level: index + 1,
          text:
            (planMeasure?.kind === 'rubric' &&
              planMeasure.levels.find((level) => level.level === index + 1)?.text) ||
            null,
        }))
      : [];
  return { levels, unit: planMeasure?.kind === 'number' ? planMeasure.unit : null };
}

/** Said when the plan in force is not the version the round reports against. */
function OtherVersionNote({ shown, reported }: { shown: number; reported: number }) {
  const { t } = useTranslation('strategy_reporting');
  if (shown === reported) return null;
  return <p className="strategy-muted">{t('measure.other_version', { shown, reported })}</p>;
}

export function KpiMeasureSection({
  detail,
  kpi,
}: {
  detail: StrategyItemDetail;
  kpi: { data?: StrategyKpiDetail | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
}) {
  const { t } = useTranslation(['strategy_reporting', 'strategy']);
  const headingId = useId();
  const { round, item } = detail;
  const data = kpi.data;
  const target = data?.kpi.targets.find((candidate) => candidate.fiscalYear === round.fiscalYear);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('measure.heading')}</h2>
      {kpi.isPending ? (
        <Loading />
      ) : !data ? (
        <RecordLoadError
          query={{ error: kpi.error, refetch: async () => kpi.refetch() }}
          notFoundText={t('measure.kpi_not_in_plan')}
        />
      ) : (
        <>
          {data.kpi.measure.kind === 'rubric' ? (
            <>
              <h3>{t('strategy:kpi.rubric', { count: data.kpi.measure.levels.length })}</h3>
              <ol className="strategy-rubric">
                {data.kpi.measure.levels.map((level) => (
                  <li key={level.level}>
                    <strong>{t('strategy:kpi.level', { level: level.level })}</strong>{' '}
                    <PlanText text={level.text} />
                  </li>
                ))}
              </ol>
            </>
          ) : data.kpi.measure.kind === 'number' ? (
            <p>
              {t('strategy:kpi.unit_label')} <PlanText text={data.kpi.measure.unit} />
            </p>
          ) : (
            <p>{t('strategy:kpi.percent')}</p>
          )}
          <h3>{t('measure.target', { year: round.fiscalYear })}</h3>
          {target ? (
            <p className="strategy-target">
              <TargetValue measure={data.kpi.measure} target={target} />
            </p>
          ) : (
            <p className="strategy-muted">{t('measure.no_target')}</p>
          )}
          {data.kpi.notes.length > 0 && (
            <>
              <h3>{t('strategy:kpi.notes')}</h3>
              <ul className="strategy-list">
                {data.kpi.notes.map((note, index) => (
                  <li key={index}>
                    <PlanText text={note} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <OtherVersionNote shown={data.version.number} reported={round.planVersion} />
        </>
      )}
      <p>
        <Link to={paths.strategyKpi(item.code)}>{t('measure.kpi_link', { code: item.code })}</Link>
      </p>
    </section>
  );
}

/** The project in the plan: its tactic, whether it is new, and the KPIs whose rows list it. */
function projectOf(plan: StrategyPlan, code: string) {
  for (const strategy of plan.strategies)
    for (const tactic of strategy.tactics)
      for (const project of tactic.projects) if (project.code === code) return { tactic, project };
  return null;
}

export function ProjectMeasureSection({
  detail,
  plan,
}: {
  detail: StrategyItemDetail;
  plan: { data?: StrategyPlan | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
}) {
  const { t } = useTranslation(['strategy_reporting', 'strategy']);
  const headingId = useId();
  const found = plan.data ? projectOf(plan.data, detail.item.code) : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('measure.project_heading')}</h2>
      <p>{t('measure.project_intro')}</p>
      {plan.isPending ? (
        <Loading />
      ) : !plan.data ? (
        <QueryError error={plan.error} onRetry={() => void plan.refetch()} />
      ) : found ? (
        <>
          <p>
            <span className="strategy-code">
              {t('strategy:map.tactic_code', { code: found.tactic.code })}
            </span>{' '}
            <PlanText text={found.tactic.name} />
            {found.project.isNew && (
              <>
                {' '}
                <Badge tone="success">{t('strategy:map.new_project')}</Badge>
              </>
            )}
          </p>
          <h3>{t('measure.project_kpis')}</h3>
          <ul className="strategy-list">
            {found.project.kpiCodes.map((code) => {
              const kpi = found.tactic.kpis.find((candidate) => candidate.code === code);
              return (
                <li key={code}>
                  <Link to={paths.strategyKpi(code)}>{t('strategy:kpi.title', { code })}</Link>
                  {kpi && (
                    <>
                      {' '}
                      <PlanText text={kpi.name} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <OtherVersionNote shown={plan.data.version.number} reported={detail.round.planVersion} />
        </>
      ) : (
        <p className="strategy-muted">
          {t('measure.project_not_in_plan', { version: plan.data.version.number })}
        </p>
      )}
    </section>
  );
}
