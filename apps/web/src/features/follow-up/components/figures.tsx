/**
 * A round's figures (seed 003 §9.2): the contacts by partner city, the orders by city and product with
 * the quantity ordered and its value in baht at the round's rates, how many the buyer confirmed, and
 * the values in a currency without a rate, apart. Tables, as the seed's form is one.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpFigures } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';

export function FiguresSection({ title, figures }: { title: string; figures: FollowUpFigures }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const headingId = useId();
  const { totals } = figures;
  return (
    <section className="card follow-up-figure-set" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ul className="plain-list">
        <li>
          {t('figures.contacts_total', {
            count: figures.contacts.total,
            number: format.number(figures.contacts.total),
            confirmed: format.number(figures.contacts.confirmed),
          })}
        </li>
        <li>
          {t('figures.orders_total', {
            count: totals.orderLines,
            number: format.number(totals.orderLines),
            confirmed: format.number(totals.confirmedOrderLines),
            value: format.number(totals.valueBaht),
          })}
        </li>
        {totals.unconverted.map((row) => (
          <li key={row.currency}>
            {t('figures.unconverted', { currency: row.currency, value: format.number(row.value) })}
          </li>
        ))}
      </ul>
      {figures.contacts.byCity.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('figures.contacts_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.columns.city')}</th>
                <th scope="col">{t('figures.columns.contacts')}</th>
                <th scope="col">{t('figures.columns.confirmed')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.contacts.byCity.map((row) => (
                <tr key={row.city.id}>
                  <th scope="row">{row.city.name}</th>
                  <td>{format.number(row.count)}</td>
                  <td>{format.number(row.confirmed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {figures.orders.length === 0 ? (
        <p className="empty">{t('figures.no_orders')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('figures.orders_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.columns.city')}</th>
                <th scope="col">{t('figures.columns.product')}</th>
                <th scope="col">{t('figures.columns.quantity')}</th>
                <th scope="col">{t('figures.columns.value_baht')}</th>
                <th scope="col">{t('figures.columns.confirmed_lines')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.orders.map((row) => (
                <tr key={`${row.city.id}-${row.product.id}-${row.unit}`}>
                  <td>{row.city.name}</td>
                  <td>
                    {row.product.name}
                    <br />
                    <span className="muted">{row.business.name}</span>
                  </td>
                  <td className="cell-nowrap">
                    {format.number(row.quantity)} {row.unit}
                  </td>
                  <td>{row.valueBaht === null ? t('figures.no_value') : format.number(row.valueBaht)}</td>
                  <td>
                    {t('figures.confirmed_of', {
                      confirmed: format.number(row.confirmedLines),
                      lines: format.number(row.lines),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
