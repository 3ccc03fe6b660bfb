/** What an audit entry changed, field by field, in a form short enough for a record's history. */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields that are bookkeeping rather than content. */
const skipped = new Set(['id', 'version', 'createdAt', 'updatedAt', 'partnerId', 'content', 'sha256']);

/**
 * The top-level fields whose value differs between before and after (all fields with a value, when
 * the record was created or deleted).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (field) => !skipped.has(field),
  );
  return fields
    .filter((field) => JSON.stringify(left[field] ?? null) !== JSON.stringify(right[field] ?? null))
    .map((field) => ({ field, before: left[field] ?? null, after: right[field] ?? null }));
}

/** A value as short text: lists joined with commas, objects as JSON, nothing as null. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
