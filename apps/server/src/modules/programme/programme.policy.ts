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

/**
 * What makes a session one of the actor's own, from their role grants (never from what they ask for):
 * the partner cities they coordinate, the businesses they keep, and, for a partner city's buyer,
 * their account's address, matched against those who registered.
 */
export interface OwnSessionScope {
  partnerIds: string[];
  businessIds: string[];
  buyerEmail: string | null;
}

export function ownSessionScopeOf(actor: Actor): OwnSessionScope {
  const scoped = (role: Role) =>
    actor.grants.flatMap((grant) => (grant.role === role && grant.scopeId ? [grant.scopeId] : []));
  return {
    partnerIds: scoped('partner_coordinator'),
    businessIds: scoped('entrepreneur'),
    buyerEmail: actor.grants.some((grant) => grant.role === 'partner_buyer') ? actor.email : null,
  };
}

/**
 * Whether the actor may open the staff's page of a session with these cities: staff every one, a
 * partner city's coordinator those of their own city (a buyer's city does not count).
 */
export function canReadSessionPage(actor: Actor, partnerIds: readonly string[]): boolean {
  if (can(actor, 'programme:read')) return true;
  if (!can(actor, 'sessions:read')) return false;
  const own = ownSessionScopeOf(actor).partnerIds;
  return partnerIds.some((partnerId) => own.includes(partnerId));
}
