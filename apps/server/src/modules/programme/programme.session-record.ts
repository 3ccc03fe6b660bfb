/**
 * What the IAO records during and after a session (seed 003 §6.1.7–6.1.8): who attended (check-in of
 * the businesses and of the registered buyers), the interest each buyer showed in each product, the
 * contacts exchanged — only for a business that has consented to its contacts being given (PDPA) —
 * the minutes and the report's own words. The report is generated from that record, for a session
 * that took place; delivering it completes its round's step, which the year's KPI counts.
 */
import { and, eq } from 'drizzle-orm';
import {
  interestLevels,
  recordTextFields,
  type AttendanceInput,
  type ContactsInput,
  type InterestsInput,
  type RecordTextsInput,
  type ReportDeliveryInput,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { renderDocx, renderPdf, type DocumentLanguage } from '../../shared/documents/official-document.ts';
import { AppError, assertVersion, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, type ProgrammeLetters } from './programme.letters.ts';
import { programmeErrors } from './programme.errors.ts';
import { isOpenForRecording } from './programme.policy.ts';
import { oneOfOr } from './programme.presenter.ts';
import * as repository from './programme.repository.ts';
import type { PresentingBusiness } from './programme.repository.ts';
import {
  sessionReportFileName,
  sessionReportOf,
  type ReportName,
  type SessionReportFacts,
} from './programme.report-document.ts';
import {
  programmeSessions,
  sessionContactExchanges,
  sessionEntrepreneurs,
  sessionInterests,
  sessionParticipants,
} from './programme.schema.ts';
import { completeRoundStep, type ProgrammeSessions, type SessionWithCities } from './programme.sessions.ts';

type SessionRow = typeof programmeSessions.$inferSelect;
type ParticipantRow = typeof sessionParticipants.$inferSelect;

export interface SessionRecordParts {
  session: SessionRow;
  businesses: PresentingBusiness[];
  participants: ParticipantRow[];
  interests: (typeof sessionInterests.$inferSelect)[];
  contacts: (typeof sessionContactExchanges.$inferSelect)[];
  hasStarted: boolean;
  isOpenForRecording: boolean;
  canRecord: boolean;
}

const nameOf = (item: { nameTh: string; nameEn: string | null }): ReportName => ({
  th: item.nameTh,
  en: item.nameEn,
});

export type SessionRecords = ReturnType<typeof createSessionRecords>;

export function createSessionRecords({
  db,
  clock,
  sessions,
  letters,
}: {
  db: Db;
  clock: Clock;
  sessions: ProgrammeSessions;
  letters: Pick<ProgrammeLetters, 'letterhead'>;
}) {
  async function lockSession(tx: Db, id: string): Promise<SessionRow> {
    const [session] = await tx
      .select()
      .from(programmeSessions)
      .where(eq(programmeSessions.id, id))
      .for('update');
    if (!session) throw new AppError(programmeErrors.session_not_found);
    return session;
  }

  /**
   * A session whose attendance, interest and contacts may be recorded now, as loaded by the one
   * saving (`version`): two officers filling the same table cannot overwrite each other unawares.
   */
  async function lockOpenSession(tx: Db, id: string, version: number): Promise<SessionRow> {
    const session = await lockSession(tx, id);
    if (session.status === 'cancelled') throw new AppError(programmeErrors.session_cancelled);
    if (!isOpenForRecording(session, clock.now())) throw new AppError(programmeErrors.session_not_started);
    assertVersion(version, session.version);
    return session;
  }

  /** The session after a change of its record: a new version. */
  async function touch(tx: Db, session: SessionRow): Promise<SessionRow> {
    const [after] = await tx
      .update(programmeSessions)
      .set({ version: session.version + 1, updatedAt: clock.now() })
      .where(eq(programmeSessions.id, session.id))
      .returning();
    if (!after) throw new Error(`session ${session.id} vanished during its update`);
    return after;
  }

  async function participantsOf(executor: Db, sessionId: string): Promise<ParticipantRow[]> {
    const rows = await executor
      .select()
      .from(sessionParticipants)
      .where(eq(sessionParticipants.sessionId, sessionId));
    return rows.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
  }

  async function partsOf(
    executor: Db,
    session: SessionRow,
    actor: Actor | null,
  ): Promise<SessionRecordParts> {
    return {
      session,
      businesses: await repository.listPresentingBusinesses(executor, session.id),
      participants: await participantsOf(executor, session.id),
      interests: await executor
        .select()
        .from(sessionInterests)
        .where(eq(sessionInterests.sessionId, session.id)),
      contacts: await executor
        .select()
        .from(sessionContactExchanges)
        .where(eq(sessionContactExchanges.sessionId, session.id)),
      hasStarted: session.startsAt.getTime() <= clock.now().getTime(),
      isOpenForRecording: isOpenForRecording(session, clock.now()),
      canRecord: can(actor, 'programme:manage'),
    };
  }

  function businessProblems(
    entrepreneurIds: readonly string[],
    businesses: readonly PresentingBusiness[],
    path: string,
  ): FieldProblem[] {
    return entrepreneurIds.flatMap((id, index) =>
      businesses.some((presenting) => presenting.business.id === id)
        ? []
        : [
            {
              path: `${path}.${index}.entrepreneurId`,
              code: 'not_presenting',
              messageKey: 'programme:errors.business_not_presenting',
            },
          ],
    );
  }

  function participantProblems(
    participantIds: readonly string[],
    participants: readonly ParticipantRow[],
    path: string,
  ): FieldProblem[] {
    return participantIds.flatMap((id, index) =>
      participants.some((participant) => participant.id === id)
        ? []
        : [
            {
              path: `${path}.${index}.participantId`,
              code: 'not_registered',
              messageKey: 'programme:errors.participant_not_found',
            },
          ],
    );
  }

  /** The facts the report is built from: only what was recorded. */
  function reportFacts(
    parts: SessionWithCities,
    record: SessionRecordParts,
    date: string,
  ): SessionReportFacts {
    const { session, programme, cities } = parts;
    const cityName = (partnerId: string): ReportName => {
      const city = cities.find((candidate) => candidate.id === partnerId);
      return { th: city?.nameTh ?? city?.nameEn ?? '', en: city?.nameEn ?? null };
    };
    const participant = (id: string) => record.participants.find((candidate) => candidate.id === id);
    return {
      fiscalYear: programme.fiscalYear,
      round: session.round,
      title: session.title,
      cities: cities.map((city) => ({ name: cityName(city.id), timeZone: city.timeZone ?? 'UTC' })),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      connectionTest: {
        result:
          session.connectionTestResult === 'passed' || session.connectionTestResult === 'failed'
            ? session.connectionTestResult
            : 'not_tested',
        at: session.connectionTestAt,
      },
      businesses: record.businesses.map((item) => ({
        name: nameOf(item.business),
        isPresent: item.checkedInAt !== null,
        products: item.products.map((product) => ({ name: nameOf(product), hsCode: product.hsCode })),
      })),
      participants: record.participants.map((item) => ({
        city: cityName(item.partnerId),
        fullName: item.fullName,
        company: item.company,
        position: item.position,
        isPresent: item.checkedInAt !== null,
      })),
      interest: record.businesses.flatMap((item) =>
        item.products.map((product) => ({
          product: nameOf(product),
          business: nameOf(item.business),
          buyers: record.interests
            .filter((interest) => interest.productId === product.id)
            .flatMap((interest) => {
              const buyer = participant(interest.participantId);
              return buyer
                ? [
                    {
                      fullName: buyer.fullName,
                      company: buyer.company,
                      level: oneOfOr(interestLevels, interest.level, 'none'),
                      note: interest.note,
                    },
                  ]
                : [];
            }),
        })),
      ),
      contacts: record.contacts.flatMap((contact) => {
        const business = record.businesses.find((item) => item.business.id === contact.entrepreneurId);
        const buyer = participant(contact.participantId);
        if (!business || !buyer) return [];
        return [
          {
            business: nameOf(business.business),
            fullName: buyer.fullName,
            company: buyer.company,
            city: cityName(buyer.partnerId),
          },
        ];
      }),
      summary: session.summary,
      minutes: session.minutes,
      evaluation: session.evaluation,
      problems: session.problems,
      suggestions: session.suggestions,
      date,
    };
  }

  return {
    /** The session's record (staff only: it holds the participants' e-mail addresses). */
    async record(actor: Actor, sessionId: string): Promise<SessionRecordParts> {
      const { session } = await sessions.getSession(actor, sessionId);
      return partsOf(db, session, actor);
    },

    /** Who was there: each business and registered participant sent is marked present or absent. */
    async saveAttendance(sessionId: string, input: AttendanceInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const session = await lockOpenSession(tx, sessionId, input.version);
        const before = await partsOf(tx, session, context.actor);
        const businesses = input.businesses ?? [];
        const participants = input.participants ?? [];
        const problems = [
          ...businessProblems(
            businesses.map((item) => item.entrepreneurId),
            before.businesses,
            'businesses',
          ),
          ...participantProblems(
            participants.map((item) => item.participantId),
            before.participants,
            'participants',
          ),
        ];
        if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
        const now = clock.now();
        for (const item of businesses) {
          const current = before.businesses.find(
            (presenting) => presenting.business.id === item.entrepreneurId,
          );
          await tx
            .update(sessionEntrepreneurs)
            .set({ checkedInAt: item.isPresent ? (current?.checkedInAt ?? now) : null })
            .where(
              and(
                eq(sessionEntrepreneurs.sessionId, sessionId),
                eq(sessionEntrepreneurs.entrepreneurId, item.entrepreneurId),
              ),
            );
        }
        for (const item of participants) {
          const current = before.participants.find((participant) => participant.id === item.participantId);
          await tx
            .update(sessionParticipants)
            .set({ checkedInAt: item.isPresent ? (current?.checkedInAt ?? now) : null })
            .where(eq(sessionParticipants.id, item.participantId));
        }
        const after = await partsOf(tx, await touch(tx, session), context.actor);
        const present = (parts: SessionRecordParts) => ({
          businesses: parts.businesses.filter((item) => item.checkedInAt).map((item) => item.business.id),
          participants: parts.participants.filter((item) => item.checkedInAt).map((item) => item.id),
        });
        await recordAudit(tx, context, {
          action: 'session_attendance.update',
          entityType: 'programme_session',
          entityId: sessionId,
          before: present(before),
          after: present(after),
        });
        return after;
      });
    },

    /** The interest each buyer showed in each product: what is sent replaces what was recorded. */
    async saveInterests(sessionId: string, input: InterestsInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const session = await lockOpenSession(tx, sessionId, input.version);
        const before = await partsOf(tx, session, context.actor);
        const productOwner = new Map(
          before.businesses.flatMap((item) =>
            item.products.map((product) => [product.id, item.business.id] as const),
          ),
        );
        const problems = [
          ...input.items.flatMap((item, index) =>
            productOwner.has(item.productId)
              ? []
              : [
                  {
                    path: `items.${index}.productId`,
                    code: 'not_presented',
                    messageKey: 'programme:errors.product_not_presented' as const,
                  },
                ],
          ),
          ...participantProblems(
            input.items.map((item) => item.participantId),
            before.participants,
            'items',
          ),
        ];
        if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
        const recorded = new Map(
          input.items.map((item) => [`${item.participantId}:${item.productId}`, item] as const),
        );
        await tx.delete(sessionInterests).where(eq(sessionInterests.sessionId, sessionId));
        if (recorded.size > 0)
          await tx.insert(sessionInterests).values(
            [...recorded.values()].map((item) => ({
              sessionId,
              participantId: item.participantId,
              productId: item.productId,
              entrepreneurId: productOwner.get(item.productId) ?? '',
              level: item.level,
              note: item.note || null,
              recordedBy: context.actor?.userId ?? null,
              recordedAt: clock.now(),
            })),
          );
        const after = await partsOf(tx, await touch(tx, session), context.actor);
        const snapshot = (parts: SessionRecordParts) =>
          parts.interests.map(({ participantId, productId, level, note }) => ({
            participantId,
            productId,
            level,
            note,
          }));
        await recordAudit(tx, context, {
          action: 'session_interests.update',
          entityType: 'programme_session',
          entityId: sessionId,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      });
    },

    /**
     * The contacts exchanged, business by buyer: what is sent replaces what was recorded. A business
     * without consent (never given, or withdrawn) is refused and nothing is saved.
     */
    async saveContacts(sessionId: string, input: ContactsInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const session = await lockOpenSession(tx, sessionId, input.version);
        // The businesses' consent is held as read until the pairs are saved.
        await repository.listPresentingBusinesses(tx, sessionId, { lockForShare: true });
        const before = await partsOf(tx, session, context.actor);
        const problems = [
          ...businessProblems(
            input.items.map((item) => item.entrepreneurId),
            before.businesses,
            'items',
          ),
          ...participantProblems(
            input.items.map((item) => item.participantId),
            before.participants,
            'items',
          ),
        ];
        if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
        // A pair recorded while the business consented stays on the record; a new one needs consent now.
        const isRecorded = (item: ContactsInput['items'][number]) =>
          before.contacts.some(
            (contact) =>
              contact.entrepreneurId === item.entrepreneurId && contact.participantId === item.participantId,
          );
        const withoutConsent = before.businesses.find(
          (presenting) =>
            !presenting.business.hasConsent &&
            input.items.some((item) => item.entrepreneurId === presenting.business.id && !isRecorded(item)),
        );
        if (withoutConsent)
          throw new AppError(programmeErrors.contact_without_consent, [], {
            business: withoutConsent.business.nameTh,
          });
        const pairs = new Map(
          input.items.map((item) => [`${item.entrepreneurId}:${item.participantId}`, item] as const),
        );
        await tx.delete(sessionContactExchanges).where(eq(sessionContactExchanges.sessionId, sessionId));
        if (pairs.size > 0)
          await tx.insert(sessionContactExchanges).values(
            [...pairs.values()].map((item) => ({
              sessionId,
              entrepreneurId: item.entrepreneurId,
              participantId: item.participantId,
              recordedBy: context.actor?.userId ?? null,
              recordedAt: clock.now(),
            })),
          );
        const after = await partsOf(tx, await touch(tx, session), context.actor);
        const snapshot = (parts: SessionRecordParts) =>
          parts.contacts.map(({ entrepreneurId, participantId }) => ({ entrepreneurId, participantId }));
        await recordAudit(tx, context, {
          action: 'session_contacts.update',
          entityType: 'programme_session',
          entityId: sessionId,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      });
    },

    /** The minutes and the report's own words, saved against the session's version. */
    async saveTexts(sessionId: string, input: RecordTextsInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const before = await lockSession(tx, sessionId);
        assertVersion(input.version, before.version);
        const changes = Object.fromEntries(
          recordTextFields.flatMap((field) =>
            input[field] === undefined ? [] : [[field, input[field] || null]],
          ),
        );
        const [after] = await tx
          .update(programmeSessions)
          .set({ ...changes, version: before.version + 1, updatedAt: clock.now() })
          .where(eq(programmeSessions.id, sessionId))
          .returning();
        if (!after) throw new Error(`session ${sessionId} vanished during its update`);
        const texts = (session: SessionRow) =>
          Object.fromEntries(recordTextFields.map((field) => [field, session[field]]));
        await recordAudit(tx, context, {
          action: 'session_record.update',
          entityType: 'programme_session',
          entityId: sessionId,
          before: texts(before),
          after: texts(after),
        });
        return partsOf(tx, after, context.actor);
      });
    },

    /** The report went to the executives on a day: for a session held, on a day not yet to come. */
    async deliverReport(sessionId: string, input: ReportDeliveryInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const before = await lockSession(tx, sessionId);
        if (before.status !== 'held') throw new AppError(programmeErrors.report_before_held);
        const today = bangkokToday(clock.now());
        const heldOn = bangkokToday(before.startsAt);
        if (input.deliveredOn > today || input.deliveredOn < heldOn)
          throw new AppError(commonErrors.validation_failed, [
            {
              path: 'deliveredOn',
              code: 'out_of_range',
              messageKey: 'programme:errors.report_delivered_out_of_range',
            },
          ]);
        const [after] = await tx
          .update(programmeSessions)
          .set({ reportDeliveredOn: input.deliveredOn, version: before.version + 1, updatedAt: clock.now() })
          .where(eq(programmeSessions.id, sessionId))
          .returning();
        if (!after) throw new Error(`session ${sessionId} vanished during its update`);
        await recordAudit(tx, context, {
          action: 'session_report.deliver',
          entityType: 'programme_session',
          entityId: sessionId,
          before: { reportDeliveredOn: before.reportDeliveredOn },
          after: { reportDeliveredOn: after.reportDeliveredOn },
        });
        await completeRoundStep(tx, after, 'report', input.deliveredOn, {
          now: clock.now(),
          context,
          isCorrection: before.reportDeliveredOn !== null,
        });
        return partsOf(tx, after, context.actor);
      });
    },

    /** The report as DOCX or PDF, for a session that took place. */
    async report(actor: Actor, sessionId: string, language: DocumentLanguage, format: 'docx' | 'pdf') {
      const parts = await sessions.getSession(actor, sessionId);
      if (parts.session.status !== 'held') throw new AppError(programmeErrors.report_before_held);
      const record = await partsOf(db, parts.session, actor);
      const { settings } = await letters.letterhead();
      const date = parts.session.reportDeliveredOn ?? bangkokToday(clock.now());
      const document = sessionReportOf(reportFacts(parts, record, date), settings, language);
      return {
        content: format === 'docx' ? await renderDocx(document) : await renderPdf(document),
        fileName: sessionReportFileName(
          parts.programme.fiscalYear,
          parts.session.round,
          parts.session.startsAt,
          language,
          format,
        ),
        mediaType: format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE,
      };
    },
  };
}
