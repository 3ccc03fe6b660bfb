/**
 * /strategy/scorecard — the plan's scorecard (decision 0048): every KPI × fiscal year, target against
 * the accepted result, each status in words (a sign and colour repeat it), each KPI's five-year trend,
 * the counts per status of each year, what the statuses mean, and the same as a workbook.
 * `?planVersion=N` shows an earlier version of the plan.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { StrategyScorecard } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { scorecardWorkbookUrl, useScorecard } from '../api/scorecard.ts';
import { hasTranslation } from '../utils/translations.ts';
import { PlanText, TranslationLegend } from './plan-text.tsx';
import { ScorecardLegend } from './scorecard-status.tsx';
import { ScorecardTable } from './scorecard-table.tsx';
import { ScorecardTotals } from './scorecard-totals.tsx';
import { VersionLine } from './version-line.tsx';
import '../strategy.css';

function versionAsked(searchParams: URLSearchParams): number | undefined {
  const asked = Number(searchParams.get('planVersion'));
  return Number.isInteger(asked) && asked >= 1 ? asked : undefined;
}

export function ScorecardPage() {
  const { t } = useTranslation('strategy_scorecard');
  const [searchParams] = useSearchParams();
  const planVersion = versionAsked(searchParams);
  const scorecard = useScorecard(planVersion);
  return (
    <div className="strategy-page">
      <p className="strategy-back">
        <Link to={paths.strategy}>{t('page.back')}</Link>
      </p>
      <PageHeader
        title={t('page.title')}
        intro={scorecard.data && <ScorecardFacts scorecard={scorecard.data} />}
        actions={
          <a
            className="button button-secondary button-small"
            href={scorecardWorkbookUrl(planVersion)}
            download
          >
            {t('page.download_xlsx')}
          </a>
        }
      />
      {scorecard.isPending && <Loading />}
      {scorecard.isError && <QueryError error={scorecard.error} onRetry={() => void scorecard.refetch()} />}
      {scorecard.data && <ScorecardView scorecard={scorecard.data} />}
    </div>
  );
}

function ScorecardFacts({ scorecard }: { scorecard: StrategyScorecard }) {
  const { t } = useTranslation('strategy_scorecard');
  const format = useFormat();
  const first = scorecard.years[0];
  const last = scorecard.years[scorecard.years.length - 1];
  return (
    <>
      <p className="strategy-plan-title">
        <PlanText text={scorecard.planTitle} />
      </p>
      <p>{t('page.intro', { first, last })}</p>
      <VersionLine version={scorecard.version} />
      <p className="strategy-muted">{t('page.as_of', { date: format.date(scorecard.asOf) })}</p>
    </>
  );
}

function ScorecardView({ scorecard }: { scorecard: StrategyScorecard }) {
  const prefix = useId();
  return (
    <div className="stack">
      <TranslationLegend isShown={hasTranslation(scorecard)} />
      <ScorecardTable scorecard={scorecard} />
      <ScorecardTotals scorecard={scorecard} headingId={`${prefix}-totals`} />
      <ScorecardLegend headingId={`${prefix}-legend`} />
    </div>
  );
}
