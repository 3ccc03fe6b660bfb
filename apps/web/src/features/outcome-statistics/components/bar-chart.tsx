/**
 * One measure of each group as horizontal bars, the part the buyer confirmed darker, with the same
 * figures as a table behind "show the figures" (the frame every chart shares, decision 0036):
 * each row names its group and says its figure in words, so the drawing is only decoration.
 */
import { useTranslation } from 'react-i18next';
import type { StatisticsGroup } from '@bia/contracts';
import { ChartSection, Legend } from '../../../components/chart.tsx';
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
  const shown = showsAll ? groups : groups.slice(0, MAX_BARS);
  const rows = shown.map((group) => ({ group, measure: measureOf(group.figures, metric) }));
  const largest = Math.max(1, ...rows.map((row) => row.measure.total));
  const hasConfirmed = rows.some((row) => row.measure.confirmed !== null);
  const metricName = t(metricKey[metric]);
  const amount = (value: number) => number(metric === 'value_baht' ? Math.round(value) : value);

  const isEmpty = rows.length === 0 || rows.every((row) => row.measure.total === 0);

  return (
    <ChartSection
      title={title}
      caption={
        <>
          {caption} {hasConfirmed ? t('charts.confirmed_part') : null}
        </>
      }
      dataTable={
        isEmpty ? undefined : (
          <table className="table table-compact chart-numbers">
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
                  {hasConfirmed && <td>{measure.confirmed === null ? '—' : number(measure.confirmed)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      {() =>
        isEmpty ? (
          <p className="empty">{t('charts.empty')}</p>
        ) : (
          <>
            {hasConfirmed && (
              <Legend
                label={t('charts.legend')}
                items={[
                  { key: 'confirmed', label: t('charts.confirmed'), colour: CONFIRMED_COLOUR },
                  { key: 'unconfirmed', label: t('charts.unconfirmed'), colour: REST_COLOUR },
                ]}
              />
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
          </>
        )
      }
    </ChartSection>
  );
}
