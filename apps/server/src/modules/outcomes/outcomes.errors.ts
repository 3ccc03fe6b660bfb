/** The outcomes' errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const outcomesErrors = defineErrors({
  /** No such deal, or not one the reader may see (a deal out of one's scope is not revealed). */
  deal_not_found: { status: 404, messageKey: 'outcomes:errors.deal_not_found' },
  entry_not_found: { status: 404, messageKey: 'outcomes:errors.entry_not_found' },
  document_not_found: { status: 404, messageKey: 'outcomes:errors.document_not_found' },
  /** Signed in without any of the outcomes' permissions. */
  no_deals: { status: 403, messageKey: 'outcomes:errors.no_deals' },
  /** Recording for a business other than one's own (an entrepreneur), or reading only (executives, coordinators, buyers). */
  not_your_deal: { status: 403, messageKey: 'outcomes:errors.not_your_deal' },
  /** Starting a deal from a contact the session's record does not hold. */
  contact_not_exchanged: { status: 404, messageKey: 'outcomes:errors.contact_not_exchanged' },
  /** Changing or removing an entry an amendment has replaced. */
  entry_superseded: { status: 409, messageKey: 'outcomes:errors.entry_superseded' },
  /** Removing an entry (or its evidence) reported in a follow-up round that is closed: amend it instead. */
  entry_in_closed_round: { status: 409, messageKey: 'outcomes:errors.entry_in_closed_round' },
  /** Removing the only entry of a deal's history. */
  deal_needs_entry: { status: 409, messageKey: 'outcomes:errors.deal_needs_entry' },
  /** A document larger than the limit (params: max). */
  document_too_large: { status: 413, messageKey: 'outcomes:errors.document_too_large' },
  /** Not a PDF, Word, Excel, PowerPoint, image or text file, judged by its content. */
  document_type: { status: 415, messageKey: 'outcomes:errors.document_type' },
});
