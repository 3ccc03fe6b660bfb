/** The progress rounds' errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const strategyRoundErrors = defineErrors({
  round_not_found: { status: 404, messageKey: 'strategy:errors.round_not_found' },
  /** A round of the same plan version and period exists already. */
  round_exists: { status: 409, messageKey: 'strategy:errors.round_exists' },
  /** Reporting in, or approving, a round that is approved: nothing is written. */
  round_frozen: { status: 409, messageKey: 'strategy:errors.round_frozen' },
  /** An amendment while the round is open: the report itself is edited then. */
  round_not_approved: { status: 409, messageKey: 'strategy:errors.round_not_approved' },
  item_not_found: { status: 404, messageKey: 'strategy:errors.item_not_found' },
  /** The unit neither leads nor supports the item. */
  not_your_item: { status: 403, messageKey: 'strategy:errors.not_your_item' },
  /** Reporting for a unit that is not the actor's own. */
  not_your_unit: { status: 403, messageKey: 'strategy:errors.not_your_unit' },
  submission_not_found: { status: 404, messageKey: 'strategy:errors.submission_not_found' },
  /** Editing a report that is submitted or accepted (it is editable again once returned). */
  not_editable: { status: 409, messageKey: 'strategy:errors.not_editable' },
  /** Reviewing a report that is not submitted. */
  not_submitted: { status: 409, messageKey: 'strategy:errors.not_submitted' },
  /** Amending a report that is not accepted. */
  not_accepted: { status: 409, messageKey: 'strategy:errors.not_accepted' },
  /** Approving a round with items not accepted (decision 0043: approval needs every item accepted). */
  items_not_accepted: { status: 409, messageKey: 'strategy:errors.items_not_accepted' },
});
