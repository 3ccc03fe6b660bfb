/**
 * Every figure of each group of the dimension chosen, with the totals: contacts, deals by stage,
 * order lines, quantities (each in its unit), the value in baht and what could not be converted, and
 * the values in their own currencies; confirmed and unconfirmed apart. A group's name narrows the
 * page to it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyAmount, OutcomeStatistics, StatisticsFigures } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { dimensionKey, stageKey } from '../utils/labels.ts';

interface FiguresTableProps {
  statistics: OutcomeStatistics;
  /** Narrows the page to a group; absent where the dimension is filtered on already. */
  onFilterTo?: ((key: string) => void) | undefined;
}

export function FiguresTable({ statistics, onFilterTo }: FiguresTableProps) {
  const { t } = useTranslation(['outcome_statistics', 'outcomes']);
  const { number } = useFormat();
  const headingId = useId();
  const dimension = t(dimensionKey[statistics.groupBy]);
  const amounts = (items: readonly CurrencyAmount[]) =>
    items.length === 0 ? (
      '—'
    ) : (
      <ul className="os-cell-list">
        {items.map((item) => (
          <li key={item.currency}>
            {item.currency} {number(item.value)}
          </li>
        ))}
      </ul>
    );

  const cells = (figures: StatisticsFigures) => (
    <>
      <td>
        {number(figures.contacts.total)}
        <span className="os-cell-detail">
          {t('totals.contacts_detail', {
            confirmed: number(figures.contacts.confirmed),
            unconfirmed: number(figures.contacts.unconfirmed),
            atSession: number(figures.contacts.atSession),
          })}
        </span>
      </td>
      <td>
        {number(figures.deals.total)}
        {figures.deals.byStage.length > 0 && (
          <ul className="os-cell-list os-cell-detail">
            {figures.deals.byStage.map((item) => (
              <li key={item.stage}>
                {t('table.stage_count', { stage: t(stageKey[item.stage]), count: number(item.count) })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {number(figures.orders.lines)}
        <span className="os-cell-detail">
          {t('totals.lines_detail', {
            confirmed: number(figures.orders.confirmedLines),
            unconfirmed: number(figures.orders.unconfirmedLines),
          })}
        </span>
      </td>
      <td>
        {figures.orders.quantities.length === 0 ? (
          '—'
        ) : (
          <ul className="os-cell-list">
            {figures.orders.quantities.map((item) => (
              <li key={item.unit}>
                {number(item.quantity)} {item.unit}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {number(figures.orders.valueBaht)}
        <span className="os-cell-detail">
          {t('totals.value_detail', { value: number(figures.orders.confirmedValueBaht) })}
        </span>
      </td>
      <td>{amounts(figures.orders.unconverted)}</td>
      <td>{amounts(figures.orders.original)}</td>
    </>
  );

  return (
    <section className="os-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('table.heading', { dimension })}</h2>
      {statistics.groupCount > statistics.groups.length && (
        <p className="os-note">
          {t('table.showing', {
            shown: number(statistics.groups.length),
            count: number(statistics.groupCount),
          })}
        </p>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="table chart-numbers">
          <caption className="visually-hidden">{t('table.caption', { dimension })}</caption>
          <thead>
            <tr>
              <th scope="col">{dimension}</th>
              <th scope="col">{t('columns.contacts')}</th>
              <th scope="col">{t('columns.deals')}</th>
              <th scope="col">{t('columns.lines')}</th>
              <th scope="col">{t('columns.quantities')}</th>
              <th scope="col">{t('columns.value_baht')}</th>
              <th scope="col">{t('columns.unconverted')}</th>
              <th scope="col">{t('columns.original')}</th>
            </tr>
          </thead>
          <tbody>
            {statistics.groups.map((group) => (
              <tr key={group.key ?? 'none'}>
                <th scope="row">
                  {onFilterTo && group.key !== null ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('table.filter_to', { name: group.label })}
                      onClick={() => onFilterTo(group.key ?? '')}
                    >
                      {group.label}
                    </button>
                  ) : (
                    group.label
                  )}
                </th>
                {cells(group.figures)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('table.total_row')}</th>
              {cells(statistics.totals)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
