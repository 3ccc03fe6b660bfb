/**
 * What the audit list needs to know of the records it shows: each one's name in the reader's
 * language, what it belongs to, and the page that shows it. The modules that own the records answer
 * for their own record types (through their index.ts) and app.ts hands the answers in, so the audit
 * module depends on none of them — as identity's ScopeDirectory does.
 */
import type { AuditRecordPage, AuditRecordType } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';

export interface RecordDescription {
  /** The record's name in the language asked for; null when it has none of its own. */
  name: string | null;
  /** What it belongs to, by name (an agreement's partner, a step's programme). */
  within?: string | null;
  page: AuditRecordPage | null;
}

/** The records among `ids` that are still there, described in the language asked for, by id. */
export type DescribeRecords = (
  ids: string[],
  locale: InterfaceLocale,
) => Promise<Map<string, RecordDescription>>;

/** One module's descriptions, by the record types it owns. */
export type AuditRecordDirectory = Partial<Record<AuditRecordType, DescribeRecords>>;

/** One directory over the modules' own; where two answer for one type (settings), both are asked. */
export function combineAuditRecordDirectories(...directories: AuditRecordDirectory[]): AuditRecordDirectory {
  const combined: AuditRecordDirectory = {};
  const types = new Set(directories.flatMap((directory) => Object.keys(directory) as AuditRecordType[]));
  for (const type of types) {
    const describers = directories.flatMap((directory) => directory[type] ?? []);
    combined[type] = async (ids, locale) => {
      const answers = await Promise.all(describers.map((describe) => describe(ids, locale)));
      return new Map(answers.flatMap((answer) => [...answer]));
    };
  }
  return combined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records whose ids are uuids: an id of another form (a trail written before ids were uuids, a
 * mistyped link) is not looked up, so the query never fails on it, and no ids means no query.
 */
export function describeByUuid(describe: DescribeRecords): DescribeRecords {
  return async (ids, locale) => {
    const wanted = ids.filter((id) => UUID.test(id));
    return wanted.length === 0 ? new Map() : describe(wanted, locale);
  };
}
