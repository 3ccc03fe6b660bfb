/**
 * A partner's activities: recording, changing and removing them, by officers of the units involved.
 * Each change is audited in one transaction against the version the user loaded. Composed into the
 * partners service.
 */
import {
  engagementAreas,
  type ActivityInput,
  type EngagementArea,
  type UpdateActivityInput,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { auditSnapshot, definedOnly } from '../../shared/records.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import {
  assertKnownFields,
  assertKnownUnits,
  assertReadable,
  editablePartner,
  failOn,
} from './partners.checks.ts';
import { partnerErrors } from './partners.errors.ts';
import { activityDateProblems, canRecordActivity } from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { ActivityRow } from './partners.repository.ts';

const audited = { entityType: 'activity', snapshot: auditSnapshot<ActivityRow> } as const;

/** The KPI 1.3.1 areas chosen, each once, in their own order (so a change of order is no change). */
function areasInOrder(chosen: readonly EngagementArea[]): EngagementArea[] {
  return engagementAreas.filter((area) => chosen.includes(area));
}

export function createActivitiesService({ db }: { db: Db }) {
  /**
   * The activity, locked with its partner (which must not be archived), when the actor may change
   * the activities of its units (and of `unitCodes`, the units a change gives it).
   */
  async function lockActivity(
    tx: Db,
    actor: Actor | null,
    partnerId: string,
    id: string,
    unitCodes?: readonly string[],
  ): Promise<ActivityRow> {
    await editablePartner(tx, partnerId);
    const activity = await repository.findActivity(tx, partnerId, id);
    if (!activity) throw new AppError(partnerErrors.activity_not_found);
    if (
      !actor ||
      !canRecordActivity(actor, activity.unitCodes) ||
      !canRecordActivity(actor, unitCodes ?? activity.unitCodes)
    ) {
      throw new AppError(partnerErrors.not_your_unit);
    }
    return activity;
  }

  return {
    async addActivity(context: RequestContext, partnerId: string, input: ActivityInput) {
      const actor = context.actor;
      if (!actor || !canRecordActivity(actor, input.unitCodes ?? [])) {
        throw new AppError(partnerErrors.not_your_unit, [
          { path: 'unitCodes', code: 'not_your_unit', messageKey: 'partners:errors.not_your_unit' },
        ]);
      }
      assertReadable(actor, partnerId);
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        failOn(activityDateProblems(input.startsOn, input.endsOn ?? null));
        await assertKnownFields(tx, input.fields);
        await assertKnownUnits(tx, input.unitCodes);
        return createAudited(tx, context, {
          ...audited,
          action: 'activity.create',
          entityId: (activity) => activity.id,
          insert: (executor) =>
            repository.insertActivity(executor, {
              partnerId,
              kind: input.kind,
              title: input.title,
              startsOn: input.startsOn,
              endsOn: input.endsOn ?? null,
              fields: [...new Set(input.fields ?? [])],
              unitCodes: [...new Set(input.unitCodes ?? [])],
              participants: textOrNull(input.participants),
              outcome: textOrNull(input.outcome),
              engagementAreas: areasInOrder(input.engagementAreas ?? []),
              isContinuing: input.isContinuing ?? false,
              bmaRole: input.bmaRole ?? null,
              createdBy: actor.userId,
            }),
        });
      });
    },

    async updateActivity(context: RequestContext, partnerId: string, id: string, input: UpdateActivityInput) {
      const { version, ...changes } = input;
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'activity.update',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => lockActivity(executor, context.actor, partnerId, id, changes.unitCodes),
          write: async (executor, before) => {
            failOn(
              activityDateProblems(
                changes.startsOn ?? before.startsOn,
                changes.endsOn === undefined ? before.endsOn : changes.endsOn,
              ),
            );
            await assertKnownFields(executor, changes.fields);
            await assertKnownUnits(executor, changes.unitCodes);
            return repository.updateActivity(
              executor,
              id,
              definedOnly({
                ...changes,
                participants: textOrNullIfSent(changes.participants),
                outcome: textOrNullIfSent(changes.outcome),
                fields: changes.fields ? [...new Set(changes.fields)] : undefined,
                unitCodes: changes.unitCodes ? [...new Set(changes.unitCodes)] : undefined,
                engagementAreas: changes.engagementAreas ? areasInOrder(changes.engagementAreas) : undefined,
              }),
            );
          },
        });
        return after;
      });
    },

    async removeActivity(context: RequestContext, partnerId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'activity.delete',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => lockActivity(executor, context.actor, partnerId, id),
          remove: async (executor) => {
            if ((await repository.countDocumentsOf(executor, 'activity', id)) > 0) {
              throw new AppError(partnerErrors.record_has_documents);
            }
            await repository.deleteActivity(executor, id);
          },
        });
      });
    },
  };
}
