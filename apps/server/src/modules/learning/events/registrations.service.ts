/**
 * Registration (issue 16, decision 0056): one seat per person; past the capacity a registration goes
 * on the waiting list, and a seat given up (or a larger capacity) moves the first waiting person up,
 * who is e-mailed. A liaison officer registers themselves for their own unit; a manager registers
 * anyone by e-mail, for a unit. The event's row is locked while seats are counted, so two people
 * registering at once cannot both take the last seat.
 */
import type { LearningEventUpdate, LearningRegistrationCreate } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import { AppError, commonErrors } from '../../../shared/errors.ts';
import { translatorFor } from '../../../shared/i18n.ts';
import { auditSnapshot } from '../../../shared/records.ts';
import { createAudited, updateAudited } from '../../audit/index.ts';
import { IAO_UNIT_CODE, knownUnitCodes } from '../../liaison/index.ts';
import type { LearningDeps } from '../learning.deps.ts';
import { learningErrors } from '../learning.errors.ts';
import { canManageEvents, unitsOfActor } from '../learning.policy.ts';
import * as repository from './events.repository.ts';
import type { EventRow, RegistrationRow } from './events.repository.ts';
import type { LearningEvents } from './events.service.ts';
import { statusOnRegistering } from './events.rules.ts';

export type LearningRegistrations = ReturnType<typeof createLearningRegistrations>;

const registrationAudit = {
  entityType: 'learning_registration',
  snapshot: (row: RegistrationRow) => auditSnapshot(row),
} as const;

