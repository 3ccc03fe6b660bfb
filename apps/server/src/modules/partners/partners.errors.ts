import { defineErrors } from '../../shared/errors.ts';

export const partnerErrors = defineErrors({
  partner_not_found: { status: 404, messageKey: 'partners:errors.partner_not_found' },
  agreement_not_found: { status: 404, messageKey: 'partners:errors.agreement_not_found' },
  activity_not_found: { status: 404, messageKey: 'partners:errors.activity_not_found' },
  contact_not_found: { status: 404, messageKey: 'partners:errors.contact_not_found' },
  document_not_found: { status: 404, messageKey: 'partners:errors.document_not_found' },
  /** Same Thai name (case-insensitively) in the same country. */
  partner_duplicate: { status: 409, messageKey: 'partners:errors.duplicate_partner' },
  /**
   * A partner in the same country has a similar name in some language: refused until the user, shown
   * the likely duplicates (`GET /partners/similar`), confirms that this one is another.
   */
  partner_possible_duplicate: { status: 409, messageKey: 'partners:errors.possible_duplicate' },
  partner_archived: { status: 409, messageKey: 'partners:errors.partner_archived' },
  /** Deleting a partner that has agreements, activities, contacts or documents: archive it instead. */
  partner_has_history: { status: 409, messageKey: 'partners:errors.partner_has_history' },
  /** Removing an agreement or activity that still has documents attached. */
  record_has_documents: { status: 409, messageKey: 'partners:errors.record_has_documents' },
  not_your_partner: { status: 403, messageKey: 'partners:errors.not_your_partner' },
  not_your_unit: { status: 403, messageKey: 'partners:errors.not_your_unit' },
  cooperation_field_exists: { status: 409, messageKey: 'partners:errors.field_exists' },
  document_type_not_allowed: { status: 415, messageKey: 'partners:errors.document_type_not_allowed' },
  document_too_large: { status: 413, messageKey: 'partners:errors.document_too_large' },
  document_empty: { status: 400, messageKey: 'partners:errors.document_empty' },
  /** The name says PDF (or PNG, JPEG, WebP) and the content is something else. */
  document_content_mismatch: { status: 415, messageKey: 'partners:errors.document_content_mismatch' },
});
