/** Lays the before and after of an audit event side by side, one row per field. */

export interface DiffRow {
  /** A readable path: `roles[0].scopeId`. */
  path: string;
  before: unknown;
  after: unknown;
  hasBefore: boolean;
  hasAfter: boolean;
  isChanged: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLeaf(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => !isPlainObject(item) && !Array.isArray(item));
  return !isPlainObject(value);
}

/** Every leaf of a JSON value by its path; arrays of plain values stay whole. */
export function flatten(
  value: unknown,
  prefix = '',
  into = new Map<string, unknown>(),
): Map<string, unknown> {
  if (value === undefined) return into;
  if (isLeaf(value) || (isPlainObject(value) && Object.keys(value).length === 0)) {
    into.set(prefix, value);
    return into;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, into));
    return into;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const left = before === null || before === undefined ? new Map<string, unknown>() : flatten(before);
  const right = after === null || after === undefined ? new Map<string, unknown>() : flatten(after);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths.map((path) => {
    const hasBefore = left.has(path);
    const hasAfter = right.has(path);
    const beforeValue = left.get(path);
    const afterValue = right.get(path);
    return {
      path,
      before: beforeValue,
      after: afterValue,
      hasBefore,
      hasAfter,
      isChanged: hasBefore !== hasAfter || JSON.stringify(beforeValue) !== JSON.stringify(afterValue),
    };
  });
}

/** A leaf value as text: strings as they are, everything else as JSON. */
export function leafText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => leafText(item)).join(', ');
  return JSON.stringify(value) ?? '';
}