export function createLearningRegistrations(deps: LearningDeps & { events: LearningEvents }) {
  const { db, clock, events, people, mailer, publicUrl } = deps;

  /** Who is registered, and for which unit: the reader themselves, or (a manager) a person by e-mail. */
  async function whoAndWhich(actor: Actor, input: LearningRegistrationCreate) {
    const isManager = canManageEvents(actor);
    if (input.unitCode && !(await knownUnitCodes(db, [input.unitCode])).has(input.unitCode))
      throw new AppError(commonErrors.validation_failed, [
        { path: 'unitCode', code: 'unknown_unit', messageKey: 'learning:errors.unknown_unit' },
      ]);
    if (input.email) {
      if (!isManager) throw new AppError(commonErrors.forbidden);
      const person = await people.findByEmail(input.email);
      if (!person?.isActive)
        throw new AppError(commonErrors.validation_failed, [
          { path: 'email', code: 'unknown_person', messageKey: 'learning:errors.person_unknown' },
        ]);
      return { userId: person.id, unitCode: input.unitCode ?? null, isForOther: true };
    }
    const ownUnits = unitsOfActor(actor);
    if (input.unitCode && !isManager && !ownUnits.includes(input.unitCode))
      throw new AppError(learningErrors.not_your_unit);
    const isIao = actor.grants.some((grant) => grant.role === 'iao_officer');
    const unitCode = input.unitCode ?? ownUnits[0] ?? (isIao ? IAO_UNIT_CODE : null);
    return { userId: actor.userId, unitCode, isForOther: false };
  }

  /** Gives free seats to the first waiting people, in order; answers those moved up. */
  async function fillSeats(tx: Db, context: RequestContext, event: EventRow): Promise<RegistrationRow[]> {
    if (event.status === 'cancelled') return [];
    const registrations = await repository.listRegistrations(tx, [event.id]);
    let free = event.capacity - registrations.filter((row) => row.status === 'registered').length;
    const movedUp: RegistrationRow[] = [];
    for (const waiting of registrations.filter((row) => row.status === 'waitlisted')) {
      if (free <= 0) break;
      const { after } = await updateAudited(tx, context, {
        ...registrationAudit,
        action: 'learning_registration.move_up',
        entityId: waiting.id,
        lock: async (executor) => {
          const row = await repository.findRegistration(executor, waiting.id, { lock: 'update' });
          if (!row) throw new AppError(learningErrors.registration_not_found);
          return row;
        },
        write: (executor) =>
          repository.updateRegistration(executor, waiting.id, { status: 'registered' }, clock.now()),
      });
      movedUp.push(after);
      free -= 1;
    }
    return movedUp;
  }

  /** E-mails each person moved up from the waiting list, in their language, with the event's link. */
  async function mailMovedUp(event: EventRow, movedUp: RegistrationRow[]): Promise<void> {
    for (const registration of movedUp) {
      const person = await people.findById(registration.userId);
      if (!person?.isActive) continue;
      const t = translatorFor(person.locale);
      const title = person.locale === 'en' && event.titleEn ? event.titleEn : event.titleTh;
      const link = `${publicUrl}/learning/events/${event.id}`;
      await mailer.send({
        to: person.email,
        subject: t('learning:mail.moved_up_subject', { title }),
        text: t('learning:mail.moved_up_body', { name: person.displayName, title, link }),
      });
    }
  }

  return {
    /** Saves an event's changes; a larger capacity moves waiting people up, and they are mailed. */
    async updateEvent(context: RequestContext, id: string, input: LearningEventUpdate): Promise<void> {
      const { event, movedUp } = await events.update(context, id, input, (tx, row) =>
        fillSeats(tx, context, row),
      );
      await mailMovedUp(event, movedUp);
    },

    async register(
      context: RequestContext,
      actor: Actor,
      eventId: string,
      input: LearningRegistrationCreate,
    ): Promise<void> {
      const { userId, unitCode, isForOther } = await whoAndWhich(actor, input);
      await db.transaction(async (tx) => {
        await events.visibleEvent(tx, actor, eventId);
        const event = await events.lockEvent(tx, eventId);
        if (event.status !== 'open') throw new AppError(learningErrors.event_not_open);
        const invited = event.invitedUnitCodes;
        if (!isForOther && unitCode && invited.length > 0 && !invited.includes(unitCode))
          throw new AppError(learningErrors.not_invited);
        const existing = await repository.findRegistrationOf(tx, eventId, userId);
        if (existing && existing.status !== 'cancelled')
          throw new AppError(learningErrors.already_registered);
        const status = statusOnRegistering(await repository.countSeatsTaken(tx, eventId), event.capacity);
        const now = clock.now();
        if (existing) {
          await updateAudited(tx, context, {
            ...registrationAudit,
            action: 'learning_registration.register',
            entityId: existing.id,
            lock: async (executor) =>
              (await repository.findRegistration(executor, existing.id, { lock: 'update' })) ?? existing,
            write: (executor) =>
              repository.updateRegistration(
                executor,
                existing.id,
                { status, unitCode, registeredAt: now, cancelledAt: null },
                now,
              ),
          });
        } else {
          await createAudited(tx, context, {
            ...registrationAudit,
            action: 'learning_registration.register',
            entityId: (row) => row.id,
            insert: (executor) =>
              repository.insertRegistration(executor, {
                eventId,
                userId,
                unitCode,
                status,
                registeredAt: now,
                updatedAt: now,
              }),
          });
        }
      });
    },

    /** Gives up a seat (or a place in the queue): one's own, or anyone's for a manager. */
    async cancel(context: RequestContext, actor: Actor, registrationId: string): Promise<string> {
      const found = await repository.findRegistration(db, registrationId);
      if (!found) throw new AppError(learningErrors.registration_not_found);
      if (found.userId !== actor.userId && !canManageEvents(actor))
        throw new AppError(learningErrors.not_your_registration);
      const { event, movedUp } = await db.transaction(async (tx) => {
        const locked = await events.lockEvent(tx, found.eventId);
        await updateAudited(tx, context, {
          ...registrationAudit,
          action: 'learning_registration.cancel',
          entityId: registrationId,
          lock: async (executor) => {
            const row = await repository.findRegistration(executor, registrationId, { lock: 'update' });
            if (!row || row.status === 'cancelled') throw new AppError(learningErrors.registration_not_found);
            return row;
          },
          write: (executor) =>
            repository.updateRegistration(
              executor,
              registrationId,
              { status: 'cancelled', cancelledAt: clock.now() },
              clock.now(),
            ),
        });
        return { event: locked, movedUp: await fillSeats(tx, context, locked) };
      });
      await mailMovedUp(event, movedUp);
      return found.eventId;
    },
  };
}
