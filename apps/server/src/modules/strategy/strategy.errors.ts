import { defineErrors } from '../../shared/errors.ts';

export const strategyErrors = defineErrors({
  /** No plan in the database: the reference data has none yet. */
  plan_not_loaded: { status: 404, messageKey: 'strategy:errors.plan_not_loaded' },
  kpi_not_found: { status: 404, messageKey: 'strategy:errors.kpi_not_found' },
  /** The platform computes only KPIs 1.1.1, 1.3.1 and 2.3.1 from its records. */
  kpi_not_computed: { status: 404, messageKey: 'strategy:errors.kpi_not_computed' },
  unit_not_found: { status: 404, messageKey: 'strategy:errors.unit_not_found' },
});
