/**
 * What went wrong with a confirmation link, in the words of the page's own catalogue
 * (`deal_confirmation`, in all five languages), so that a reader in Japanese, Korean or Chinese never
 * gets the interface's English fallback. Each refusal of the server has its own words; anything else
 * (an unforeseen error, no connection) has a general one. Pure.
 */
import { ApiError } from '../../../lib/api-client.ts';

const linkProblemKeys = {
  confirmation_link_not_found: 'errors.link_not_found',
  confirmation_link_expired: 'errors.link_expired',
  confirmation_link_used: 'errors.link_used',
  confirmation_entry_superseded: 'errors.entry_superseded',
  confirmation_entry_changed: 'errors.entry_changed',
  confirmation_already_confirmed: 'errors.already_confirmed',
} as const;

export type ConfirmationProblemKey =
  (typeof linkProblemKeys)[keyof typeof linkProblemKeys] | 'errors.unexpected' | 'errors.network';

function isLinkProblem(code: string): code is keyof typeof linkProblemKeys {
  return Object.hasOwn(linkProblemKeys, code);
}

/** The `deal_confirmation` key of the message for what a request to the link's API threw. */
export function confirmationProblemKey(error: unknown): ConfirmationProblemKey {
  if (!(error instanceof ApiError)) return 'errors.network';
  return isLinkProblem(error.code) ? linkProblemKeys[error.code] : 'errors.unexpected';
}
