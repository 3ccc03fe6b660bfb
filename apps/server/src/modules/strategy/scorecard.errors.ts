/** The scorecard's errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const scorecardErrors = defineErrors({
  /** The plan in force has no version with the number asked for. */
  plan_version_not_found: { status: 404, messageKey: 'strategy_scorecard:errors.plan_version_not_found' },
});
