/** The errors of a report's evidence files: each a code, an HTTP status and a catalogue key. */
import { defineErrors } from '../../shared/errors.ts';

export const strategyEvidenceErrors = defineErrors({
  /** Not a PDF, Word, Excel, PowerPoint, image or text file, judged by its content. */
  evidence_type: { status: 415, messageKey: 'strategy_evidence:errors.type' },
  /** A file larger than the limit (params: max). */
  evidence_too_large: { status: 413, messageKey: 'strategy_evidence:errors.too_large' },
  /** The report keeps as many files as it may (params: max). */
  evidence_too_many: { status: 409, messageKey: 'strategy_evidence:errors.too_many' },
  /** The report is submitted or accepted in an open round (editable again once returned). */
  evidence_not_editable: { status: 409, messageKey: 'strategy_evidence:errors.not_editable' },
  /** The round is approved and the report is not an amendment awaiting review. */
  evidence_round_frozen: { status: 409, messageKey: 'strategy_evidence:errors.round_frozen' },
  /** The unit has not saved its report yet: there is nothing to attach the file to. */
  evidence_save_first: { status: 409, messageKey: 'strategy_evidence:errors.save_first' },
  evidence_not_found: { status: 404, messageKey: 'strategy_evidence:errors.not_found' },
});
