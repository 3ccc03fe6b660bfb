/**
 * The scorecard's table: a row per KPI (its code, words, measure and five-year trend), a column per
 * fiscal year with the target, the result, the status as a badge in words and the way to the report
 * it came from. On a phone it scrolls sideways inside its own frame, the KPI column staying in view.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScorecardCell, ScorecardRow, StrategyScorecard } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { paths } from '../../../config/paths.ts';
import { useAchievedText } from '../utils/scorecard.ts';
import { PlanText } from './plan-text.tsx';
import { ScorecardStatusBadge, unjudgedReasonKey } from './scorecard-status.tsx';
import { ScorecardTrend } from './scorecard-trend.tsx';
import { TargetValue } from './target-value.tsx';

const roundKindKey = {
  six_month: 'page.source_six_month',
  twelve_month: 'page.source_twelve_month',
  other: 'page.source_custom',
} as const;

export function ScorecardTable({ scorecard }: { scorecard: StrategyScorecard }) {
  const { t } = useTranslation('strategy_scorecard');
  const first = scorecard.years[0];
  const last = scorecard.years[scorecard.years.length - 1];
  return (
    <div
      className="table-wrap scorecard-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('page.table_caption', { first, last })}
    >
      <table className="table table-compact scorecard-table">
        <caption className="visually-hidden">{t('page.table_caption', { first, last })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('page.kpi')}</th>
            {scorecard.years.map((year) => (
              <th
                key={year}
                scope="col"
                aria-current={year === scorecard.currentFiscalYear ? 'true' : undefined}
              >
                {t('page.fiscal_year', { year })}
                {year === scorecard.currentFiscalYear && (
                  <>
                    {' '}
                    <Badge>{t('page.current_year')}</Badge>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scorecard.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="scorecard-kpi">
                <Link to={paths.strategyKpi(row.code)}>
                  <span className="strategy-code">{row.code}</span> <PlanText text={row.name} />
                </Link>
                <MeasureLine row={row} />
                <ScorecardTrend row={row} />
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.fiscalYear}
                  aria-current={cell.fiscalYear === scorecard.currentFiscalYear ? 'true' : undefined}
                >
                  <ScorecardCellView row={row} cell={cell} versionNumber={scorecard.version.number} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MeasureLine({ row }: { row: ScorecardRow }) {
  const { t } = useTranslation('strategy_scorecard');
  const { measure } = row;
  return (
    <span className="scorecard-kpi__measure">
      {measure.kind === 'rubric' ? (
        t('measure.rubric', { count: measure.levels.length })
      ) : measure.kind === 'number' ? (
        <PlanText text={measure.unit} />
      ) : (
        t('measure.percent')
      )}
    </span>
  );
}

/** One KPI in one year: target, result, status in words, and the report it came from. */
export function ScorecardCellView({
  row,
  cell,
  versionNumber,
}: {
  row: ScorecardRow;
  cell: ScorecardCell;
  /** The version the scorecard shows: a year judged against another version's target says so. */
  versionNumber: number;
}) {
  const { t } = useTranslation('strategy_scorecard');
  const achievedText = useAchievedText();
  return (
    <div className="scorecard-cell">
      <dl className="scorecard-figures">
        <div>
          <dt>{t('page.target')}</dt>
          <dd>{cell.target ? <TargetValue measure={row.measure} target={cell.target} /> : '–'}</dd>
        </div>
        <div>
          <dt>{t('page.achieved')}</dt>
          <dd className="scorecard-figures__achieved">
            {cell.achieved === null ? t('page.not_achieved') : achievedText(row.measure, cell.achieved)}
          </dd>
        </div>
      </dl>
      <ScorecardStatusBadge status={cell.status} />
      {cell.unjudgedReason && (
        <span className="scorecard-cell__note">{t(unjudgedReasonKey[cell.unjudgedReason])}</span>
      )}
      {cell.source?.isAmendmentPending && (
        <span className="scorecard-cell__note">{t('page.amendment_pending')}</span>
      )}
      {cell.source && cell.source.planVersion !== versionNumber && (
        <span className="scorecard-cell__note">
          {t('page.plan_version_note', { number: cell.source.planVersion })}
        </span>
      )}
      {cell.source && (
        <span className="scorecard-cell__source">
          {t(roundKindKey[cell.source.kind])}{' '}
          <Link
            to={paths.strategyRoundItem(cell.source.itemId)}
            aria-label={t('page.open_report_label', { code: row.code, year: cell.fiscalYear })}
          >
            {t('page.open_report')}
          </Link>
        </span>
      )}
    </div>
  );
}
