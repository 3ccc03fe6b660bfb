/** The learning module's errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const learningErrors = defineErrors({
  event_not_found: { status: 404, messageKey: 'learning:errors.event_not_found' },
  session_not_found: { status: 404, messageKey: 'learning:errors.session_not_found' },
  registration_not_found: { status: 404, messageKey: 'learning:errors.registration_not_found' },
  /** A status the event cannot move to from its own (a cancelled event stays cancelled). */
  status_change_refused: { status: 409, messageKey: 'learning:errors.status_change_refused' },
  /** Registering for an event that is not open (a draft, closed or cancelled). */
  event_not_open: { status: 409, messageKey: 'learning:errors.event_not_open' },
  /** Changing a cancelled event. */
  event_cancelled: { status: 409, messageKey: 'learning:errors.event_cancelled' },
  already_registered: { status: 409, messageKey: 'learning:errors.already_registered' },
  /** The unit registered for is not among the event's invited units. */
  not_invited: { status: 403, messageKey: 'learning:errors.not_invited' },
  /** A liaison officer registering for a unit other than their own. */
  not_your_unit: { status: 403, messageKey: 'learning:errors.not_your_unit' },
  /** Cancelling someone else's registration without managing events. */
  not_your_registration: { status: 403, messageKey: 'learning:errors.not_your_registration' },
  /** Checking in, or giving feedback, without a seat at the event. */
  not_registered: { status: 403, messageKey: 'learning:errors.not_registered' },
  check_in_link_unknown: { status: 404, messageKey: 'learning:errors.check_in_link_unknown' },
  /** Checking in before the session's window opens (30 minutes before it) or after it ended. */
  check_in_closed: { status: 400, messageKey: 'learning:errors.check_in_closed' },
  /** Feedback before the event's first session began. */
  feedback_too_early: { status: 400, messageKey: 'learning:errors.feedback_too_early' },
  feedback_given: { status: 409, messageKey: 'learning:errors.feedback_given' },
  /** Removing a session someone attended. */
  session_attended: { status: 409, messageKey: 'learning:errors.session_attended' },
  /** A certificate or report of a draft or cancelled event. */
  event_not_printable: { status: 409, messageKey: 'learning:errors.event_not_printable' },
  /** A certificate for someone who attended no session of the event. */
  certificate_not_attended: { status: 403, messageKey: 'learning:errors.certificate_not_attended' },
});
