/**
 * Shapes the statistics for the API and the workbook: every group and filter named in the reader's
 * language — cities, businesses and districts by their records' names, countries by their names,
 * categories and HS sections from the catalogue of texts, fiscal years in the Buddhist era, rounds
 * by their periods.
 */
import {
  hsSectionCodes,
  productCategories,
  type HsSection,
  type OutcomeStatistics,
  type ProductCategory,
  type StatisticsDimension,
  type StatisticsOptions,
} from '@bia/contracts';
import { formatDate, type InterfaceLocale } from '@bia/i18n';
import type { MessageKey } from '../../shared/errors.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { countryName } from '../partners/index.ts';
import type { RoundPeriod } from './statistics.repository.ts';
import {
  filterKeys,
  type StatisticsChoices,
  type StatisticsFacts,
  type StatisticsNames,
} from './statistics.service.ts';

export const dimensionLabelKey = {
  city: 'outcome_statistics:dimensions.city',
  country: 'outcome_statistics:dimensions.country',
  category: 'outcome_statistics:dimensions.category',
  hs_section: 'outcome_statistics:dimensions.hs_section',
  business: 'outcome_statistics:dimensions.business',
  district: 'outcome_statistics:dimensions.district',
  fiscal_year: 'outcome_statistics:dimensions.fiscal_year',
  round: 'outcome_statistics:dimensions.round',
} as const satisfies Record<StatisticsDimension, MessageKey>;

export const categoryLabelKey = {
  food: 'outcome_statistics:categories.food',
  beverages: 'outcome_statistics:categories.beverages',
  textiles_clothing: 'outcome_statistics:categories.textiles_clothing',
  souvenirs_decor: 'outcome_statistics:categories.souvenirs_decor',
  herbal_non_food: 'outcome_statistics:categories.herbal_non_food',
} as const satisfies Record<ProductCategory, MessageKey>;

export const hsSectionLabelKey = {
  I: 'outcome_statistics:hs_sections.I',
  II: 'outcome_statistics:hs_sections.II',
  III: 'outcome_statistics:hs_sections.III',
  IV: 'outcome_statistics:hs_sections.IV',
  V: 'outcome_statistics:hs_sections.V',
  VI: 'outcome_statistics:hs_sections.VI',
  VII: 'outcome_statistics:hs_sections.VII',
  VIII: 'outcome_statistics:hs_sections.VIII',
  IX: 'outcome_statistics:hs_sections.IX',
  X: 'outcome_statistics:hs_sections.X',
  XI: 'outcome_statistics:hs_sections.XI',
  XII: 'outcome_statistics:hs_sections.XII',
  XIII: 'outcome_statistics:hs_sections.XIII',
  XIV: 'outcome_statistics:hs_sections.XIV',
  XV: 'outcome_statistics:hs_sections.XV',
  XVI: 'outcome_statistics:hs_sections.XVI',
  XVII: 'outcome_statistics:hs_sections.XVII',
  XVIII: 'outcome_statistics:hs_sections.XVIII',
  XIX: 'outcome_statistics:hs_sections.XIX',
  XX: 'outcome_statistics:hs_sections.XX',
  XXI: 'outcome_statistics:hs_sections.XXI',
} as const satisfies Record<HsSection, MessageKey>;

/** What a group of none is called, by dimension. */
const noneLabelKey = {
  city: 'outcome_statistics:none.other',
  country: 'outcome_statistics:none.country',
  category: 'outcome_statistics:none.category',
  hs_section: 'outcome_statistics:none.hs_section',
  business: 'outcome_statistics:none.other',
  district: 'outcome_statistics:none.district',
  fiscal_year: 'outcome_statistics:none.other',
  round: 'outcome_statistics:none.round',
} as const satisfies Record<StatisticsDimension, MessageKey>;

const isCategory = (key: string): key is ProductCategory =>
  (productCategories as readonly string[]).includes(key);
const isHsSection = (key: string): key is HsSection => (hsSectionCodes as readonly string[]).includes(key);

export function roundLabel(round: RoundPeriod, locale: InterfaceLocale): string {
  return translatorFor(locale)('outcome_statistics:labels.round', {
    start: formatDate(round.periodStart, locale),
    end: formatDate(round.periodEnd, locale),
  });
}

/** Names the keys of every dimension in the reader's language. */
export function createLabeller(
  names: StatisticsNames,
  rounds: readonly RoundPeriod[],
  locale: InterfaceLocale,
): (dimension: StatisticsDimension, key: string | null) => string {
  const t = translatorFor(locale);
  return (dimension, key) => {
    if (key === null) return t(noneLabelKey[dimension]);
    const unknown = t('outcome_statistics:labels.unknown');
    switch (dimension) {
      case 'city':
      case 'business':
      case 'district':
        return names.get(dimension)?.get(key) ?? unknown;
      case 'country':
        return countryName(key, locale);
      case 'category':
        return isCategory(key) ? t(categoryLabelKey[key]) : key;
      case 'hs_section':
        return isHsSection(key) ? t(hsSectionLabelKey[key]) : key;
      case 'fiscal_year':
        return t('outcome_statistics:labels.fiscal_year', { year: key });
      case 'round': {
        const round = rounds.find((candidate) => candidate.id === key);
        return round ? roundLabel(round, locale) : unknown;
      }
    }
  };
}

export function presentStatistics(facts: StatisticsFacts, locale: InterfaceLocale): OutcomeStatistics {
  const label = createLabeller(facts.names, facts.rounds, locale);
  return {
    groupBy: facts.query.groupBy,
    asOf: facts.asOf,
    filters: filterKeys(facts.query).map(([dimension, key]) => ({
      dimension,
      key,
      label: label(dimension, key),
    })),
    totals: facts.totals,
    groups: facts.groups.map(([key, figures]) => ({
      key,
      label: label(facts.query.groupBy, key),
      figures,
    })),
    groupCount: facts.groupCount,
    mayCountTwice: facts.mayCountTwice,
    latestRates: facts.latestRates.map((rate) => ({
      roundId: rate.roundId,
      round: label('round', rate.roundId),
      currency: rate.currency,
      bahtPerUnit: rate.bahtPerUnit,
    })),
  };
}

/** The filters' choices, each named, in the reader's alphabetical order (years and rounds in time order). */
export function presentChoices(choices: StatisticsChoices, locale: InterfaceLocale): StatisticsOptions {
  const label = createLabeller(choices.names, choices.rounds, locale);
  const collator = new Intl.Collator(locale);
  const named = (dimension: StatisticsDimension, keys: readonly string[]) =>
    keys
      .map((key) => ({ key, label: label(dimension, key) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  return {
    cities: named('city', choices.cityIds),
    countries: named('country', choices.countries),
    categories: productCategories.map((key) => ({ key, label: label('category', key) })),
    hsSections: hsSectionCodes.map((key) => ({ key, label: label('hs_section', key) })),
    districts: named('district', choices.districts),
    fiscalYears: [...choices.fiscalYears]
      .sort((a, b) => b - a)
      .map((year) => ({ key: String(year), label: label('fiscal_year', String(year)) })),
    rounds: [...choices.rounds]
      .reverse()
      .map((round) => ({ key: round.id, label: label('round', round.id) })),
  };
}
