/** The scorecard's counts: how many KPIs are in each status, for each fiscal year. */
import { useTranslation } from 'react-i18next';
import { scorecardStatuses, type StrategyScorecard } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { ScorecardStatusBadge } from './scorecard-status.tsx';

export function ScorecardTotals({
  scorecard,
  headingId,
}: {
  scorecard: StrategyScorecard;
  headingId: string;
}) {
  const { t } = useTranslation('strategy_scorecard');
  const format = useFormat();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('page.totals')}
      </h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="table table-compact scorecard-totals">
          <caption className="visually-hidden">{t('page.totals_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('page.status_column')}</th>
              {scorecard.totals.map((total) => (
                <th key={total.fiscalYear} scope="col">
                  {t('page.fiscal_year', { year: total.fiscalYear })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scorecardStatuses.map((status) => (
              <tr key={status}>
                <th scope="row">
                  <ScorecardStatusBadge status={status} />
                </th>
                {scorecard.totals.map((total) => (
                  <td key={total.fiscalYear} className="scorecard-totals__count">
                    {format.number(total.counts[status])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
