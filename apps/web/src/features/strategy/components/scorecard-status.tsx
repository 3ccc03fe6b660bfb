/**
 * A KPI's status in a year (decision 0048) as a badge: the word says the status, a sign and the
 * colour repeat it — never the colour alone. Also the legend of the statuses, said once per page.
 */
import { useTranslation } from 'react-i18next';
import { scorecardStatuses, type ScorecardStatus, type ScorecardUnjudgedReason } from '@bia/contracts';
import '../scorecard.css';

/** The keys of the `strategy_scorecard` catalogue naming each status (the server's workbook uses the same). */
export const scorecardStatusLabelKey = {
  on_track: 'status.on_track',
  at_risk: 'status.at_risk',
  missed: 'status.missed',
  not_reported: 'status.not_reported',
  not_judged: 'status.not_judged',
  not_due: 'status.not_due',
} as const satisfies Record<ScorecardStatus, string>;

const meaningKey = {
  on_track: 'status_meaning.on_track',
  at_risk: 'status_meaning.at_risk',
  missed: 'status_meaning.missed',
  not_reported: 'status_meaning.not_reported',
  not_judged: 'status_meaning.not_judged',
  not_due: 'status_meaning.not_due',
} as const satisfies Record<ScorecardStatus, string>;

export const unjudgedReasonKey = {
  no_numeric_target: 'reason.no_numeric_target',
  conditional: 'reason.conditional',
} as const satisfies Record<ScorecardUnjudgedReason, string>;

/** The sign of each status: its shape tells it apart where colour cannot. */
export const statusSign: Record<ScorecardStatus, string> = {
  on_track: '✓',
  at_risk: '!',
  missed: '✕',
  not_reported: '?',
  not_judged: '~',
  not_due: '·',
};

export function useStatusLabel(): (status: ScorecardStatus) => string {
  const { t } = useTranslation('strategy_scorecard');
  return (status) => t(scorecardStatusLabelKey[status]);
}

export function ScorecardStatusBadge({ status }: { status: ScorecardStatus }) {
  const label = useStatusLabel();
  return (
    <span className={`scorecard-status scorecard-status--${status}`}>
      <span className="scorecard-status__sign" aria-hidden="true">
        {statusSign[status]}
      </span>
      {label(status)}
    </span>
  );
}

/** What each status means, once per page. */
export function ScorecardLegend({ headingId }: { headingId: string }) {
  const { t } = useTranslation('strategy_scorecard');
  return (
    <section className="card scorecard-legend" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('page.legend')}</h2>
      <dl>
        {scorecardStatuses.map((status) => (
          <div key={status}>
            <dt>
              <ScorecardStatusBadge status={status} />
            </dt>
            <dd>{t(meaningKey[status])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
