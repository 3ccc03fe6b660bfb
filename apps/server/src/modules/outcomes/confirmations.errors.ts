/**
 * The buyer's confirmations' errors: each a code, an HTTP status and a message in `deal_confirmation`,
 * the namespace written in all five languages, since the buyer reads them in theirs. Each way a link
 * can fail has its own code, so that the page says which (never "the link is invalid").
 */
import { defineErrors } from '../../shared/errors.ts';

export const confirmationErrors = defineErrors({
  /** No such link, however it is written (or its entry was removed since). */
  confirmation_link_not_found: { status: 404, messageKey: 'deal_confirmation:errors.link_not_found' },
  confirmation_link_expired: { status: 410, messageKey: 'deal_confirmation:errors.link_expired' },
  /** The link was answered once already: each link serves once. */
  confirmation_link_used: { status: 410, messageKey: 'deal_confirmation:errors.link_used' },
  /** The entry was amended since the link was made: a new entry replaced it. */
  confirmation_entry_superseded: { status: 409, messageKey: 'deal_confirmation:errors.entry_superseded' },
  /** The entry was changed since the link was made: what the link showed is not what it says now. */
  confirmation_entry_changed: { status: 409, messageKey: 'deal_confirmation:errors.entry_changed' },
  /** The buyer confirmed the entry already (from another link, or from their account). */
  confirmation_already_confirmed: { status: 409, messageKey: 'deal_confirmation:errors.already_confirmed' },
  /** Only an order, a repeat order or an agreement is confirmed by the buyer. */
  confirmation_kind_not_confirmable: {
    status: 409,
    messageKey: 'deal_confirmation:errors.kind_not_confirmable',
  },
  /** The deal has no e-mail address of its buyer to mail the link to. */
  confirmation_no_buyer_email: { status: 409, messageKey: 'deal_confirmation:errors.no_buyer_email' },
  /** Confirming from an account that may read the deal but is not its buyer's. */
  confirmation_not_the_buyer: { status: 403, messageKey: 'deal_confirmation:errors.not_the_buyer' },
});
