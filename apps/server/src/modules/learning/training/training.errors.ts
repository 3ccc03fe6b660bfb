/** The errors of the training records: each a code, an HTTP status and a catalogue key. */
import { defineErrors } from '../../../shared/errors.ts';

export const trainingErrors = defineErrors({
  competency_not_found: { status: 404, messageKey: 'training:errors.competency_not_found' },
  /** Another competency already has this Thai name. */
  competency_duplicate: { status: 409, messageKey: 'training:errors.competency_duplicate' },
  record_not_found: { status: 404, messageKey: 'training:errors.record_not_found' },
  officer_not_found: { status: 404, messageKey: 'training:errors.officer_not_found' },
  /** An officer records only their own outside course; the IAO records for anyone. */
  not_yours: { status: 403, messageKey: 'training:errors.not_yours' },
  /** A record from an event is kept by the IAO; it has no certificate to upload. */
  event_record: { status: 409, messageKey: 'training:errors.event_record' },
  /** Not a PDF or an image, judged by its content (params: none). */
  certificate_type: { status: 415, messageKey: 'training:errors.certificate_type' },
  /** Larger than the limit (params: max). */
  certificate_too_large: { status: 413, messageKey: 'training:errors.certificate_too_large' },
  certificate_not_found: { status: 404, messageKey: 'training:errors.certificate_not_found' },
  event_not_found: { status: 404, messageKey: 'training:errors.event_not_found' },
  /** Recording an event's attendees before anyone attended a session. */
  no_attendees: { status: 409, messageKey: 'training:errors.no_attendees' },
});
