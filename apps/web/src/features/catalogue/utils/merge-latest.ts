/**
 * After loading the latest version of a record under a form (a stale save, 409): fields the user has
 * not touched take the latest values, fields the user changed keep what was typed.
 */
export function mergeLatest<T extends object>(typed: T, loaded: T, latest: T): T {
  const merged = { ...typed };
  for (const key of Object.keys(typed) as (keyof T)[]) {
    if (JSON.stringify(typed[key]) === JSON.stringify(loaded[key])) merged[key] = latest[key];
  }
  return merged;
}
