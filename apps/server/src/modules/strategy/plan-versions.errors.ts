import { defineErrors } from '../../shared/errors.ts';

/** An administrator's version of the plan refused (decision 0051); the stale base is `conflict_stale`. */
export const planVersionErrors = defineErrors({
  /** The plan in force has no version with this number or id. */
  version_not_found: { status: 404, messageKey: 'strategy_plan_admin:errors.version_not_found' },
  /** The document fails the plan's shape or its checks: each problem at its path. */
  plan_invalid: { status: 400, messageKey: 'strategy_plan_admin:errors.plan_invalid' },
  /** The document is the base version's: there is nothing to record. */
  plan_unchanged: { status: 400, messageKey: 'strategy_plan_admin:errors.plan_unchanged' },
});
