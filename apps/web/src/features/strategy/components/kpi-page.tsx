/**
 * /strategy/kpis/:code — one KPI of the plan: its name, where it sits (tactic and strategy), how it is
 * measured (the rubric's five levels, or its unit), its targets for every fiscal year of the plan as a
 * table (conditions under the values), its reports in every round with their evidence, its notes,
 * lead and supporting units, and its projects; under KPI 2.3.1, the liaison coverage as evidence.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StrategyKpiDetail } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { useKpi } from '../api/strategy.ts';
import { kpiAt, planAt, usePlanVersionParam } from '../hooks/use-plan-version-param.ts';
import { hasTranslation } from '../utils/translations.ts';
import { KpiEditSection } from './kpi-edit-form.tsx';
import { KpiReportsSection } from './kpi-reports.tsx';
import { LiaisonCoverageEvidence } from './liaison-coverage-evidence.tsx';
import { PlanText, TranslationLegend } from './plan-text.tsx';
import { ScorecardLink } from './scorecard-map.tsx';
import { TargetValue } from './target-value.tsx';
import { UnitRefList } from './unit-refs.tsx';
import { EarlierVersionNotice, VersionLine } from './version-line.tsx';
import '../strategy.css';

export function KpiPage() {
  const { t } = useTranslation('strategy');
  const { code = '' } = useParams();
  // `?version=N`: the KPI as an earlier version of the plan has it (decision 0051).
  const version = usePlanVersionParam();
  const kpi = useKpi(code, version);
  return (
    <div className="strategy-page">
      <p className="strategy-back">
        <Link to={planAt(version)}>{t('kpi.back')}</Link>
      </p>
      {kpi.isPending && <Loading />}
      {kpi.isError && (
        <>
          <PageHeader title={t('kpi.title', { code })} />
          <RecordLoadError query={kpi} notFoundText={t('errors.kpi_not_found')} />
        </>
      )}
      {kpi.data && <KpiView detail={kpi.data} />}
    </div>
  );
}

function KpiView({ detail }: { detail: StrategyKpiDetail }) {
  const { t } = useTranslation('strategy');
  const prefix = useId();
  const ids = {
    measure: `${prefix}-measure`,
    targets: `${prefix}-targets`,
    units: `${prefix}-units`,
    projects: `${prefix}-projects`,
  };
  const { kpi, tactic, strategy } = detail;
  const years = kpi.targets.map((target) => target.fiscalYear);
  return (
    <>
      <PageHeader
        title={`${t('kpi.title', { code: kpi.code })} ${kpi.name.text}`}
        heading={
          <>
            <span className="strategy-number">{t('kpi.title', { code: kpi.code })}</span>{' '}
            <PlanText text={kpi.name} />
          </>
        }
        intro={
          <>
            <dl className="strategy-placement">
              <div>
                <dt>{t('map.strategy_number', { number: strategy.number })}</dt>
                <dd>
                  <PlanText text={strategy.name} />
                </dd>
              </div>
              <div>
                <dt>{t('map.tactic_code', { code: tactic.code })}</dt>
                <dd>
                  <PlanText text={tactic.name} />
                </dd>
              </div>
            </dl>
            <VersionLine version={detail.version} />
            <EarlierVersionNotice version={detail.version} to={kpiAt(kpi.code)} />
          </>
        }
      />

      <div className="stack">
        <KpiEditSection detail={detail} />
        <TranslationLegend isShown={hasTranslation(detail)} />

        <section className="card" aria-labelledby={ids.measure}>
          <h2 id={ids.measure}>{t('kpi.measure')}</h2>
          {kpi.measure.kind === 'rubric' ? (
            <>
              <h3>{t('kpi.rubric', { count: kpi.measure.levels.length })}</h3>
              <ol className="strategy-rubric">
                {kpi.measure.levels.map((level) => (
                  <li key={level.level}>
                    <strong>{t('kpi.level', { level: level.level })}</strong> <PlanText text={level.text} />
                  </li>
                ))}
              </ol>
            </>
          ) : kpi.measure.kind === 'number' ? (
            <p>
              {t('kpi.unit_label')} <PlanText text={kpi.measure.unit} />
            </p>
          ) : (
            <p>{t('kpi.percent')}</p>
          )}
          {kpi.notes.length > 0 && (
            <>
              <h3>{t('kpi.notes')}</h3>
              <ul className="strategy-list">
                {kpi.notes.map((note, index) => (
                  <li key={index}>
                    <PlanText text={note} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby={ids.targets}>
          <h2 id={ids.targets} className="section-heading">
            {t('kpi.targets')}
          </h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={ids.targets}>
            <table className="table table-compact strategy-targets">
              <caption className="visually-hidden">
                {t('kpi.targets_caption', { first: years[0], last: years[years.length - 1] })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('kpi.fiscal_year')}</th>
                  <th scope="col">{t('kpi.target')}</th>
                </tr>
              </thead>
              <tbody>
                {kpi.targets.map((target) => (
                  <tr
                    key={target.fiscalYear}
                    aria-current={target.fiscalYear === detail.currentFiscalYear ? 'true' : undefined}
                  >
                    <th scope="row">
                      {t('fiscal_year', { year: target.fiscalYear })}
                      {target.fiscalYear === detail.currentFiscalYear && (
                        <>
                          {' '}
                          <Badge>{t('kpi.current_year')}</Badge>
                        </>
                      )}
                    </th>
                    <td className="strategy-target">
                      <TargetValue measure={kpi.measure} target={target} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ScorecardLink label="kpi_page" />
        </section>

        <KpiReportsSection code={kpi.code} />
        <LiaisonCoverageEvidence place={{ kpiCode: kpi.code }} headingLevel={2} />

        <section className="card" aria-labelledby={ids.units}>
          <h2 id={ids.units}>{t('kpi.units')}</h2>
          <h3>{t('kpi.lead_units')}</h3>
          <UnitRefList units={kpi.leadUnits} />
          <h3>{t('kpi.supporting_units')}</h3>
          <UnitRefList units={kpi.supportingUnits} />
        </section>

        <section className="card" aria-labelledby={ids.projects}>
          <h2 id={ids.projects}>{t('kpi.projects')}</h2>
          {detail.projects.length === 0 ? (
            <p className="strategy-muted">{t('kpi.no_projects')}</p>
          ) : (
            <ul className="strategy-list">
              {detail.projects.map((project) => (
                <li key={project.code}>
                  <PlanText text={project.name} />
                  {project.isNew && (
                    <>
                      {' '}
                      <Badge tone="success">{t('map.new_project')}</Badge>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
