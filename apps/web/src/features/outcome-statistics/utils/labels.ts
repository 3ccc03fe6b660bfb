/** The catalogue keys of the names the page shows: dimensions and chart measures (of `outcome_statistics`), deal stages. */
import type { DealStage, StatisticsDimension } from '@bia/contracts';
import type { Metric } from './query.ts';

export const dimensionKey = {
  city: 'dimensions.city',
  country: 'dimensions.country',
  category: 'dimensions.category',
  hs_section: 'dimensions.hs_section',
  business: 'dimensions.business',
  district: 'dimensions.district',
  fiscal_year: 'dimensions.fiscal_year',
  round: 'dimensions.round',
} as const satisfies Record<StatisticsDimension, string>;

export const metricKey = {
  value_baht: 'metric.value_baht',
  lines: 'metric.lines',
  contacts: 'metric.contacts',
  deals: 'metric.deals',
} as const satisfies Record<Metric, string>;

/** The stages as the deal pages name them (the `outcomes` catalogue). */
export const stageKey = {
  contact: 'outcomes:stages.contact',
  samples: 'outcomes:stages.samples',
  negotiating: 'outcomes:stages.negotiating',
  agreement: 'outcomes:stages.agreement',
  order: 'outcomes:stages.order',
  shipment: 'outcomes:stages.shipment',
  repeat_order: 'outcomes:stages.repeat_order',
  closed: 'outcomes:stages.closed',
} as const satisfies Record<DealStage, string>;
