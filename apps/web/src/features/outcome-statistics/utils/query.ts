/**
 * The page's filters, grouping and chart measure live in the address (`?groupBy=district&fiscalYear=2569`),
 * so that a view of the figures can be bookmarked and shared; this reads them, keeping only what the
 * API knows and dropping what it would refuse.
 */
import {
  StatisticsDimensionSchema,
  StatisticsFilterSchema,
  statisticsDimensions,
  type StatisticsDimension,
  type StatisticsFilter,
  type StatisticsQuery,
} from '@bia/contracts';

/** The address's parameter of each dimension's filter. */
export const filterParam = {
  city: 'city',
  country: 'country',
  category: 'category',
  hs_section: 'hsSection',
  business: 'business',
  district: 'district',
  fiscal_year: 'fiscalYear',
  round: 'round',
} as const satisfies Record<StatisticsDimension, keyof StatisticsFilter>;

export type FilterParam = (typeof filterParam)[StatisticsDimension];

/** What the charts measure. */
export const metrics = ['value_baht', 'lines', 'contacts', 'deals'] as const;
export type Metric = (typeof metrics)[number];

/** The filters in the address that the API takes (one it would refuse is left out). */
export function filterOf(params: URLSearchParams): StatisticsFilter {
  const filter: StatisticsFilter = {};
  for (const dimension of statisticsDimensions) {
    const name = filterParam[dimension];
    const value = params.get(name);
    if (!value) continue;
    const parsed = StatisticsFilterSchema.safeParse({ [name]: value });
    if (parsed.success) Object.assign(filter, parsed.data);
  }
  return filter;
}

export function groupByOf(params: URLSearchParams): StatisticsDimension {
  const parsed = StatisticsDimensionSchema.safeParse(params.get('groupBy'));
  return parsed.success ? parsed.data : 'city';
}

export function metricOf(params: URLSearchParams): Metric {
  return metrics.find((metric) => metric === params.get('metric')) ?? 'value_baht';
}

export function queryOf(filter: StatisticsFilter, groupBy: StatisticsDimension): StatisticsQuery {
  return { ...filter, groupBy };
}

/** The filters set, as the address names them. */
export function activeFilters(filter: StatisticsFilter): [StatisticsDimension, string][] {
  return statisticsDimensions.flatMap((dimension) => {
    const value = filter[filterParam[dimension]];
    return value === undefined ? [] : [[dimension, String(value)] as [StatisticsDimension, string]];
  });
}
