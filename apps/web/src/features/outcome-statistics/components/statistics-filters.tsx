/**
 * The filters (each narrows every figure of the page) and the dimension the table groups by; each
 * change goes straight into the address. The filters set are listed by name, each with a way to take
 * it off (a business is set from the table, where there are too many to choose from a list).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statisticsDimensions, type StatisticsDimension, type StatisticsOptions } from '@bia/contracts';
import { SelectFilter } from '../../../components/select-filter.tsx';
import { dimensionKey } from '../utils/labels.ts';
import { filterParam, type FilterParam } from '../utils/query.ts';

const isWideScreen = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(min-width: 48rem)').matches === true;

/** The filters chosen from a list, and where their choices are. */
const listed = [
  ['city', 'cities'],
  ['country', 'countries'],
  ['category', 'categories'],
  ['hs_section', 'hsSections'],
  ['district', 'districts'],
  ['fiscal_year', 'fiscalYears'],
  ['round', 'rounds'],
] as const satisfies readonly [StatisticsDimension, keyof StatisticsOptions][];

interface StatisticsFiltersProps {
  params: URLSearchParams;
  options: StatisticsOptions | undefined;
  groupBy: StatisticsDimension;
  /** The filters set, named by the server. */
  active: readonly { dimension: StatisticsDimension; key: string; label: string }[];
  onChange: (changes: Partial<Record<FilterParam | 'groupBy', string | undefined>>) => void;
  onClear: () => void;
}

export function StatisticsFilters({
  params,
  options,
  groupBy,
  active,
  onChange,
  onClear,
}: StatisticsFiltersProps) {
  const { t } = useTranslation('outcome_statistics');
  const groupById = useId();
  const activeId = useId();
  // Open on wide screens, and on phones when a filter is set already; a phone can fold them away.
  const [isOpen, setIsOpen] = useState(() => isWideScreen() || active.length > 0);

  return (
    <>
      <details
        className="filters-panel os-filters"
        open={isOpen}
        onToggle={(event) => setIsOpen(event.currentTarget.open)}
      >
        <summary className="disclosure">{t('filters.legend')}</summary>
        <form
          className="os-filters__grid"
          aria-label={t('filters.legend')}
          onSubmit={(event) => event.preventDefault()}
        >
          {listed.map(([dimension, choices]) => {
            const name = filterParam[dimension];
            return (
              <SelectFilter
                key={dimension}
                label={t(dimensionKey[dimension])}
                value={params.get(name) ?? ''}
                onChange={(value) => onChange({ [name]: value })}
                allText={t('filters.any')}
              >
                {(options?.[choices] ?? []).map((choice) => (
                  <option key={choice.key} value={choice.key}>
                    {choice.label}
                  </option>
                ))}
              </SelectFilter>
            );
          })}
          <div className="field">
            <label htmlFor={groupById} className="field-label">
              {t('filters.group_by')}
            </label>
            <select
              id={groupById}
              value={groupBy}
              onChange={(event) =>
                onChange({ groupBy: event.target.value === 'city' ? undefined : event.target.value })
              }
            >
              {statisticsDimensions.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {t(dimensionKey[dimension])}
                </option>
              ))}
            </select>
          </div>
        </form>
      </details>
      {active.length > 0 && (
        <div className="os-active">
          <h2 id={activeId} className="os-active__heading">
            {t('filters.active')}
          </h2>
          <ul className="os-chips" aria-labelledby={activeId}>
            {active.map((filter) => {
              const name = t('filters.chip', {
                dimension: t(dimensionKey[filter.dimension]),
                name: filter.label,
              });
              return (
                <li key={filter.dimension} className="os-chip">
                  <span>{name}</span>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={t('filters.remove', { name })}
                    onClick={() => onChange({ [filterParam[filter.dimension]]: undefined })}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button-secondary button-small" onClick={onClear}>
            {t('filters.clear')}
          </button>
        </div>
      )}
    </>
  );
}
