/** The KPIs' errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const outcomeKpiErrors = defineErrors({
  /** A fiscal year with no programme has no sessions to judge (the programme's own message). */
  programme_not_found: { status: 404, messageKey: 'programme:errors.programme_not_found' },
});
