/**
 * The learning module's records as the audit trail names them: an event by its title in the reader's
 * language, on its page (its question bank, filed under the event's id, too); a registration by the
 * person within the event; a training record by its course within the officer, on the officer's page
 * (which takes the account's id or, for a liaison officer without one, the directory row's id — the
 * ids a record is kept under); a competency by its name, on the competency list.
 */
import { eq, inArray } from 'drizzle-orm';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory, type RecordDescription } from '../audit/index.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import { createLiaisonAuditDirectory } from '../liaison/index.ts';
import { learningEvents, learningRegistrations } from './learning.schema.ts';
import { trainingCompetencies, trainingRecords } from './training/training.schema.ts';

function inLocale(row: { th: string; en: string | null }, locale: InterfaceLocale): string {
  return locale === 'en' && row.en ? row.en : row.th;
}

/** People by id, named by the module that keeps them: accounts by identity, directory rows by liaison. */
async function peopleNamed(
  db: Db,
  ids: { userIds: string[]; liaisonOfficerIds: string[] },
  locale: InterfaceLocale,
): Promise<Map<string, string | null>> {
  const describeUsers = createIdentityAuditDirectory(db).user;
  const describeOfficers = createLiaisonAuditDirectory(db).liaison_officer;
  const [accounts, officers] = await Promise.all([
    ids.userIds.length && describeUsers ? describeUsers(ids.userIds, locale) : new Map(),
    ids.liaisonOfficerIds.length && describeOfficers
      ? describeOfficers(ids.liaisonOfficerIds, locale)
      : new Map(),
  ]);
  return new Map(
    [...accounts, ...officers].map(([id, described]: [string, RecordDescription]) => [id, described.name]),
  );
}

export function createLearningAuditDirectory(db: Db): AuditRecordDirectory {
  const describeEvents = describeByUuid(async (wanted, locale) => {
    const rows = await db
      .select({ id: learningEvents.id, th: learningEvents.titleTh, en: learningEvents.titleEn })
      .from(learningEvents)
      .where(inArray(learningEvents.id, wanted));
    return new Map(
      rows.map((row) => [
        row.id,
        { name: inLocale(row, locale), page: { type: 'learning_event' as const, id: row.id } },
      ]),
    );
  });
  return {
    learning_event: describeEvents,
    learning_question_bank: describeEvents,
    learning_registration: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: learningRegistrations.id,
          userId: learningRegistrations.userId,
          eventId: learningEvents.id,
          th: learningEvents.titleTh,
          en: learningEvents.titleEn,
        })
        .from(learningRegistrations)
        .innerJoin(learningEvents, eq(learningEvents.id, learningRegistrations.eventId))
        .where(inArray(learningRegistrations.id, wanted));
      const names = await peopleNamed(
        db,
        { userIds: [...new Set(rows.map((row) => row.userId))], liaisonOfficerIds: [] },
        locale,
      );
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: names.get(row.userId) ?? null,
            within: inLocale(row, locale),
            page: { type: 'learning_event', id: row.eventId },
          },
        ]),
      );
    }),
    training_record: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: trainingRecords.id,
          title: trainingRecords.title,
          userId: trainingRecords.userId,
          liaisonOfficerId: trainingRecords.liaisonOfficerId,
        })
        .from(trainingRecords)
        .where(inArray(trainingRecords.id, wanted));
      const ownerOf = (row: (typeof rows)[number]) => row.userId ?? row.liaisonOfficerId;
      const names = await peopleNamed(
        db,
        {
          userIds: [...new Set(rows.flatMap((row) => (row.userId ? [row.userId] : [])))],
          liaisonOfficerIds: [
            ...new Set(rows.flatMap((row) => (row.liaisonOfficerId ? [row.liaisonOfficerId] : []))),
          ],
        },
        locale,
      );
      return new Map(
        rows.map((row) => {
          const owner = ownerOf(row);
          return [
            row.id,
            {
              name: row.title,
              within: owner ? (names.get(owner) ?? null) : null,
              page: owner ? { type: 'training_officer', id: owner } : null,
            },
          ];
        }),
      );
    }),
    training_competency: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: trainingCompetencies.id,
          th: trainingCompetencies.nameTh,
          en: trainingCompetencies.nameEn,
        })
        .from(trainingCompetencies)
        .where(inArray(trainingCompetencies.id, wanted));
      return new Map(
        rows.map((row) => [
          row.id,
          { name: inLocale(row, locale), page: { type: 'training_competencies', id: row.id } },
        ]),
      );
    }),
  };
}
