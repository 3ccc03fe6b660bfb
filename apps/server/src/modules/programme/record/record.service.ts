/**
 * What the IAO records during and after a session (seed 003 §6.1.7–6.1.8): who attended (check-in of
 * the businesses and of the registered buyers), the interest each buyer showed in each product, the
 * contacts exchanged — only for a business that has consented to its contacts being given (PDPA) —
 * the minutes and the report's own words. The report is generated from that record, for a session
 * that took place; delivering it completes its round's step, which the year's KPI counts.
 */
import {
  interestLevels,
  recordTextFields,
  type AttendanceInput,
  type ContactsInput,
  type InterestsInput,
  type RecordTextsInput,
  type ReportDeliveryInput,
} from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../../shared/clock.ts';
import type { DocumentLanguage } from '../../../shared/documents/official-document.ts';
import { AppError, assertVersion, commonErrors, type FieldProblem } from '../../../shared/errors.ts';
import { textOrNull } from '../../../shared/text.ts';
import { recordAudit, updateAudited } from '../../audit/index.ts';
import type { ProgrammeLetters } from '../cities/letters.service.ts';
import { completeRoundStep } from '../plan/plan.service.ts';
import { renderAs, type DocumentFormat } from '../programme.documents.ts';
import { programmeErrors } from '../programme.errors.ts';
import { isOpenForRecording } from '../programme.policy.ts';
import { oneOfOr } from '../programme.values.ts';
import * as sessionsRepository from '../sessions/sessions.repository.ts';
import type { ParticipantRow, PresentingBusiness, SessionRow } from '../sessions/sessions.repository.ts';
import type { ProgrammeSessions, SessionWithCities } from '../sessions/sessions.service.ts';
import * as repository from './record.repository.ts';
import type { ContactRow, InterestRow } from './record.repository.ts';
import {
  sessionReportFileName,
  sessionReportOf,
  type ReportName,
  type SessionReportFacts,
} from './report-document.ts';

