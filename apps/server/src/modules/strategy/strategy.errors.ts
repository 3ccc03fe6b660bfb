import { defineErrors } from '../../shared/errors.ts';

export const strategyErrors = defineErrors({
  /** No plan in the database: the reference data has none yet. */
  plan_not_loaded: { status: 404, messageKey: 'strategy:errors.plan_not_loaded' },
  kpi_not_found: { status: 404, messageKey: 'strategy:errors.kpi_not_found' },
  unit_not_found: { status: 404, messageKey: 'strategy:errors.unit_not_found' },
});
