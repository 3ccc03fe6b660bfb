/**
 * What went wrong with an invitation link, in the words of the page's own catalogue
 * (`session_public`, in all five languages), so that a reader in Japanese, Korean or Chinese never
 * gets the interface's English fallback ("Some fields are not valid"). Each refusal of the server has
 * its own words; anything else (an unforeseen error, no connection) has a general one. Pure.
 */
import { ApiError } from '../../../lib/api-client.ts';

/** The server's codes for a link's failures, and the page's words for each. */
const linkProblemKeys = {
  invitation_not_found: 'errors.invitation_not_found',
  invitation_expired: 'errors.invitation_expired',
  invitation_used: 'errors.invitation_used',
  session_over: 'errors.session_over',
  invitation_session_cancelled: 'errors.session_cancelled',
  already_registered: 'errors.already_registered',
  not_registered_yet: 'errors.not_registered_yet',
} as const;

export type InvitationProblemKey =
  (typeof linkProblemKeys)[keyof typeof linkProblemKeys] | 'errors.unexpected' | 'errors.network';

function isLinkProblem(code: string): code is keyof typeof linkProblemKeys {
  return Object.hasOwn(linkProblemKeys, code);
}

/** The `session_public` key of the message for what a request to the link's API threw. */
export function invitationProblemKey(error: unknown): InvitationProblemKey {
  if (!(error instanceof ApiError)) return 'errors.network';
  return isLinkProblem(error.code) ? linkProblemKeys[error.code] : 'errors.unexpected';
}
