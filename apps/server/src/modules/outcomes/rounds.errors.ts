/** The follow-up rounds' errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const roundErrors = defineErrors({
  round_not_found: { status: 404, messageKey: 'follow_up:errors.round_not_found' },
  /** A round for the same period exists already. */
  round_exists: { status: 409, messageKey: 'follow_up:errors.round_exists' },
  /** Answering, or closing, a round that is closed: nothing is written. */
  round_closed: { status: 409, messageKey: 'follow_up:errors.round_closed' },
  /** Changing the rates of a closed round: its figures were frozen at the rates it closed with. */
  rates_frozen: { status: 409, messageKey: 'follow_up:errors.rates_frozen' },
  /** The business was not asked in this round (or the reader may not answer for it). */
  business_not_in_round: { status: 404, messageKey: 'follow_up:errors.business_not_in_round' },
  /** An entrepreneur answering for a business they do not keep. */
  not_your_business: { status: 403, messageKey: 'follow_up:errors.not_your_business' },
  /** The business has answered this round already (once per round, whichever way). */
  already_answered: { status: 409, messageKey: 'follow_up:errors.already_answered' },
  /** A link no round knows (mistyped, or replaced by the one of a later reminder). */
  link_not_found: { status: 404, messageKey: 'follow_up:errors.link_not_found' },
  /** A link whose answer was given: it serves once. */
  link_used: { status: 410, messageKey: 'follow_up:errors.link_used' },
  /** A link of a round that has closed. */
  link_closed: { status: 410, messageKey: 'follow_up:errors.link_closed' },
});
