/** Small rules for stored records, shared by the modules that present, change and audit them. */

/** A stored enumeration value, checked: the database holds only values the contracts know. */
export function known<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((candidate) => candidate === value);
  if (!found) throw new Error(`${what} "${value}" is not one of ${values.join(', ')}`);
  return found;
}

/** The values a change sets: a field left out of the request is left out of the update. */
export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** What the audit trail keeps of a record: all but its timestamps. */
export function auditSnapshot<T extends { createdAt?: Date; updatedAt?: Date }>(row: T) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = row;
  return rest;
}