export interface SessionRecordParts {
  session: SessionRow;
  businesses: PresentingBusiness[];
  participants: ParticipantRow[];
  interests: InterestRow[];
  contacts: ContactRow[];
  hasStarted: boolean;
  isOpenForRecording: boolean;
  canRecord: boolean;
}

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
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
  /**
   * A session whose attendance, interest and contacts may be recorded now, as loaded by the one
   * saving (`version`): two officers filling the same table cannot overwrite each other unawares.
   */
  async function lockOpenSession(tx: Db, id: string, version: number): Promise<SessionRow> {
    const session = await sessionsRepository.lockSession(tx, id);
    if (session.status === 'cancelled') throw new AppError(programmeErrors.session_cancelled);
    if (!isOpenForRecording(session, clock.now())) throw new AppError(programmeErrors.session_not_started);
    assertVersion(version, session.version);
    return session;
  }

  /** The session after a change of its record: a new version. */
  async function touch(tx: Db, session: SessionRow): Promise<SessionRow> {
    return sessionsRepository.updateSession(tx, session.id, { updatedAt: clock.now() });
  }

  async function participantsOf(executor: Db, sessionId: string): Promise<ParticipantRow[]> {
    const rows = await sessionsRepository.listParticipants(executor, sessionId);
    return rows.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
  }

  async function partsOf(
    executor: Db,
    session: SessionRow,
    actor: Actor | null,
  ): Promise<SessionRecordParts> {
    return {
      session,
      businesses: await sessionsRepository.listPresentingBusinesses(executor, session.id),
      participants: await participantsOf(executor, session.id),
      interests: await repository.listInterests(executor, session.id),
      contacts: await repository.listContacts(executor, session.id),
      hasStarted: session.startsAt.getTime() <= clock.now().getTime(),
      isOpenForRecording: isOpenForRecording(session, clock.now()),
      canRecord: can(actor, 'programme:manage'),
    };
  }

  /** Who recorded, and when: now, by the one asking. */
  function recordedNow(context: RequestContext) {
    return { recordedBy: context.actor?.userId ?? null, recordedAt: clock.now() };
  }

  /**
   * A change of the session's attendance, interest or contacts: on the session locked open for
   * recording at the version the officer loaded (with `isConsentHeld`, the businesses' consent held as
   * read until the change is saved), then a new version of the session and an audit entry of the part
   * changed, before and after.
   */
  async function changeRecord(
    target: { sessionId: string; version: number; context: RequestContext; isConsentHeld?: boolean },
    audit: { action: string; snapshot: (parts: SessionRecordParts) => unknown },
    change: (tx: Db, before: SessionRecordParts) => Promise<void>,
  ): Promise<SessionRecordParts> {
    const { sessionId, version, context } = target;
    return db.transaction(async (tx) => {
      const session = await lockOpenSession(tx, sessionId, version);
      if (target.isConsentHeld)
        await sessionsRepository.listPresentingBusinesses(tx, sessionId, { lockForShare: true });
      const before = await partsOf(tx, session, context.actor);
      await change(tx, before);
      const after = await partsOf(tx, await touch(tx, session), context.actor);
      await recordAudit(tx, context, {
        action: audit.action,
        entityType: 'programme_session',
        entityId: sessionId,
        before: audit.snapshot(before),
        after: audit.snapshot(after),
      });
      return after;
    });
  }

  /** Each item naming a business that is not presenting at the session. */
  function businessProblems(
    items: readonly { entrepreneurId: string }[],
    businesses: readonly PresentingBusiness[],
    path: string,
  ): FieldProblem[] {
    return items.flatMap(({ entrepreneurId }, index) =>
      businesses.some((presenting) => presenting.business.id === entrepreneurId)
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

  /** Each item naming a participant not registered for the session. */
  function participantProblems(
    items: readonly { participantId: string }[],
    participants: readonly ParticipantRow[],
    path: string,
  ): FieldProblem[] {
    return items.flatMap(({ participantId }, index) =>
      participants.some((participant) => participant.id === participantId)
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
      const businesses = input.businesses ?? [];
      const participants = input.participants ?? [];
      const present = (parts: SessionRecordParts) => ({
        businesses: parts.businesses.filter((item) => item.checkedInAt).map((item) => item.business.id),
        participants: parts.participants.filter((item) => item.checkedInAt).map((item) => item.id),
      });
      return changeRecord(
        { sessionId, version: input.version, context },
        { action: 'session_attendance.update', snapshot: present },
        async (tx, before) => {
          failOn([
            ...businessProblems(businesses, before.businesses, 'businesses'),
            ...participantProblems(participants, before.participants, 'participants'),
          ]);
          const now = clock.now();
          for (const item of businesses) {
            const current = before.businesses.find(
              (presenting) => presenting.business.id === item.entrepreneurId,
            );
            await repository.setBusinessCheckIn(
              tx,
              sessionId,
              item.entrepreneurId,
              item.isPresent ? (current?.checkedInAt ?? now) : null,
            );
          }
          for (const item of participants) {
            const current = before.participants.find((participant) => participant.id === item.participantId);
            await repository.setParticipantCheckIn(
              tx,
              item.participantId,
              item.isPresent ? (current?.checkedInAt ?? now) : null,
            );
          }
        },
      );
    },

    /** The interest each buyer showed in each product: what is sent replaces what was recorded. */
    async saveInterests(sessionId: string, input: InterestsInput, context: RequestContext) {
      const snapshot = (parts: SessionRecordParts) =>
        parts.interests.map(({ participantId, productId, level, note }) => ({
          participantId,
          productId,
          level,
          note,
        }));
      return changeRecord(
        { sessionId, version: input.version, context },
        { action: 'session_interests.update', snapshot },
        async (tx, before) => {
          const productOwner = new Map(
            before.businesses.flatMap((item) =>
              item.products.map((product) => [product.id, item.business.id] as const),
            ),
          );
          failOn([
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
            ...participantProblems(input.items, before.participants, 'items'),
          ]);
          const recorded = new Map(
            input.items.map((item) => [`${item.participantId}:${item.productId}`, item] as const),
          );
          await repository.replaceInterests(
            tx,
            sessionId,
            [...recorded.values()].map((item) => ({
              sessionId,
              participantId: item.participantId,
              productId: item.productId,
              entrepreneurId: productOwner.get(item.productId) ?? '',
              level: item.level,
              note: textOrNull(item.note),
              ...recordedNow(context),
            })),
          );
        },
      );
    },

    /**
     * The contacts exchanged, business by buyer: what is sent replaces what was recorded. A business
     * without consent (never given, or withdrawn) is refused and nothing is saved.
     */
    async saveContacts(sessionId: string, input: ContactsInput, context: RequestContext) {
      const snapshot = (parts: SessionRecordParts) =>
        parts.contacts.map(({ entrepreneurId, participantId }) => ({ entrepreneurId, participantId }));
      return changeRecord(
        { sessionId, version: input.version, context, isConsentHeld: true },
        { action: 'session_contacts.update', snapshot },
        async (tx, before) => {
          failOn([
            ...businessProblems(input.items, before.businesses, 'items'),
            ...participantProblems(input.items, before.participants, 'items'),
          ]);
          // A pair recorded while the business consented stays on the record; a new one needs consent now.
          const isRecorded = (item: ContactsInput['items'][number]) =>
            before.contacts.some(
              (contact) =>
                contact.entrepreneurId === item.entrepreneurId &&
                contact.participantId === item.participantId,
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
          await repository.replaceContacts(
            tx,
            sessionId,
            [...pairs.values()].map((item) => ({
              sessionId,
              entrepreneurId: item.entrepreneurId,
              participantId: item.participantId,
              ...recordedNow(context),
            })),
          );
        },
      );
    },

    /** The minutes and the report's own words, saved against the session's version. */
    async saveTexts(sessionId: string, input: RecordTextsInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'session_record.update',
          entityType: 'programme_session',
          entityId: sessionId,
          lock: (locking) => sessionsRepository.lockSession(locking, sessionId),
          expectedVersion: input.version,
          snapshot: (session) => Object.fromEntries(recordTextFields.map((field) => [field, session[field]])),
          write: (writing) =>
            sessionsRepository.updateSession(writing, sessionId, {
              ...Object.fromEntries(
                recordTextFields.flatMap((field) =>
                  input[field] === undefined ? [] : [[field, textOrNull(input[field])]],
                ),
              ),
              updatedAt: clock.now(),
            }),
        });
        return partsOf(tx, after, context.actor);
      });
    },

    /** The report went to the executives on a day: for a session held, on a day not yet to come. */
    async deliverReport(sessionId: string, input: ReportDeliveryInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const { before, after } = await updateAudited(tx, context, {
          action: 'session_report.deliver',
          entityType: 'programme_session',
          entityId: sessionId,
          lock: (locking) => sessionsRepository.lockSession(locking, sessionId),
          snapshot: (session) => ({ reportDeliveredOn: session.reportDeliveredOn }),
          write: (writing, locked) => {
            if (locked.status !== 'held') throw new AppError(programmeErrors.report_before_held);
            const today = bangkokToday(clock.now());
            const heldOn = bangkokToday(locked.startsAt);
            if (input.deliveredOn > today || input.deliveredOn < heldOn)
              throw new AppError(commonErrors.validation_failed, [
                {
                  path: 'deliveredOn',
                  code: 'out_of_range',
                  messageKey: 'programme:errors.report_delivered_out_of_range',
                },
              ]);
            return sessionsRepository.updateSession(writing, sessionId, {
              reportDeliveredOn: input.deliveredOn,
              updatedAt: clock.now(),
            });
          },
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
    async report(actor: Actor, sessionId: string, language: DocumentLanguage, format: DocumentFormat) {
      const parts = await sessions.getSession(actor, sessionId);
      if (parts.session.status !== 'held') throw new AppError(programmeErrors.report_before_held);
      const record = await partsOf(db, parts.session, actor);
      const { settings } = await letters.letterhead();
      const date = parts.session.reportDeliveredOn ?? bangkokToday(clock.now());
      const document = sessionReportOf(reportFacts(parts, record, date), settings, language);
      return {
        ...(await renderAs(document, format)),
        fileName: sessionReportFileName(
          parts.programme.fiscalYear,
          parts.session.round,
          parts.session.startsAt,
          language,
          format,
        ),
      };
    },
  };
}
