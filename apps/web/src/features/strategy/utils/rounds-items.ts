/**
 * A round's items as its page shows them: filtered (by state, by lead unit, late only — the filters
 * kept in the address) and grouped as the plan is, strategy → tactic, each tactic's KPIs then its
 * projects, in the order of the plan version the round reports against. Pure.
 */
import {
  strategyItemStatuses,
  type StrategyItemStatus,
  type StrategyRoundDetail,
  type StrategyRoundItem,
} from '@bia/contracts';

export interface RoundItemFilters {
  status: StrategyItemStatus | null;
  unitCode: string | null;
  isLateOnly: boolean;
}

/** The filters from the address (`?status=returned&unit=04160000&late=1`); anything else is no filter. */
export function roundFiltersOf(params: URLSearchParams): RoundItemFilters {
  const status = params.get('status');
  return {
    status: strategyItemStatuses.find((candidate) => candidate === status) ?? null,
    unitCode: params.get('unit') || null,
    isLateOnly: params.get('late') === '1',
  };
}

export function hasRoundFilters(filters: RoundItemFilters): boolean {
  return filters.status !== null || filters.unitCode !== null || filters.isLateOnly;
}

export function matchesFilters(item: StrategyRoundItem, filters: RoundItemFilters): boolean {
  return (
    (filters.status === null || item.status === filters.status) &&
    (filters.unitCode === null || item.leadUnit.code === filters.unitCode) &&
    (!filters.isLateOnly || item.isLate)
  );
}

type Outline = StrategyRoundDetail['outline'];
type OutlineStrategy = Outline[number];
type OutlineTactic = OutlineStrategy['tactics'][number];

export interface TacticGroup {
  tactic: Omit<OutlineTactic, 'itemCodes'>;
  items: StrategyRoundItem[];
}

export interface StrategyGroup {
  strategy: Omit<OutlineStrategy, 'tactics'>;
  tactics: TacticGroup[];
}

/** The items shown, under their strategy and tactic; a strategy or tactic with none shown is left out. */
export function groupRoundItems(
  outline: Outline,
  items: readonly StrategyRoundItem[],
  filters: RoundItemFilters,
): StrategyGroup[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  return outline.flatMap(({ tactics, ...strategy }) => {
    const groups = tactics.flatMap(({ itemCodes, ...tactic }) => {
      const shown = itemCodes.flatMap((code) => {
        const item = byCode.get(code);
        return item && matchesFilters(item, filters) ? [item] : [];
      });
      return shown.length > 0 ? [{ tactic, items: shown }] : [];
    });
    return groups.length > 0 ? [{ strategy, tactics: groups }] : [];
  });
}

/** The lead units of a round's items, by name, for the unit filter: each once, in the reader's order. */
export function leadUnitsOf(
  items: readonly StrategyRoundItem[],
  collator: Intl.Collator,
): { code: string; name: string | null }[] {
  const units = new Map<string, string | null>();
  for (const item of items) units.set(item.leadUnit.code, item.leadUnit.name);
  return [...units]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name ?? a.code, b.name ?? b.code));
}
