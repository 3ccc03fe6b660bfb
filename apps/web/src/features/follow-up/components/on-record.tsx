/**
 * What is on record for the business, so that it reports only what is new: the sessions it presented
 * at, the buyers who showed interest in its products there, and its deals so far with their stage.
 * Folded away on a phone until opened (the form comes first).
 */
import { useTranslation } from 'react-i18next';
import type { FollowUpForm } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useFollowUpLabels } from '../hooks/use-follow-up-labels.ts';

export function OnRecord({ view }: { view: FollowUpForm }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const labels = useFollowUpLabels();
  const titleOf = (sessionId: string) =>
    view.sessions.find((session) => session.id === sessionId)?.title ?? '';
  return (
    <details className="card follow-up-record" open={view.answer !== null}>
      <summary className="disclosure">{t('record.heading')}</summary>
      <h3>{t('record.sessions')}</h3>
      {view.sessions.length === 0 ? (
        <p className="empty">{t('record.no_sessions')}</p>
      ) : (
        <ul className="follow-up-record__list">
          {view.sessions.map((session) => (
            <li key={session.id}>
              <strong>{session.title}</strong>
              <br />
              {t('record.session_when', {
                date: format.date(session.heldOn),
                cities: session.cities.map((city) => city.name).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('record.interests')}</h3>
      {view.interests.length === 0 ? (
        <p className="empty">{t('record.no_interests')}</p>
      ) : (
        <ul className="follow-up-record__list">
          {view.interests.map((interest, index) => (
            <li key={index}>
              {t('record.interest', {
                buyer: interest.buyerOrganisation
                  ? `${interest.buyerName} · ${interest.buyerOrganisation}`
                  : interest.buyerName,
                city: interest.city.name,
                product: interest.product.name,
                level: labels.level(interest.level),
              })}
              <br />
              <span className="muted">{titleOf(interest.sessionId)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('record.deals')}</h3>
      {view.deals.length === 0 ? (
        <p className="empty">{t('record.no_deals')}</p>
      ) : (
        <ul className="follow-up-record__list">
          {view.deals.map((deal) => (
            <li key={deal.id}>
              <strong>
                {deal.buyerOrganisation ? `${deal.buyerName} · ${deal.buyerOrganisation}` : deal.buyerName}
              </strong>{' '}
              ({deal.city.name})
              <br />
              {deal.lastEntryOn
                ? t('record.deal_stage_on', {
                    stage: labels.stage(deal.stage),
                    date: format.date(deal.lastEntryOn),
                  })
                : labels.stage(deal.stage)}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
