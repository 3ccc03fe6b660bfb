/**
 * The rounds that asked the signed-in entrepreneur's business, as their page orders and counts them:
 * a form is waiting while its round is open and the business has not answered.
 */
import type { OwnFollowUpRoundList } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';

export type OwnRound = OwnFollowUpRoundList['items'][number];

export const isWaiting = (item: OwnRound): boolean => item.round.status === 'open' && item.answer === null;

/** How many forms wait for an answer. */
export function waitingForms(items: readonly OwnRound[]): number {
  return items.filter(isWaiting).length;
}

/** The forms waiting first, the rest after them; each part in the server's order (the latest period first). */
export function waitingFirst(items: readonly OwnRound[]): OwnRound[] {
  return [...items.filter(isWaiting), ...items.filter((item) => !isWaiting(item))];
}

/** Whether the rounds asked more than one business of the reader's (each card then names its business). */
export function hasSeveralBusinesses(items: readonly OwnRound[]): boolean {
  return new Set(items.map((item) => item.business.id)).size > 1;
}

/** The business's form in the round, behind sign-in (the same address its e-mail gives). */
export function ownFormLink(item: OwnRound): string {
  return `${paths.followUpAnswer(item.round.id)}?business=${encodeURIComponent(item.business.id)}`;
}
