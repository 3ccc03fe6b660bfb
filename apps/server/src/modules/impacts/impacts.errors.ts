/** The impact register's errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const impactErrors = defineErrors({
  theme_not_found: { status: 404, messageKey: 'impacts:errors.theme_not_found' },
  /** Another theme has the same Thai name. */
  theme_exists: { status: 409, messageKey: 'impacts:errors.theme_exists' },
  /** Saving an answer for a closed theme. */
  theme_closed: { status: 409, messageKey: 'impacts:errors.theme_closed' },
  unit_not_found: { status: 404, messageKey: 'impacts:errors.unit_not_found' },
  /** Answering for, or reading the answer of, a unit that is not the actor's own. */
  not_your_unit: { status: 403, messageKey: 'impacts:errors.not_your_unit' },
  answer_not_found: { status: 404, messageKey: 'impacts:errors.answer_not_found' },
  item_not_found: { status: 404, messageKey: 'impacts:errors.item_not_found' },
  /** Editing an answer that is submitted or accepted (it is editable again once returned). */
  not_editable: { status: 409, messageKey: 'impacts:errors.not_editable' },
  /** Accepting an answer that is not submitted, or returning one neither submitted nor accepted. */
  not_reviewable: { status: 409, messageKey: 'impacts:errors.not_reviewable' },
  /** The item is a coordination request already. */
  request_exists: { status: 409, messageKey: 'impacts:errors.request_exists' },
  /** Removing an item that became a coordination request. */
  item_has_request: { status: 409, messageKey: 'impacts:errors.item_has_request' },
  /** No coordination module is wired: the item cannot become a request. */
  requests_unavailable: { status: 503, messageKey: 'impacts:errors.requests_unavailable' },
});
