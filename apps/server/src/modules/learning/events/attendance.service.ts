/**
 * Attendance and feedback (issue 16, decision 0056). A person with a seat opens a session's check-in
 * link (its QR code) on their phone while signed in, from 30 minutes before the session until its end,
 * and is checked in; a manager can tick attendance by hand. Once the event's first session began, a
 * person with a seat gives a rating and comments, once. The roster (managers) gathers who registered,
 * who attended, the check-in links, the coverage of the invited units and the comments.
 */
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import { AppError } from '../../../shared/errors.ts';
import { createAudited, removeAudited } from '../../audit/index.ts';
import { createIdentityAuditDirectory } from '../../identity/index.ts';
import type { LearningDeps } from '../learning.deps.ts';
import { learningErrors } from '../learning.errors.ts';
import * as repository from './events.repository.ts';
import type { AttendanceRow, FeedbackRow } from './events.repository.ts';
import type { LearningEvents } from './events.service.ts';
import { hasEventBegun, isCheckInOpen } from './events.rules.ts';

export type LearningAttendance = ReturnType<typeof createLearningAttendance>;

const attendanceSnapshot = (row: AttendanceRow) => ({
  sessionId: row.sessionId,
  userId: row.userId,
  method: row.method,
  checkedInAt: row.checkedInAt,
});

export function createLearningAttendance(deps: LearningDeps & { events: LearningEvents }) {
  const { db, clock, events, publicUrl } = deps;
  const users = createIdentityAuditDirectory(db);

  async function seatHolder(eventId: string, userId: string) {
    const registration = await repository.findRegistrationOf(db, eventId, userId);
    if (registration?.status !== 'registered') throw new AppError(learningErrors.not_registered);
    return registration;
  }

  return {
    /** Checks the reader in to the session whose link they opened. */
    async checkIn(context: RequestContext, actor: Actor, token: string) {
      const found = await repository.findSessionByToken(db, token);
      if (!found || found.event.status === 'draft') throw new AppError(learningErrors.check_in_link_unknown);
      const { session, event } = found;
      await seatHolder(event.id, actor.userId);
      const now = clock.now();
      const earlier = await repository.findAttendance(db, session.id, actor.userId);
      if (earlier) return { event, session, attendance: earlier, wasAlready: true };
      if (event.status === 'cancelled' || !isCheckInOpen(session, now))
        throw new AppError(learningErrors.check_in_closed);
      const attendance = await db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'learning_attendance.check_in',
          entityType: 'learning_event',
          entityId: () => event.id,
          snapshot: attendanceSnapshot,
          insert: async (executor) =>
            (
              await repository.insertAttendance(executor, {
                sessionId: session.id,
                userId: actor.userId,
                method: 'qr',
                checkedInAt: now,
                recordedBy: actor.userId,
              })
            ).row,
        }),
      );
      return { event, session, attendance, wasAlready: false };
    },

    /** A manager ticks (or unticks) a person with a seat as present at a session. */
    async setAttendance(
      context: RequestContext,
      actor: Actor,
      sessionId: string,
      userId: string,
      isPresent: boolean,
    ): Promise<string> {
      const session = await repository.findSession(db, sessionId);
      if (!session) throw new AppError(learningErrors.session_not_found);
      await seatHolder(session.eventId, userId);
      const existing = await repository.findAttendance(db, sessionId, userId);
      await db.transaction(async (tx) => {
        if (isPresent && !existing)
          await createAudited(tx, context, {
            action: 'learning_attendance.tick',
            entityType: 'learning_event',
            entityId: () => session.eventId,
            snapshot: attendanceSnapshot,
            insert: async (executor) =>
              (
                await repository.insertAttendance(executor, {
                  sessionId,
                  userId,
                  method: 'manual',
                  checkedInAt: clock.now(),
                  recordedBy: actor.userId,
                })
              ).row,
          });
        if (!isPresent && existing)
          await removeAudited(tx, context, {
            action: 'learning_attendance.untick',
            entityType: 'learning_event',
            entityId: session.eventId,
            snapshot: attendanceSnapshot,
            lock: async () => existing,
            remove: (executor) => repository.deleteAttendance(executor, existing.id),
          });
      });
      return session.eventId;
    },

    /** A person with a seat rates the event once its first session began; once only. */
    async giveFeedback(
      context: RequestContext,
      actor: Actor,
      eventId: string,
      input: { rating: number; comments: string | null },
    ): Promise<void> {
      await events.visibleEvent(db, actor, eventId);
      await seatHolder(eventId, actor.userId);
      const sessions = await repository.listSessions(db, [eventId]);
      if (!hasEventBegun(sessions, clock.now())) throw new AppError(learningErrors.feedback_too_early);
      await db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'learning_feedback.give',
          entityType: 'learning_event',
          entityId: () => eventId,
          snapshot: (row: FeedbackRow) => ({ rating: row.rating, comments: row.comments }),
          insert: async (executor) => {
            const row = await repository.insertFeedback(executor, {
              eventId,
              userId: actor.userId,
              rating: input.rating,
              comments: input.comments || null,
              createdAt: clock.now(),
            });
            if (!row) throw new AppError(learningErrors.feedback_given);
            return row;
          },
        }),
      );
    },

    /** What managers see of an event's people: registrants, attendance, links, coverage, comments. */
    async roster(actor: Actor, eventId: string, locale: InterfaceLocale) {
      const { event, sessions, registrations, feedback, attendance } = await events.detail(actor, eventId);
      const live = registrations.filter((row) => row.status !== 'cancelled');
      const names = new Map<string, string>();
      if (users.user && live.length > 0)
        for (const [id, described] of await users.user(
          live.map((row) => row.userId),
          locale,
        ))
          if (described.name) names.set(id, described.name);
      const unitCodes = [
        ...event.invitedUnitCodes,
        ...live.flatMap((row) => (row.unitCode ? [row.unitCode] : [])),
      ];
      const unitNames = await events.unitNames(unitCodes, locale);
      const links = await repository.listCheckInLinks(
        db,
        sessions.map((session) => session.id),
      );
      return {
        event,
        sessions,
        registrations: live,
        attendance,
        feedback,
        names,
        unitNames,
        links: links.map((link) => ({
          sessionId: link.sessionId,
          url: `${publicUrl}/learning/check-in/${link.token}`,
        })),
      };
    },
  };
}
