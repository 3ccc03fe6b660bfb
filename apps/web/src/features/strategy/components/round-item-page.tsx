/**
 * /strategy/round-items/:id — a KPI or project of a progress round: what it is measured against in
 * the plan (its rubric or unit, this fiscal year's target), the round (year, period, deadline), and a
 * panel per unit — the lead's report, then each supporter's contribution — with its state, history,
 * the form for the unit the reader reports for, and the reviewers' decision.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StrategyItemDetail } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePermissions, useSessionInfo } from '../../../lib/use-session-info.ts';
import { useRoundItem } from '../api/round-items.ts';
import { useKpi, usePlan } from '../api/strategy.ts';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import { reportingUnitsOf } from '../utils/reporting.ts';
import { hasTranslation } from '../utils/translations.ts';
import { PlanText, TranslationLegend } from './plan-text.tsx';
import {
  KpiMeasureSection,
  measureWordsOf,
  ProjectMeasureSection,
  type MeasureWords,
} from './round-item-measure.tsx';
import { UnitReportPanel, unitPanelId } from './round-item-unit-panel.tsx';
import '../strategy.css';
import '../reporting.css';

export function RoundItemPage() {
  const { t } = useTranslation('strategy_reporting');
  const { id = '' } = useParams();
  const item = useRoundItem(id);
  const canSubmit = usePermissions().includes('strategy:submit');
  return (
    <div className="strategy-page">
      <p className="strategy-back">
        {canSubmit ? (
          <Link to={paths.strategyMyItems}>{t('item.back_to_my_items')}</Link>
        ) : (
          <Link to={paths.strategy}>{t('item.back_to_plan')}</Link>
        )}
      </p>
      {item.isPending && <Loading />}
      {item.isError && (
        <>
          <PageHeader title={t('item.not_found_title')} />
          <RecordLoadError query={item} notFoundText={t('item.not_found')} />
        </>
      )}
      {item.data &&
        (item.data.item.kind === 'kpi' ? (
          <KpiRoundItem detail={item.data} />
        ) : (
          <ProjectRoundItem detail={item.data} />
        ))}
    </div>
  );
}

function KpiRoundItem({ detail }: { detail: StrategyItemDetail }) {
  const kpi = useKpi(detail.item.code, detail.round.planVersion);
  return (
    <RoundItemView
      detail={detail}
      words={measureWordsOf(detail.measure, kpi.data)}
      isTranslated={hasTranslation(kpi.data)}
      measure={<KpiMeasureSection detail={detail} kpi={kpi} />}
    />
  );
}

function ProjectRoundItem({ detail }: { detail: StrategyItemDetail }) {
  const plan = usePlan(detail.round.planVersion);
  return (
    <RoundItemView
      detail={detail}
      words={measureWordsOf(detail.measure, undefined)}
      isTranslated={false}
      measure={<ProjectMeasureSection detail={detail} plan={plan} />}
    />
  );
}

function RoundItemView({
  detail,
  words,
  isTranslated,
  measure,
}: {
  detail: StrategyItemDetail;
  words: MeasureWords;
  isTranslated: boolean;
  measure: ReactNode;
}) {
  const { t } = useTranslation('strategy_reporting');
  const format = useFormat();
  const labels = useReportingLabels();
  const roundId = useId();
  const reporting = reportingUnitsOf(useSessionInfo());
  const canReview = usePermissions().includes('strategy:rounds');
  const { item, round } = detail;
  const code =
    item.kind === 'kpi'
      ? t('item.kpi_code', { code: item.code })
      : t('item.project_code', { code: item.code });
  const units = [
    { unit: item.leadUnit, role: 'lead' as const },
    ...item.supportingUnits.map((unit) => ({ unit, role: 'supporting' as const })),
  ];
  // The reader's own units that only support the item: their panels come after the lead's, so say where.
  const ownSupporting = units.filter(
    ({ unit, role }) => role === 'supporting' && reporting.codes.has(unit.code),
  );
  return (
    <>
      <PageHeader
        title={`${code} ${item.name.text}`}
        heading={
          <>
            <span className="strategy-code">{code}</span> <PlanText text={item.name} />
          </>
        }
        intro={
          <p className="inline-badges">
            <Badge tone={labels.statusTone(item.status)}>{labels.status(item.status)}</Badge>
            {item.hasAmendment && <Badge tone="warning">{t('status.amendment')}</Badge>}
            {item.isLate && <Badge tone="danger">{t('item.late')}</Badge>}
          </p>
        }
      />
      <div className="stack">
        <TranslationLegend isShown={isTranslated || hasTranslation(item.name)} />
        <section className="card" aria-labelledby={roundId}>
          <h2 id={roundId}>{t('round.heading')}</h2>
          <dl className="details">
            <dt>{t('round.fiscal_year')}</dt>
            <dd>{round.fiscalYear}</dd>
            <dt>{t('round.kind')}</dt>
            <dd>{labels.roundKind(round.kind)}</dd>
            <dt>{t('round.period')}</dt>
            <dd>
              {t('round.period_dates', {
                from: format.date(round.periodStart),
                to: format.date(round.periodEnd),
              })}
            </dd>
            <dt>{t('round.deadline')}</dt>
            <dd>
              {format.date(round.deadline)}
              {round.status === 'open' && <> · {labels.daysLeft(round.daysLeft)}</>}
            </dd>
            <dt>{t('round.status')}</dt>
            <dd>
              {labels.roundStatus(round.status)}
              {round.approvedAt && <> · {format.dateTime(round.approvedAt)}</>}
            </dd>
            <dt>{t('round.plan_version')}</dt>
            <dd>{t('round.plan_version_number', { number: round.planVersion })}</dd>
          </dl>
        </section>
        {measure}
        {ownSupporting.length > 0 && (
          <p>
            {ownSupporting.map(({ unit }) => (
              <a key={unit.code} href={`#${unitPanelId(unit.code)}`} className="reporting-jump">
                {t('item.jump_to_unit', { unit: unit.name ?? unit.code })}
              </a>
            ))}
          </p>
        )}
        {units.map(({ unit, role }) => (
          <UnitReportPanel
            key={unit.code}
            detail={detail}
            unit={unit}
            role={role}
            words={words}
            reporting={reporting}
            canReview={canReview}
          />
        ))}
      </div>
    </>
  );
}
