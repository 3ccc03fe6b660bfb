/**
 * /strategy — the strategy map: the vision at the top, the four missions, then each strategy with its
 * tactics, each tactic with its goals, KPIs (with this fiscal year's target, linking to the KPI's
 * page) and projects (new ones badged, each with its latest report's status or "not reported");
 * under tactic 2.3 the liaison coverage as supporting evidence. Stacked on a phone; the strategies
 * side by side on a wide screen.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanTacticView, StrategyPlan } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { usePlan } from '../api/strategy.ts';
import { kpiAt, planAt, usePlanVersionParam } from '../hooks/use-plan-version-param.ts';
import { hasTranslation } from '../utils/translations.ts';
import { PlanText, TranslationLegend } from './plan-text.tsx';
import { LiaisonCoverageEvidence } from './liaison-coverage-evidence.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { ProjectMapStatus } from './project-map-status.tsx';
import { RoundsMapLink } from './rounds-map-link.tsx';
import { ScorecardLink, ScorecardMapStatus } from './scorecard-map.tsx';
import { TargetValue } from './target-value.tsx';
import { EarlierVersionNotice, VersionLine } from './version-line.tsx';
import '../strategy.css';

export function StrategyMapPage() {
  const { t } = useTranslation('strategy');
  // `?version=N`: an earlier version of the plan, read as it was (decision 0051).
  const plan = usePlan(usePlanVersionParam());
  return (
    <div className="strategy-page">
      <PageHeader
        title={t('map.title')}
        intro={
          <>
            <p>{t('map.intro')}</p>
            {plan.data && <PlanFacts plan={plan.data} />}
            <RoundsMapLink />
            <ScorecardLink label="map" />
          </>
        }
      />
      {plan.isPending && <Loading />}
      {plan.isError && <QueryError error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.data && <PlanMap plan={plan.data} />}
      {plan.data && <PlanVersions shownNumber={plan.data.version.number} />}
    </div>
  );
}

function PlanFacts({ plan }: { plan: StrategyPlan }) {
  const { t } = useTranslation('strategy');
  return (
    <>
      <p className="strategy-plan-title">
        <PlanText text={plan.title} />
      </p>
      <VersionLine version={plan.version} />
      <EarlierVersionNotice version={plan.version} to={planAt()} />
      <p className="strategy-muted">{t('map.counts', plan.counts)}</p>
      <p className="strategy-muted">
        {t('map.source', {
          document: plan.source.document,
          publisher: plan.source.publisher,
          published: plan.source.published,
        })}
      </p>
    </>
  );
}

function PlanMap({ plan }: { plan: StrategyPlan }) {
  const { t } = useTranslation('strategy');
  const prefix = useId();
  const ids = {
    vision: `${prefix}-vision`,
    missions: `${prefix}-missions`,
    strategies: `${prefix}-strategies`,
  };
  return (
    <div className="stack">
      <TranslationLegend isShown={hasTranslation(plan)} />
      <section className="card strategy-vision" aria-labelledby={ids.vision}>
        <h2 id={ids.vision}>{t('map.vision')}</h2>
        <p className="strategy-vision__text">
          <PlanText text={plan.vision} />
        </p>
      </section>

      <section aria-labelledby={ids.missions}>
        <h2 id={ids.missions} className="section-heading">
          {t('map.missions')}
        </h2>
        <ol className="strategy-missions">
          {plan.missions.map((mission) => (
            <li key={mission.number} className="card">
              <strong className="strategy-missions__heading">
                {mission.number}. <PlanText text={mission.heading} />
              </strong>
              <PlanText text={mission.text} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={ids.strategies}>
        <h2 id={ids.strategies} className="section-heading">
          {t('map.strategies')}
        </h2>
        <div className="strategy-columns">
          {plan.strategies.map((strategy) => (
            <article
              key={strategy.number}
              className="card strategy-column"
              aria-labelledby={`${prefix}-strategy-${strategy.number}`}
            >
              <h3 id={`${prefix}-strategy-${strategy.number}`}>
                <span className="strategy-number">
                  {t('map.strategy_number', { number: strategy.number })}
                </span>{' '}
                <PlanText text={strategy.name} />
              </h3>
              {strategy.tactics.map((tactic) => (
                <Tactic
                  key={tactic.code}
                  tactic={tactic}
                  currentFiscalYear={plan.currentFiscalYear}
                  earlierVersion={plan.version.isCurrent ? undefined : plan.version.number}
                />
              ))}
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}

function Tactic({
  tactic,
  currentFiscalYear,
  earlierVersion,
}: {
  tactic: PlanTacticView;
  currentFiscalYear: number;
  /** The version shown when it is not the current one: its KPIs link to their text in it. */
  earlierVersion: number | undefined;
}) {
  const { t } = useTranslation('strategy');
  const headingId = `${useId()}-tactic`;
  return (
    <section className="strategy-tactic" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="strategy-number">{t('map.tactic_code', { code: tactic.code })}</span>{' '}
        <PlanText text={tactic.name} />
      </h4>

      <h5>{t('map.goals')}</h5>
      <ol className="strategy-list">
        {tactic.goals.map((goal, index) => (
          <li key={index}>
            <PlanText text={goal} />
          </li>
        ))}
      </ol>

      <h5>{t('map.kpis')}</h5>
      <ul className="strategy-list strategy-kpis">
        {tactic.kpis.map((kpi) => {
          const target = kpi.targets.find((candidate) => candidate.fiscalYear === currentFiscalYear);
          return (
            <li key={kpi.code}>
              <Link to={kpiAt(kpi.code, earlierVersion)}>
                <span className="strategy-code">{kpi.code}</span> <PlanText text={kpi.name} />
              </Link>
              {target && (
                <p className="strategy-target">
                  <span className="strategy-muted">
                    {t('map.target_this_year', { year: currentFiscalYear })}
                  </span>{' '}
                  <TargetValue measure={kpi.measure} target={target} />
                </p>
              )}
              <ScorecardMapStatus code={kpi.code} />
            </li>
          );
        })}
      </ul>

      <h5>{t('map.projects')}</h5>
      {tactic.projects.length === 0 ? (
        <p className="strategy-muted">{t('map.no_projects')}</p>
      ) : (
        <ul className="strategy-list">
          {tactic.projects.map((project) => (
            <li key={project.code}>
              <PlanText text={project.name} />
              {project.isNew && (
                <>
                  {' '}
                  <Badge tone="success">{t('map.new_project')}</Badge>
                </>
              )}
              <ProjectMapStatus code={project.code} />
            </li>
          ))}
        </ul>
      )}
      <LiaisonCoverageEvidence place={{ tacticCode: tactic.code }} headingLevel={5} />
    </section>
  );
}
