/**
 * Browsing the audit trail by name: a page of events with each record and person named in the
 * reader's language (one lookup per record type on the page, in the module that owns it), and the
 * people who have made changes, to filter by.
 */
import type { AuditActor, AuditQuery, AuditRecord } from '@bia/contracts';
import { isAuditRecordType } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { AuditRecordDirectory, RecordDescription } from './audit.record-directory.ts';
import { listAuditActors, listAuditEvents, type AuditEventRow } from './audit.repository.ts';
import { nameInSnapshot } from './audit.snapshot-names.ts';

/** An event of the trail with the names it is shown by. */
export interface NamedAuditEventRow {
  row: AuditEventRow;
  actorName: string | null;
  record: AuditRecord;
}

export interface AuditServiceDeps {
  db: Db;
  records: AuditRecordDirectory;
}

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService({ db, records }: AuditServiceDeps) {
  /** The descriptions of the records of one type, or none when no module describes the type. */
  async function describe(type: string, ids: string[], locale: InterfaceLocale) {
    const describeRecords = isAuditRecordType(type) ? records[type] : undefined;
    if (!describeRecords || ids.length === 0) return undefined;
    return describeRecords([...new Set(ids)], locale);
  }

  /** Every record type on the page looked up at once: type → id → description. */
  async function describeAll(rows: AuditEventRow[], locale: InterfaceLocale) {
    const idsByType = new Map<string, string[]>();
    for (const row of rows)
      idsByType.set(row.entityType, [...(idsByType.get(row.entityType) ?? []), row.entityId]);
    const described = await Promise.all(
      [...idsByType].map(async ([type, ids]) => [type, await describe(type, ids, locale)] as const),
    );
    return new Map(described);
  }

  /** A record as found now, or, when it is gone, as the trail last kept it. */
  function recordOf(
    row: AuditEventRow,
    found: Map<string, RecordDescription> | undefined,
    locale: InterfaceLocale,
  ): AuditRecord {
    const description = found?.get(row.entityId);
    if (description) {
      return {
        name: description.name,
        within: description.within ?? null,
        page: description.page,
        isGone: false,
      };
    }
    return {
      name: nameInSnapshot(row.after ?? row.before, locale),
      within: null,
      page: null,
      // Only a type a module describes can be known to be gone; an import, say, is never "there".
      isGone: found !== undefined,
    };
  }

  /** Display names of people, by id (a person whose account is gone has none). */
  async function personNames(ids: (string | null)[], locale: InterfaceLocale): Promise<Map<string, string>> {
    const known = ids.filter((id): id is string => id !== null);
    const people = await describe('user', known, locale);
    return new Map(
      [...(people ?? [])].flatMap(([id, person]) => (person.name ? [[id, person.name] as const] : [])),
    );
  }

  return {
    async list(
      query: AuditQuery,
      locale: InterfaceLocale,
    ): Promise<{ items: NamedAuditEventRow[]; total: number }> {
      const { rows, total } = await listAuditEvents(db, query);
      const [described, actors] = await Promise.all([
        describeAll(rows, locale),
        personNames(
          rows.map((row) => row.actorUserId),
          locale,
        ),
      ]);
      const items = rows.map((row) => ({
        row,
        actorName: row.actorUserId ? (actors.get(row.actorUserId) ?? null) : null,
        record: recordOf(row, described.get(row.entityType), locale),
      }));
      return { items, total };
    },

    /** The people who have made changes, by name in the reader's language's order. */
    async actors(locale: InterfaceLocale): Promise<AuditActor[]> {
      const found = await listAuditActors(db);
      const names = await personNames(
        found.map((actor) => actor.id),
        locale,
      );
      return found
        .map((actor) => ({ ...actor, name: names.get(actor.id) ?? actor.email ?? actor.id }))
        .sort((a, b) => a.name.localeCompare(b.name, locale));
    },
  };
}
