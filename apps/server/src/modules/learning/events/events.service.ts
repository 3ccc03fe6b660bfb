/**
 * Events and their sessions (issue 16, decision 0056). Managers (`learning:manage`, the IAO) create an
 * event as a draft — seen by managers only — then open it for registration, close or cancel it. Its
 * sessions are saved with it; each gets a secret check-in link when created. Every change is audited
 * under the event (`learning_event`).
 */
import { randomBytes } from 'node:crypto';
import type { LearningEventCreate, LearningEventStatusChange, LearningEventUpdate } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import { AppError, commonErrors } from '../../../shared/errors.ts';
import { auditSnapshot } from '../../../shared/records.ts';
import { createAudited, updateAudited } from '../../audit/index.ts';
import { createLiaisonAuditDirectory, IAO_UNIT_CODE, knownUnitCodes } from '../../liaison/index.ts';
import type { LearningDeps } from '../learning.deps.ts';
import { learningErrors } from '../learning.errors.ts';
import { canManageEvents } from '../learning.policy.ts';
import * as repository from './events.repository.ts';
import type { EventRow, RegistrationRow } from './events.repository.ts';
import { canMoveTo } from './events.rules.ts';

export type LearningEvents = ReturnType<typeof createLearningEvents>;

/** A check-in link's secret: 24 random bytes, base64url (32 characters). */
function newCheckInToken(): string {
  return randomBytes(24).toString('base64url');
}

const eventSnapshot = (row: EventRow) => auditSnapshot(row);

type EventInput = LearningEventCreate;

function eventColumns(input: EventInput) {
  return {
    kind: input.kind,
    titleTh: input.titleTh,
    titleEn: input.titleEn || null,
    descriptionTh: input.descriptionTh || null,
    descriptionEn: input.descriptionEn || null,
    capacity: input.capacity,
    invitedUnitCodes: [...new Set(input.invitedUnitCodes)],
    creditHours: input.creditHours,
  };
}

