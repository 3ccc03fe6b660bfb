/**
 * `?version=N` on the strategy map and a KPI's page: an earlier version of the plan to read (decision
 * 0051); none (the current version) when absent or not a version number.
 */
import { useSearchParams } from 'react-router';
import { paths } from '../../../config/paths.ts';

export function usePlanVersionParam(): number | undefined {
  const [params] = useSearchParams();
  const raw = params.get('version');
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined;
  const version = Number(raw);
  return version >= 1 ? version : undefined;
}

/** The address of the strategy map at a version (the current one when none is given). */
export function planAt(version?: number): string {
  return version === undefined ? paths.strategy : `${paths.strategy}?version=${version}`;
}

/** The address of a KPI's page at a version (the current one when none is given). */
export function kpiAt(code: string, version?: number): string {
  const page = paths.strategyKpi(code);
  return version === undefined ? page : `${page}?version=${version}`;
}
