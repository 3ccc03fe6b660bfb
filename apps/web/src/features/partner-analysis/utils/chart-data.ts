/** Pure reshaping of the analysis figures into what the charts draw. */

export interface YearRegionCount {
  year: number;
  regionCode: string;
  count: number;
}

export interface StackSegment<K extends string> {
  key: K;
  count: number;
  /** Where the segment starts: the sum of the segments before it. */
  start: number;
}

export interface Stack<G, K extends string> {
  group: G;
  total: number;
  segments: StackSegment<K>[];
}

/**
 * Stacks of counts: one per group (in `groups` order), its segments in `keys` order, leaving out
 * segments of zero. Counts for the same group and key are added up.
 */
export function stackCounts<G, K extends string>(
  rows: readonly { group: G; key: K; count: number }[],
  groups: readonly G[],
  keys: readonly K[],
): Stack<G, K>[] {
  return groups.map((group) => {
    let start = 0;
    const segments: StackSegment<K>[] = [];
    for (const key of keys) {
      const count = rows
        .filter((row) => row.group === group && row.key === key)
        .reduce((sum, row) => sum + row.count, 0);
      if (count === 0) continue;
      segments.push({ key, count, start });
      start += count;
    }
    return { group, total: start, segments };
  });
}

/** Every year from the first to the last with a count (gaps included, so the axis is true to time). */
export function yearSpan(rows: readonly YearRegionCount[]): number[] {
  if (rows.length === 0) return [];
  const years = rows.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The largest total of any stack (at least 1, so that scales never divide by zero). */
export function largestTotal(stacks: readonly { total: number }[]): number {
  return Math.max(1, ...stacks.map((stack) => stack.total));
}

/** Steps between labelled years so that labels of `labelWidth` pixels do not overlap. */
export function yearLabelStep(yearCount: number, width: number, labelWidth: number): number {
  if (yearCount === 0 || width <= 0) return 1;
  const fits = Math.max(1, Math.floor(width / labelWidth));
  const raw = Math.ceil(yearCount / fits);
  return [1, 2, 5, 10, 20, 25, 50].find((step) => step >= raw) ?? raw;
}

/** A share as a ratio, 0 when there is nothing to share. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
