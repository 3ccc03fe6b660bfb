/**
 * The scorecard on the strategy map and a KPI's page: the way to the scorecard, and a KPI's status
 * in the current fiscal year in words (a badge whose sign and colour repeat it). The scorecard is
 * read once for the page (one query); while it loads, or if it cannot be read, the map shows the
 * plan without the statuses.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useScorecard } from '../api/scorecard.ts';
import { ScorecardStatusBadge } from './scorecard-status.tsx';

export function ScorecardLink({ label }: { label: 'map' | 'kpi_page' }) {
  const { t } = useTranslation('strategy_scorecard');
  return (
    <p>
      <Link to={paths.strategyScorecard}>{label === 'map' ? t('map.link') : t('kpi_page.link')}</Link>
    </p>
  );
}

/** The KPI's status in the fiscal year today falls in; nothing until the scorecard is read. */
export function ScorecardMapStatus({ code }: { code: string }) {
  const { t } = useTranslation('strategy_scorecard');
  const scorecard = useScorecard();
  if (!scorecard.data) return null;
  const year = scorecard.data.currentFiscalYear;
  const cell = scorecard.data.rows
    .find((row) => row.code === code)
    ?.cells.find((candidate) => candidate.fiscalYear === year);
  if (!cell) return null;
  return (
    <p className="scorecard-map-status">
      <span className="strategy-muted">{t('map.status_this_year', { year })}</span>
      <ScorecardStatusBadge status={cell.status} />
    </p>
  );
}
