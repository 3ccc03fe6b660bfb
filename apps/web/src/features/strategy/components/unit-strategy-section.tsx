/**
 * On a unit's page: the KPIs and projects of the strategic plan the unit leads or supports, each KPI
 * linking to its page. Shown to those who read the plan; the liaison feature's unit page renders it
 * through the slot app/ fills (components/unit-page-sections.tsx), so neither feature imports the other.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitPlanRole, UnitStrategy } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useUnitStrategy } from '../api/strategy.ts';
import { hasTranslation } from '../utils/translations.ts';
import { PlanText, TranslationLegend } from './plan-text.tsx';
import { TargetValue } from './target-value.tsx';
import '../strategy.css';

export function UnitStrategySection({ unitCode }: { unitCode: string }) {
  const canRead = usePermissions().includes('strategy:read');
  return canRead ? <UnitStrategyCard unitCode={unitCode} /> : null;
}

function UnitStrategyCard({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation('strategy');
  const headingId = `${useId()}-strategy`;
  const strategy = useUnitStrategy(unitCode);
  return (
    <section className="card strategy-unit" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('unit_section.heading')}</h2>
      {strategy.isPending && <Loading />}
      {strategy.isError && <QueryError error={strategy.error} onRetry={() => void strategy.refetch()} />}
      {strategy.data && <UnitStrategyView strategy={strategy.data} />}
    </section>
  );
}

function RoleBadge({ role }: { role: UnitPlanRole }) {
  const { t } = useTranslation('strategy');
  return role === 'lead' ? (
    <Badge tone="success">{t('unit_section.role_lead')}</Badge>
  ) : (
    <Badge>{t('unit_section.role_supporting')}</Badge>
  );
}

function UnitStrategyView({ strategy }: { strategy: UnitStrategy }) {
  const { t } = useTranslation('strategy');
  if (!strategy.plan) return <p className="strategy-muted">{t('unit_section.no_plan')}</p>;
  if (strategy.kpis.length === 0)
    return (
      <>
        <p>{t('unit_section.none')}</p>
        <p className="strategy-muted">{t('unit_section.groups_note')}</p>
      </>
    );
  return (
    <>
      <TranslationLegend isShown={hasTranslation(strategy)} />
      <h3>{t('unit_section.kpis')}</h3>
      <ul className="strategy-list strategy-kpis">
        {strategy.kpis.map((kpi) => (
          <li key={kpi.code}>
            <Link to={paths.strategyKpi(kpi.code)}>
              <span className="strategy-code">{kpi.code}</span> <PlanText text={kpi.name} />
            </Link>{' '}
            <RoleBadge role={kpi.role} />
            {kpi.currentTarget && (
              <p className="strategy-target">
                <span className="strategy-muted">
                  {t('map.target_this_year', { year: strategy.currentFiscalYear })}
                </span>{' '}
                <TargetValue measure={kpi.measure} target={kpi.currentTarget} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {strategy.projects.length > 0 && (
        <>
          <h3>{t('unit_section.projects')}</h3>
          <ul className="strategy-list">
            {strategy.projects.map((project) => (
              <li key={project.code}>
                <PlanText text={project.name} /> <RoleBadge role={project.role} />
                {project.isNew && (
                  <>
                    {' '}
                    <Badge tone="success">{t('map.new_project')}</Badge>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="strategy-muted">{t('unit_section.groups_note')}</p>
    </>
  );
}
