/** Who may change what in the trade programme, beyond the permission each route declares. */
import type { ResponsibleUnit, Role } from '@bia/contracts';
import { can, type Actor } from '../../shared/actor.ts';
import { HOUR_MS } from '../../shared/time.ts';

/** The unit whose steps each role without `programme:manage` records. */
const unitOfRole: Partial<Record<Role, ResponsibleUnit>> = {
  social_development_officer: 'social_development',
  strategy_officer: 'strategy_evaluation',
};

/** Whether the actor may change a step: any with `programme:manage`, else those of their unit. */
export function canEditStep(
  actor: Actor | null,
  step: { responsibleUnits: readonly ResponsibleUnit[] },
): boolean {
  if (!actor) return false;
  if (can(actor, 'programme:manage')) return true;
  if (!can(actor, 'programme:steps')) return false;
  return actor.grants.some((grant) => {
    const unit = unitOfRole[grant.role];
    return unit !== undefined && step.responsibleUnits.includes(unit);
  });
}

/** Attendance and interest may be recorded from this long before the start: people join early. */
export const RECORDING_OPENS_BEFORE_MS = HOUR_MS;

/** Attendance, interest and contacts are recorded from an hour before the start, never for a cancelled session. */
export function isOpenForRecording(session: { status: string; startsAt: Date }, now: Date): boolean {
  return (
    session.status !== 'cancelled' && now.getTime() >= session.startsAt.getTime() - RECORDING_OPENS_BEFORE_MS
  );
}
