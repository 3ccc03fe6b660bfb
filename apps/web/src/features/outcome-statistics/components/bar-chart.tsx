/**
 * One measure of each group as horizontal bars, the part the buyer confirmed darker, with the same
 * figures as a table behind "show the figures" (the partner analysis's way of drawing, decision 0036):
 * each row names its group and says its figure in words, so the drawing is only decoration.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsGroup } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { measureOf } from '../utils/metrics.ts';
import { metricKey } from '../utils/labels.ts';
import type { Metric } from '../utils/query.ts';

/** The most bars a chart draws (the largest groups; the table below the charts lists more). */
export const MAX_BARS = 15;

const CONFIRMED_COLOUR = '#1f5f8b';
const REST_COLOUR = '#a9c7dd';

interface BarChartProps {
  title: string;
  /** What the chart shows, before the sentence about its colours. */
  caption: string;
  groups: readonly StatisticsGroup[];
  metric: Metric;
  /** The heading of the groups' column in the table of figures. */
  groupHeading: string;
  /** Draws every group (a trend), rather than the largest `MAX_BARS`. */
  showsAll?: boolean;
}

export function BarChart({ title, caption, groups, metric, groupHeading, showsAll = false }: BarChartProps) {
  const { t } = useTranslation('outcome_statistics');
  const { number } = useFormat();
  const titleId = useId();
  const shown = showsAll ? groups : groups.slice(0, MAX_BARS);
  const rows = shown.map((group) => ({ group, measure: measureOf(group.figures, metric) }));
  const largest = Math.max(1, ...rows.map((row) => row.measure.total));
  const hasConfirmed = rows.some((row) => row.measure.confirmed !== null);
  const metricName = t(metricKey[metric]);
  const amount = (value: number) => number(metric === 'value_baht' ? Math.round(value) : value);

  return (
    <section className="card os-chart" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="os-chart__caption">
        {caption} {hasConfirmed ? t('charts.confirmed_part') : null}
      </p>
      {rows.length === 0 || rows.every((row) => row.measure.total === 0) ? (
        <p className="empty">{t('charts.empty')}</p>
      ) : (
        <>
          {hasConfirmed && (
            <ul className="os-legend" aria-label={t('charts.legend')}>
              <li>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <rect x="1" y="1" width="14" height="14" rx="2" fill={CONFIRMED_COLOUR} />
                </svg>
                {t('charts.confirmed')}
              </li>
              <li>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <rect x="1" y="1" width="14" height="14" rx="2" fill={REST_COLOUR} />
                </svg>
                {t('charts.unconfirmed')}
              </li>
            </ul>
          )}
          <ul className="os-bars">
            {rows.map(({ group, measure }) => {
              const confirmed = measure.confirmed ?? 0;
              return (
                <li key={group.key ?? 'none'} className="os-bars__row">
                  <span className="os-bars__label">{group.label}</span>
                  <svg className="os-bars__bar" width="100%" height="22" aria-hidden="true">
                    <rect x="0" y="0" width="100%" height="22" fill="#eef2f5" />
                    <rect
                      x="0"
                      y="0"
                      width={`${(confirmed / largest) * 100}%`}
                      height="22"
                      fill={CONFIRMED_COLOUR}
                    />
                    <rect
                      x={`${(confirmed / largest) * 100}%`}
                      y="0"
                      width={`${((measure.total - confirmed) / largest) * 100}%`}
                      height="22"
                      fill={measure.confirmed === null ? CONFIRMED_COLOUR : REST_COLOUR}
                    />
                  </svg>
                  <span className="os-bars__total">{amount(measure.total)}</span>
                </li>
              );
            })}
          </ul>
          {groups.length > shown.length && (
            <p className="os-note">
              {t('charts.more_groups', { shown: number(shown.length), count: number(groups.length) })}
            </p>
          )}
          <details className="os-figures">
            <summary>{t('charts.show_figures')}</summary>
            <div className="table-wrap os-figures__table">
              <table className="table table-compact os-numbers">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{groupHeading}</th>
                    <th scope="col">{metricName}</th>
                    {hasConfirmed && <th scope="col">{t('charts.confirmed')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ group, measure }) => (
                    <tr key={group.key ?? 'none'}>
                      <th scope="row">{group.label}</th>
                      <td>{number(measure.total)}</td>
                      {hasConfirmed && (
                        <td>{measure.confirmed === null ? '—' : number(measure.confirmed)}</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
