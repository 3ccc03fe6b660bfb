/**
 * The trade programme's records as the audit trail names them: a year's programme by its fiscal year;
 * a step, a step's document, a member of the working group and a chosen city within their year's
 * programme, on its page; a session by its title, on its own page; the letterhead by name.
 */
import { eq, inArray } from 'drizzle-orm';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { describeByUuid, type AuditRecordDirectory, type RecordDescription } from '../audit/index.ts';
import { createPartnersAuditDirectory } from '../partners/index.ts';
import { LETTERHEAD_SETTING } from './cities/letters.service.ts';
import {
  programmeCities,
  programmeSessions,
  programmeStepDocuments,
  programmeSteps,
  tradeProgrammes,
  workingGroupMembers,
} from './programme.schema.ts';

/** "FY 2569" in the reader's language. */
function programmeName(fiscalYear: number, locale: InterfaceLocale): string {
  return translatorFor(locale)('programme_pages:fiscal_year', { year: fiscalYear });
}

/** Records kept under a year's programme, each named within it and shown on its page. */
async function underProgrammes(
  db: Db,
  rows: { id: string; name: string | null; programmeId: string }[],
  locale: InterfaceLocale,
): Promise<Map<string, RecordDescription>> {
  const programmeIds = [...new Set(rows.map((row) => row.programmeId))];
  const years =
    programmeIds.length === 0
      ? []
      : await db
          .select({ id: tradeProgrammes.id, fiscalYear: tradeProgrammes.fiscalYear })
          .from(tradeProgrammes)
          .where(inArray(tradeProgrammes.id, programmeIds));
  const yearOf = new Map(years.map((programme) => [programme.id, programme.fiscalYear]));
  return new Map(
    rows.flatMap((row) => {
      const year = yearOf.get(row.programmeId);
      if (year === undefined) return [];
      const page = { type: 'programme', id: String(year) } as const;
      return [[row.id, { name: row.name, within: programmeName(year, locale), page }] as const];
    }),
  );
}

export function createProgrammeAuditDirectory(db: Db): AuditRecordDirectory {
  const partners = createPartnersAuditDirectory(db);
  return {
    trade_programme: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({ id: tradeProgrammes.id, fiscalYear: tradeProgrammes.fiscalYear })
        .from(tradeProgrammes)
        .where(inArray(tradeProgrammes.id, wanted));
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: programmeName(row.fiscalYear, locale),
            page: { type: 'programme', id: String(row.fiscalYear) },
          },
        ]),
      );
    }),
    programme_step: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({ id: programmeSteps.id, programmeId: programmeSteps.programmeId })
        .from(programmeSteps)
        .where(inArray(programmeSteps.id, wanted));
      return underProgrammes(
        db,
        rows.map((row) => ({ ...row, name: null })),
        locale,
      );
    }),
    programme_step_document: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: programmeStepDocuments.id,
          name: programmeStepDocuments.fileName,
          programmeId: programmeSteps.programmeId,
        })
        .from(programmeStepDocuments)
        .innerJoin(programmeSteps, eq(programmeSteps.id, programmeStepDocuments.stepId))
        .where(inArray(programmeStepDocuments.id, wanted));
      return underProgrammes(db, rows, locale);
    }),
    working_group_member: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: workingGroupMembers.id,
          name: workingGroupMembers.fullName,
          programmeId: workingGroupMembers.programmeId,
        })
        .from(workingGroupMembers)
        .where(inArray(workingGroupMembers.id, wanted));
      return underProgrammes(db, rows, locale);
    }),
    programme_city: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: programmeCities.id,
          partnerId: programmeCities.partnerId,
          programmeId: programmeCities.programmeId,
        })
        .from(programmeCities)
        .where(inArray(programmeCities.id, wanted));
      // A chosen city is named by its partner's name.
      const cityNames =
        (await partners.partner?.(
          rows.map((row) => row.partnerId),
          locale,
        )) ?? new Map<string, RecordDescription>();
      const named = rows.map((row) => ({ ...row, name: cityNames.get(row.partnerId)?.name ?? null }));
      return underProgrammes(db, named, locale);
    }),
    programme_session: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: programmeSessions.id,
          name: programmeSessions.title,
          programmeId: programmeSessions.programmeId,
        })
        .from(programmeSessions)
        .where(inArray(programmeSessions.id, wanted));
      const inProgrammes = await underProgrammes(db, rows, locale);
      // A session has a page of its own.
      return new Map(
        [...inProgrammes].map(([id, session]) => [id, { ...session, page: { type: 'session', id } }]),
      );
    }),
    async setting(keys, locale) {
      if (!keys.includes(LETTERHEAD_SETTING)) return new Map();
      const name = translatorFor(locale)('programme_pages:letterhead.title');
      return new Map([[LETTERHEAD_SETTING, { name, page: null }]]);
    },
  };
}
