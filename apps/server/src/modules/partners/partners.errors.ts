import { defineErrors } from '../../shared/errors.ts';

export const partnerErrors = defineErrors({
  partner_not_found: { status: 404, messageKey: 'partners:errors.partner_not_found' },
  agreement_not_found: { status: 404, messageKey: 'partners:errors.agreement_not_found' },
  activity_not_found: { status: 404, messageKey: 'partners:errors.activity_not_found' },
  contact_not_found: { status: 404, messageKey: 'partners:errors.contact_not_found' },
  document_not_found: { status: 404, messageKey: 'partners:errors.document_not_found' },
  /** Same Thai name (case-insensitively) in the same country. */
  partner_duplicate: { status: 409, messageKey: 'partners:errors.duplicate_partner' },
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
  import_empty: { status: 400, messageKey: 'partners:errors.import_empty' },
  import_too_many_rows: { status: 400, messageKey: 'partners:errors.import_too_many_rows' },
  /** Neither CSV text nor an XLSX workbook (a PDF, an image, an old binary .xls…). */
  import_unsupported_file: { status: 400, messageKey: 'partners:errors.import_unsupported_file' },
  /** A CSV file whose bytes are not UTF-8 (Thai saved as TIS-620/windows-874, or UTF-16). */
  import_not_utf8: { status: 400, messageKey: 'partners:errors.import_not_utf8' },
  import_unreadable: { status: 400, messageKey: 'partners:errors.import_unreadable' },
  import_csv_malformed: { status: 400, messageKey: 'partners:errors.import_csv_malformed' },
  import_missing_columns: { status: 400, messageKey: 'partners:errors.import_missing_columns' },
  import_unknown_columns: { status: 400, messageKey: 'partners:errors.import_unknown_columns' },
  import_duplicate_columns: { status: 400, messageKey: 'partners:errors.import_duplicate_columns' },
  /** The file, or the records it touches, changed since the preview: nothing was written. */
  import_preview_stale: { status: 409, messageKey: 'partners:errors.import_preview_stale' },
});
