/** The overall figures: contacts, deals, order lines and their value, each with what the buyer confirmed. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsFigures } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';

export function Totals({ figures }: { figures: StatisticsFigures }) {
  const { t } = useTranslation('outcome_statistics');
  const { number } = useFormat();
  const { contacts, deals, orders } = figures;
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('totals.heading')}</h2>
      <dl className="os-totals">
        <div className="os-total">
          <dt>{t('totals.contacts')}</dt>
          <dd className="os-total__figure">{number(contacts.total)}</dd>
          <dd className="os-total__detail">
            {t('totals.contacts_detail', {
              confirmed: number(contacts.confirmed),
              unconfirmed: number(contacts.unconfirmed),
              atSession: number(contacts.atSession),
            })}
          </dd>
        </div>
        <div className="os-total">
          <dt>{t('totals.deals')}</dt>
          <dd className="os-total__figure">{number(deals.total)}</dd>
        </div>
        <div className="os-total">
          <dt>{t('totals.lines')}</dt>
          <dd className="os-total__figure">{number(orders.lines)}</dd>
          <dd className="os-total__detail">
            {t('totals.lines_detail', {
              confirmed: number(orders.confirmedLines),
              unconfirmed: number(orders.unconfirmedLines),
            })}
          </dd>
        </div>
        <div className="os-total">
          <dt>{t('totals.value_baht')}</dt>
          <dd className="os-total__figure">{number(orders.valueBaht)}</dd>
          <dd className="os-total__detail">
            {t('totals.value_detail', { value: number(orders.confirmedValueBaht) })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
