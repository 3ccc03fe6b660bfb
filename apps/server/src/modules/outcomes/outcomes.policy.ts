/**
 * Whose deals each reader sees and who may record them, beyond the permission each route declares
 * (decision 0031). Scopes come from the actor's role grants, never from what they ask for:
 *  - `outcomes:read` (the IAO, Social Development, Strategy and Evaluation, executives): every deal;
 *  - `outcomes:own` (an entrepreneur): the deals of the businesses they keep, to read and record;
 *  - `outcomes:city` (a partner city's coordinator): the deals of their city's buyers, to read;
 *  - `outcomes:confirm` (a partner city's buyer): the deals that name them — as the buyer's account,
 *    or by their e-mail address — to read (and confirm their entries).
 * `outcomes:edit` (the IAO, Social Development) records and changes any deal.
 */
import type { Role } from '@bia/contracts';
import { can, type Actor } from '../../shared/actor.ts';

/** What makes a deal visible to the actor. */
export interface DealScope {
  /** Every deal (`outcomes:read`). */
  isAll: boolean;
  /** The businesses they keep (`outcomes:own`). */
  businessIds: string[];
  /** The partner cities they coordinate (`outcomes:city`). */
  partnerIds: string[];
  /** The buyer they are (`outcomes:confirm`): deals naming their account or their address. */
  buyer: { userId: string; email: string } | null;
}

/** The fields of a deal that decide who sees it. */
export interface ScopedDeal {
  entrepreneurId: string;
  partnerId: string;
  buyerUserId: string | null;
  buyerEmail: string | null;
}

function scopeIdsOf(actor: Actor, role: Role): string[] {
  return actor.grants.flatMap((grant) => (grant.role === role && grant.scopeId ? [grant.scopeId] : []));
}

export function dealScopeOf(actor: Actor): DealScope {
  return {
    isAll: can(actor, 'outcomes:read'),
    businessIds: can(actor, 'outcomes:own') ? scopeIdsOf(actor, 'entrepreneur') : [],
    partnerIds: can(actor, 'outcomes:city') ? scopeIdsOf(actor, 'partner_coordinator') : [],
    buyer: can(actor, 'outcomes:confirm') ? { userId: actor.userId, email: actor.email } : null,
  };
}

/** Whether the actor may look at deals at all (any of the outcomes' reading permissions). */
export function canReadDeals(actor: Actor): boolean {
  return (
    can(actor, 'outcomes:read') ||
    can(actor, 'outcomes:own') ||
    can(actor, 'outcomes:city') ||
    can(actor, 'outcomes:confirm')
  );
}

/** Whether the deal names the buyer: as their account, or by their address (in any case). */
export function namesBuyer(deal: ScopedDeal, buyer: { userId: string; email: string }): boolean {
  return (
    deal.buyerUserId === buyer.userId ||
    (deal.buyerEmail !== null && deal.buyerEmail.toLowerCase() === buyer.email.toLowerCase())
  );
}

export function isDealVisible(scope: DealScope, deal: ScopedDeal): boolean {
  return (
    scope.isAll ||
    scope.businessIds.includes(deal.entrepreneurId) ||
    scope.partnerIds.includes(deal.partnerId) ||
    (scope.buyer !== null && namesBuyer(deal, scope.buyer))
  );
}

/** Whether the actor may record deals of a business: any with `outcomes:edit`, else only their own. */
export function canRecordFor(actor: Actor, entrepreneurId: string): boolean {
  if (can(actor, 'outcomes:edit')) return true;
  return can(actor, 'outcomes:own') && scopeIdsOf(actor, 'entrepreneur').includes(entrepreneurId);
}

/** Whether the actor may confirm the deal's entries: its buyer. */
export function canConfirmDeal(actor: Actor, deal: ScopedDeal): boolean {
  return can(actor, 'outcomes:confirm') && namesBuyer(deal, { userId: actor.userId, email: actor.email });
}

/** In which capacity the actor records an entry: staff (for the business), or the business itself. */
export function recorderOf(actor: Actor): 'staff' | 'entrepreneur' {
  return can(actor, 'outcomes:edit') ? 'staff' : 'entrepreneur';
}
