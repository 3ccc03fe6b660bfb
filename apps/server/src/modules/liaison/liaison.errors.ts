import { defineErrors } from '../../shared/errors.ts';

export const liaisonErrors = defineErrors({
  unit_not_found: { status: 404, messageKey: 'liaison:errors.unit_not_found' },
  liaison_officer_not_found: { status: 404, messageKey: 'liaison:errors.officer_not_found' },
  /** Same unit and the same full name (case-insensitively) or the same e-mail; the fields say which. */
  liaison_duplicate: { status: 409, messageKey: 'liaison:errors.duplicate_officer' },
});
