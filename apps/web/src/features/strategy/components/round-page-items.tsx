/**
 * A round's items, grouped as the plan is (strategy → tactic, each tactic's KPIs then its projects):
 * each with its lead unit (linking to the unit's page), its state in words (amended and late marked),
 * how many supporting units have sent their contribution, and a link to the item's page. Filters kept
 * in the address: the state, the lead unit (chosen by name), late items only. A list that stacks on a
 * phone: nothing is wider than the screen.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { strategyItemStatuses, type StrategyRoundDetail, type StrategyRoundItem } from '@bia/contracts';
import { CodeOptions } from '../../../components/code-select.tsx';
import { NamePicker } from '../../../components/name-picker.tsx';
import { SelectFilter } from '../../../components/select-filter.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { languageOfText } from '../../../lib/languages.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';
import {
  groupRoundItems,
  hasRoundFilters,
  leadUnitsOf,
  matchesFilters,
  roundFiltersOf,
  type RoundItemFilters,
  type StrategyGroup,
  type TacticGroup,
} from '../utils/rounds-items.ts';
import { PlanText } from './plan-text.tsx';
import { ItemStatusBadges } from './rounds-badges.tsx';

export function RoundItems({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation(['strategy_rounds', 'common']);
  const format = useFormat();
  const headingId = useId();
  const { searchParams, updateParams } = useSearchParamState();
  const filters = roundFiltersOf(searchParams);
  const groups = groupRoundItems(detail.outline, detail.items, filters);
  const shown = detail.items.filter((item) => matchesFilters(item, filters)).length;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('items.heading')}</h2>
      <ItemFilters detail={detail} filters={filters} onChange={updateParams} />
      <p className="strategy-muted" aria-live="polite">
        {t('items.shown', { shown: format.number(shown), total: format.number(detail.items.length) })}
      </p>
      {groups.length === 0 && <p className="empty">{t('items.no_match')}</p>}
      {groups.map((group) => (
        <StrategyItems key={group.strategy.number} group={group} />
      ))}
      {hasRoundFilters(filters) && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => updateParams({ status: undefined, unit: undefined, late: undefined })}
        >
          {t('common:actions.clear_filters')}
        </button>
      )}
    </section>
  );
}

function ItemFilters({
  detail,
  filters,
  onChange,
}: {
  detail: StrategyRoundDetail;
  filters: RoundItemFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { t, i18n } = useTranslation('strategy_rounds');
  const labels = useRoundsLabels();
  const units = useMemo(
    () => leadUnitsOf(detail.items, new Intl.Collator(i18n.language)),
    [detail.items, i18n.language],
  );
  return (
    <div className="filters filters-panel" role="group" aria-label={t('items.filters')}>
      <SelectFilter
        label={t('items.status')}
        value={filters.status ?? ''}
        onChange={(status) => onChange({ status })}
        allText={t('items.status_all')}
      >
        <CodeOptions codes={strategyItemStatuses} label={labels.itemStatus} />
      </SelectFilter>
      <NamePicker
        text={{ select: t('items.unit'), choose: t('items.unit_all'), none: t('items.unit_none') }}
        value={filters.unitCode ?? ''}
        onChange={(code) => onChange({ unit: code || undefined })}
        options={units.map((unit) => ({
          id: unit.code,
          label: unit.name ?? t('items.unit_code', { code: unit.code }),
        }))}
        loading={{ isPending: false, error: null }}
      />
      <label className="checkbox rounds-late-filter">
        <input
          type="checkbox"
          checked={filters.isLateOnly}
          onChange={(event) => onChange({ late: event.target.checked ? '1' : undefined })}
        />
        <span>{t('items.late_only')}</span>
      </label>
    </div>
  );
}

function StrategyItems({ group }: { group: StrategyGroup }) {
  const { t } = useTranslation('strategy_rounds');
  const headingId = useId();
  return (
    <section className="rounds-strategy" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="strategy-number">{t('items.strategy', { number: group.strategy.number })}</span>{' '}
        <PlanText text={group.strategy.name} />
      </h3>
      {group.tactics.map((tactic) => (
        <TacticItems key={tactic.tactic.code} group={tactic} />
      ))}
    </section>
  );
}

function TacticItems({ group }: { group: TacticGroup }) {
  const { t } = useTranslation('strategy_rounds');
  const headingId = useId();
  return (
    <section className="rounds-tactic" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="strategy-code">{t('items.tactic', { code: group.tactic.code })}</span>{' '}
        <PlanText text={group.tactic.name} />
      </h4>
      <ul className="rounds-items">
        {group.items.map((item) => (
          <RoundItemRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function RoundItemRow({ item }: { item: StrategyRoundItem }) {
  const { t } = useTranslation('strategy_rounds');
  const format = useFormat();
  const supporters = item.supportingUnits.length;
  return (
    <li className="rounds-item">
      <div className="rounds-item__name">
        <Link to={paths.strategyRoundItem(item.id)}>
          <span className="strategy-code">
            {item.kind === 'kpi'
              ? t('items.kpi', { code: item.code })
              : t('items.project', { code: item.code })}
          </span>{' '}
          <PlanText text={item.name} />
        </Link>
      </div>
      <div className="rounds-item__lead">
        <span className="strategy-muted">{t('items.lead')}: </span>
        <Link to={paths.unit(item.leadUnit.code)}>
          {item.leadUnit.name ? (
            <span lang={languageOfText(item.leadUnit.name)}>{item.leadUnit.name}</span>
          ) : (
            t('items.unit_code', { code: item.leadUnit.code })
          )}
        </Link>
      </div>
      <div className="rounds-item__status">
        <ItemStatusBadges status={item.status} hasAmendment={item.hasAmendment} isLate={item.isLate} />
      </div>
      <div className="rounds-item__contributions strategy-muted">
        {supporters > 0
          ? t('items.contributions', {
              sent: format.number(item.contributionCount),
              total: format.number(supporters),
            })
          : t('items.no_supporters')}
      </div>
    </li>
  );
}
