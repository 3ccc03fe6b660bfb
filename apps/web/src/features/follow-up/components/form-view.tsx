/**
 * What a business's form shows, signed in or from its link: the round (its period and deadline), what
 * is on record for the business (its sessions, the buyers who showed interest, its deals), and either
 * the answer it gave — with what it recorded — or the form to answer. An officer entering the answer
 * on the business's behalf is told that it will be marked as entered by staff.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpForm } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useFollowUpLabels } from '../hooks/use-follow-up-labels.ts';
import { AnswerForm, type AnswerSending } from './answer-form.tsx';
import { OnRecord } from './on-record.tsx';

export function FollowUpFormView({ view, sending }: { view: FollowUpForm; sending: AnswerSending }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const labels = useFollowUpLabels();
  const { round } = view;
  return (
    <div className="follow-up-form-view stack">
      <p className="follow-up-period">
        {t('form.period', { from: format.date(round.periodStart), to: format.date(round.periodEnd) })}
        <br />
        <strong>{t('form.deadline', { deadline: format.date(round.deadline) })}</strong>
      </p>
      {view.answeringAs === 'staff' && (
        <Alert tone="info" title={t('form.on_behalf_title', { business: view.business.name })}>
          <p>{t('form.on_behalf')}</p>
        </Alert>
      )}
      {view.answer ? (
        <Alert
          tone="success"
          title={t('form.answered', {
            when: format.dateTime(view.answer.answeredAt),
            answer: labels.answer(view.answer.answer),
          })}
        >
          <p>{t('form.answered_as', { as: labels.answeredAs(view.answer.answeredAs) })}</p>
          <Reported view={view} />
        </Alert>
      ) : round.status === 'closed' ? (
        <Alert tone="warning">
          <p>{t('errors.round_closed')}</p>
        </Alert>
      ) : (
        <AnswerForm view={view} sending={sending} />
      )}
      <OnRecord view={view} />
    </div>
  );
}

/** What the answer recorded: each contact or order, with its buyer, city and products. */
function Reported({ view }: { view: FollowUpForm }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const headingId = useId();
  if (view.reported.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('form.reported_heading')}</h3>
      <ul className="follow-up-reported">
        {view.reported.map((entry, index) => (
          <li key={`${entry.dealId}-${index}`}>
            {entry.kind === 'order'
              ? t('form.reported_order', {
                  buyer: entry.buyerName,
                  city: entry.city.name,
                  date: format.date(entry.occurredOn),
                })
              : t('form.reported_contact', {
                  buyer: entry.buyerName,
                  city: entry.city.name,
                  date: format.date(entry.occurredOn),
                })}
            {entry.lines.length > 0 && (
              <ul>
                {entry.lines.map((line, lineIndex) => (
                  <li key={lineIndex}>
                    {t('form.reported_line', {
                      product: line.product.name,
                      quantity: format.number(line.quantity),
                      unit: line.unit,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