export function createLearningEvents(deps: LearningDeps) {
  const { db, clock } = deps;
  const units = createLiaisonAuditDirectory(db);

  /** The names of units by code, in the reader's language (the code when unknown). */
  async function unitNames(codes: Iterable<string>, locale: InterfaceLocale): Promise<Map<string, string>> {
    const wanted = [...new Set(codes)];
    const names = new Map<string, string>();
    if (!units.unit || wanted.length === 0) return names;
    for (const [code, described] of await units.unit(wanted, locale))
      if (described.name) names.set(code, described.name);
    return names;
  }

  async function checkUnits(codes: string[]): Promise<void> {
    const known = await knownUnitCodes(db, codes);
    const problems = codes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              path: `invitedUnitCodes.${index}`,
              code: 'unknown_unit',
              messageKey: 'learning:errors.unknown_unit' as const,
            },
          ],
    );
    if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
  }

  /** An event the reader may see: drafts are for managers only (they are "not found" to others). */
  async function visibleEvent(executor: Db, actor: Actor, id: string): Promise<EventRow> {
    const event = await repository.findEvent(executor, id);
    if (!event || (event.status === 'draft' && !canManageEvents(actor)))
      throw new AppError(learningErrors.event_not_found);
    return event;
  }

  async function lockEvent(executor: Db, id: string): Promise<EventRow> {
    const event = await repository.findEvent(executor, id, { lock: 'update' });
    if (!event) throw new AppError(learningErrors.event_not_found);
    return event;
  }

  /** Writes the sessions of the form: updates those kept, adds new ones, removes the rest (unattended). */
  async function saveSessions(executor: Db, eventId: string, input: EventInput, now: Date): Promise<void> {
    const existing = await repository.listSessions(executor, [eventId]);
    const keptIds = new Set(input.sessions.flatMap((session) => (session.id ? [session.id] : [])));
    input.sessions.forEach((session, index) => {
      if (session.id && !existing.some((row) => row.id === session.id))
        throw new AppError(commonErrors.validation_failed, [
          {
            path: `sessions.${index}.id`,
            code: 'unknown_session',
            messageKey: 'learning:errors.session_not_found',
          },
        ]);
    });
    const removed = existing.filter((row) => !keptIds.has(row.id)).map((row) => row.id);
    if ((await repository.listAttendance(executor, removed)).length > 0)
      throw new AppError(learningErrors.session_attended);
    await repository.deleteSessions(executor, removed);
    for (const session of input.sessions) {
      const columns = {
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
        room: session.room || null,
        onlineUrl: session.onlineUrl || null,
      };
      if (session.id) await repository.updateSession(executor, session.id, columns, now);
      else await repository.insertSession(executor, { eventId, ...columns }, newCheckInToken());
    }
  }

  return {
    unitNames,
    visibleEvent,
    lockEvent,

    async list(actor: Actor) {
      const events = await repository.listEvents(db, { includeDrafts: canManageEvents(actor) });
      const ids = events.map((event) => event.id);
      const [sessions, registrations] = await Promise.all([
        repository.listSessions(db, ids),
        repository.listRegistrations(db, ids),
      ]);
      return { events, sessions, registrations };
    },

    /** One event with what its page shows to the reader. */
    async detail(actor: Actor, id: string) {
      const event = await visibleEvent(db, actor, id);
      const [sessions, registrations, feedback] = await Promise.all([
        repository.listSessions(db, [id]),
        repository.listRegistrations(db, [id]),
        repository.listFeedback(db, [id]),
      ]);
      const attendance = await repository.listAttendance(
        db,
        sessions.map((session) => session.id),
      );
      return { event, sessions, registrations, feedback, attendance };
    },

    async create(context: RequestContext, actor: Actor, input: LearningEventCreate): Promise<string> {
      await checkUnits(input.invitedUnitCodes);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const event = await createAudited(tx, context, {
          action: 'learning_event.create',
          entityType: 'learning_event',
          entityId: (row) => row.id,
          snapshot: eventSnapshot,
          insert: (executor) =>
            repository.insertEvent(executor, {
              ...eventColumns(input),
              organiserUnitCode: IAO_UNIT_CODE,
              status: 'draft',
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            }),
        });
        await saveSessions(tx, event.id, input, now);
        return event.id;
      });
    },

    /** Changes an event at the version read; a larger capacity moves waiting people up. */
    async update(
      context: RequestContext,
      id: string,
      input: LearningEventUpdate,
      fillSeats: (tx: Db, event: EventRow) => Promise<RegistrationRow[]>,
    ): Promise<{ event: EventRow; movedUp: RegistrationRow[] }> {
      await checkUnits(input.invitedUnitCodes);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'learning_event.update',
          entityType: 'learning_event',
          entityId: id,
          expectedVersion: input.version,
          snapshot: eventSnapshot,
          lock: (executor) => lockEvent(executor, id),
          write: async (executor, before) => {
            if (before.status === 'cancelled') throw new AppError(learningErrors.event_cancelled);
            await saveSessions(executor, id, input, now);
            return repository.updateEvent(executor, id, eventColumns(input), now);
          },
        });
        return { event: after, movedUp: await fillSeats(tx, after) };
      });
    },

    async changeStatus(
      context: RequestContext,
      id: string,
      change: LearningEventStatusChange,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await updateAudited(tx, context, {
          action: 'learning_event.status',
          entityType: 'learning_event',
          entityId: id,
          expectedVersion: change.version,
          snapshot: eventSnapshot,
          lock: (executor) => lockEvent(executor, id),
          write: (executor, before) => {
            if (!canMoveTo(before.status, change.status))
              throw new AppError(learningErrors.status_change_refused);
            return repository.updateEvent(executor, id, { status: change.status }, clock.now());
          },
        });
      });
    },
  };
}
