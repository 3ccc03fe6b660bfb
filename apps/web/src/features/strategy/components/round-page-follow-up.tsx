/**
 * Who to chase in an open round: the lead units that have not reported although the deadline has
 * passed, and — in the deadline's last week — those that have not reported yet; each with the items
 * waiting and its liaison officers' names and e-mail addresses (the reminders go to them). A unit with
 * no liaison officer is said to get no reminder: it must be reached another way.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyRoundDetail } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { languageOfText } from '../../../lib/languages.ts';

type WaitingUnit = StrategyRoundDetail['late'][number];

export function RoundFollowUp({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation('strategy_rounds');
  const headingId = useId();
  const isEmpty = detail.late.length === 0 && detail.dueSoon.length === 0;
  return (
    <section className="card rounds-follow-up" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('follow_up.heading')}</h2>
      {isEmpty && <p className="empty">{t('follow_up.none')}</p>}
      {detail.late.length > 0 && (
        <WaitingList title={t('follow_up.late')} intro={t('follow_up.late_intro')} units={detail.late} />
      )}
      {detail.dueSoon.length > 0 && (
        <WaitingList
          title={t('follow_up.due_soon')}
          intro={t('follow_up.due_soon_intro')}
          units={detail.dueSoon}
        />
      )}
    </section>
  );
}

function WaitingList({ title, intro, units }: { title: string; intro: string; units: WaitingUnit[] }) {
  const { t } = useTranslation('strategy_rounds');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{intro}</p>
      <ul className="rounds-waiting">
        {units.map((entry) => (
          <li key={entry.unit.code}>
            <strong>
              <Link to={paths.unit(entry.unit.code)}>
                {entry.unit.name ? (
                  <span lang={languageOfText(entry.unit.name)}>{entry.unit.name}</span>
                ) : (
                  t('items.unit_code', { code: entry.unit.code })
                )}
              </Link>
            </strong>
            <p>{t('follow_up.items', { codes: entry.itemCodes.join(', ') })}</p>
            {entry.officers.length === 0 ? (
              <p className="rounds-warning">{t('follow_up.no_officer')}</p>
            ) : (
              <p>
                {t('follow_up.officers')}:{' '}
                {entry.officers.map((officer, index) => (
                  <span key={officer.email}>
                    {index > 0 && ', '}
                    {officer.name} (<a href={`mailto:${officer.email}`}>{officer.email}</a>)
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
