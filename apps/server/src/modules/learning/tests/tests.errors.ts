/** The tests' errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../../shared/errors.ts';

export const learningTestErrors = defineErrors({
  event_not_found: { status: 404, messageKey: 'learning_tests:errors.event_not_found' },
  test_not_found: { status: 404, messageKey: 'learning_tests:errors.test_not_found' },
  /** Someone has submitted a test of the event: its questions would change their scores. */
  bank_locked: { status: 409, messageKey: 'learning_tests:errors.bank_locked' },
  /** Taking a test of an event without a seat at it (registered, not waitlisted nor cancelled). */
  not_registered: { status: 403, messageKey: 'learning_tests:errors.not_registered' },
  /** One attempt per person and test. */
  already_taken: { status: 409, messageKey: 'learning_tests:errors.already_taken' },
  /** A test a manager has not opened, or whose closing time has passed. */
  test_closed: { status: 400, messageKey: 'learning_tests:errors.test_closed' },
  test_not_yet_open: { status: 400, messageKey: 'learning_tests:errors.test_not_yet_open' },
});
