/**
 * /outcomes/statistics — the statistics Social Development keeps of the products partner cities
 * contacted and ordered (seed 003 §10.4): the overall figures, bars by city and by category, the
 * trend by follow-up round, and every figure by the dimension chosen; filters, grouping and the
 * charts' measure in the address; the same figures as a workbook.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OutcomeStatistics } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { statisticsWorkbookUrl, useOutcomeStatistics, useStatisticsOptions } from '../api/statistics.ts';
import { dimensionKey, metricKey } from '../utils/labels.ts';
import {
  filterOf,
  filterParam,
  groupByOf,
  metricOf,
  metrics,
  queryOf,
  type FilterParam,
  type Metric,
} from '../utils/query.ts';
import { BarChart } from './bar-chart.tsx';
import { FiguresTable } from './figures-table.tsx';
import { StatisticsFilters } from './statistics-filters.tsx';
import { Totals } from './totals.tsx';
import '../outcome-statistics.css';

export function OutcomeStatisticsPage() {
  const { t } = useTranslation('outcome_statistics');
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const groupBy = groupByOf(params);
  const metric = metricOf(params);
  const query = queryOf(filter, groupBy);
  const table = useOutcomeStatistics(query);
  const byCity = useOutcomeStatistics(queryOf(filter, 'city'));
  const byCategory = useOutcomeStatistics(queryOf(filter, 'category'));
  const byRound = useOutcomeStatistics(queryOf(filter, 'round'));
  const options = useStatisticsOptions();
  const queries = [table, byCity, byCategory, byRound, options];
  const failed = queries.find((candidate) => candidate.isError);

  /** Sets (a value) or removes (`undefined`) each parameter named; the page stays where it is in history. */
  function update(changes: Partial<Record<FilterParam | 'groupBy' | 'metric', string | undefined>>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }

  function clearFilters() {
    const kept = new URLSearchParams();
    for (const key of ['groupBy', 'metric']) {
      const value = params.get(key);
      if (value) kept.set(key, value);
    }
    setParams(kept, { replace: true });
  }

  return (
    <div className="os-page">
      <PageHeader
        title={t('page.title')}
        intro={<p>{t('page.intro')}</p>}
        actions={
          <a
            className="button button-secondary"
            href={statisticsWorkbookUrl(query)}
            download
            aria-describedby="os-export-hint"
          >
            {t('page.export')}
          </a>
        }
      />
      <p id="os-export-hint" className="visually-hidden">
        {t('page.export_hint')}
      </p>
      <StatisticsFilters
        params={params}
        options={options.data}
        groupBy={groupBy}
        active={table.data?.filters ?? []}
        onChange={update}
        onClear={clearFilters}
      />
      {failed ? (
        <QueryError error={failed.error} onRetry={() => queries.forEach((item) => void item.refetch())} />
      ) : table.data && byCity.data && byCategory.data && byRound.data ? (
        <div className="stack" aria-busy={queries.some((item) => item.isFetching)}>
          <Figures
            statistics={table.data}
            byCity={byCity.data}
            byCategory={byCategory.data}
            byRound={byRound.data}
            metric={metric}
            onMetric={(next) => update({ metric: next === 'value_baht' ? undefined : next })}
            onFilterTo={
              filter[filterParam[groupBy]] === undefined
                ? (key) => update({ [filterParam[groupBy]]: key })
                : undefined
            }
          />
        </div>
      ) : (
        <Loading />
      )}
    </div>
  );
}

function Figures({
  statistics,
  byCity,
  byCategory,
  byRound,
  metric,
  onMetric,
  onFilterTo,
}: {
  statistics: OutcomeStatistics;
  byCity: OutcomeStatistics;
  byCategory: OutcomeStatistics;
  byRound: OutcomeStatistics;
  metric: Metric;
  onMetric: (metric: Metric) => void;
  onFilterTo: ((key: string) => void) | undefined;
}) {
  const { t } = useTranslation('outcome_statistics');
  const { date, number } = useFormat();
  const metricName = t(metricKey[metric]);
  const { totals } = statistics;

  return (
    <>
      <p className="os-note">{t('page.as_of', { date: date(statistics.asOf) })}</p>
      <Totals figures={totals} />
      <section className="card os-notes" aria-label={t('notes.heading')}>
        <p>{t('notes.conversion')}</p>
        {totals.orders.unconverted.length > 0 && (
          <p>
            {t('notes.unconverted', {
              amounts: totals.orders.unconverted
                .map((item) => `${item.currency} ${number(item.value)}`)
                .join(', '),
            })}
          </p>
        )}
        {statistics.latestRates.length > 0 ? (
          <>
            <h2 className="os-notes__heading">{t('notes.rates')}</h2>
            <ul className="os-cell-list">
              {statistics.latestRates.map((rate) => (
                <li key={rate.currency}>
                  {t('notes.rate', {
                    currency: rate.currency,
                    baht: number(rate.bahtPerUnit),
                    round: rate.round,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('notes.no_rates')}</p>
        )}
        <p>{t('notes.superseded')}</p>
      </section>

      <fieldset className="os-metric">
        <legend>{t('metric.legend')}</legend>
        <div className="os-metric__choices">
          {metrics.map((choice) => (
            <label key={choice} className="os-metric__choice">
              <input
                type="radio"
                name="os-metric"
                value={choice}
                checked={choice === metric}
                onChange={() => onMetric(choice)}
              />
              {t(metricKey[choice])}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="os-grid">
        <BarChart
          title={t('charts.by_city_title')}
          caption={t('charts.by_city_caption', { metric: metricName })}
          groups={byCity.groups}
          metric={metric}
          groupHeading={t(dimensionKey.city)}
        />
        <BarChart
          title={t('charts.by_category_title')}
          caption={t('charts.by_category_caption', { metric: metricName })}
          groups={byCategory.groups}
          metric={metric}
          groupHeading={t(dimensionKey.category)}
        />
      </div>
      <BarChart
        title={t('charts.trend_title')}
        caption={t('charts.trend_caption', { metric: metricName })}
        groups={byRound.groups}
        metric={metric}
        groupHeading={t(dimensionKey.round)}
        showsAll
      />
      {[statistics, byCategory, byRound].some((answer) => answer.mayCountTwice) && (
        <p className="os-note">{t('notes.count_twice')}</p>
      )}
      <FiguresTable statistics={statistics} onFilterTo={onFilterTo} />
    </>
  );
}
