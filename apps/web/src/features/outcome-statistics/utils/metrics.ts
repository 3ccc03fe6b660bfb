/** What a chart's bar measures of a group's figures: the whole, and the part the buyer confirmed. */
import type { StatisticsFigures } from '@bia/contracts';
import type { Metric } from './query.ts';

export interface Measure {
  total: number;
  /** Confirmed by the buyer; null where nothing is confirmed (deals). */
  confirmed: number | null;
}

export function measureOf(figures: StatisticsFigures, metric: Metric): Measure {
  switch (metric) {
    case 'value_baht':
      return { total: figures.orders.valueBaht, confirmed: figures.orders.confirmedValueBaht };
    case 'lines':
      return { total: figures.orders.lines, confirmed: figures.orders.confirmedLines };
    case 'contacts':
      return { total: figures.contacts.total, confirmed: figures.contacts.confirmed };
    case 'deals':
      return { total: figures.deals.total, confirmed: null };
  }
}
