/** The coordination requests' errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const coordinationErrors = defineErrors({
  request_not_found: { status: 404, messageKey: 'coordination:errors.request_not_found' },
  /** The reader takes no part in the request (neither side's unit, nor its opener or assignee). */
  not_your_request: { status: 403, messageKey: 'coordination:errors.not_your_request' },
  /** Opening a request from a unit that is not the opener's. */
  not_your_unit: { status: 403, messageKey: 'coordination:errors.not_your_unit' },
  /** A liaison officer assigning a request to another unit than their own or the IAO (decision 0054). */
  assign_other_unit: { status: 403, messageKey: 'coordination:errors.assign_other_unit' },
  /** Only the unit handling the request (or the IAO) moves its status or assigns it. */
  not_handling_unit: { status: 403, messageKey: 'coordination:errors.not_handling_unit' },
  /** A status a request cannot move to from where it is. */
  status_move_invalid: { status: 409, messageKey: 'coordination:errors.status_move_invalid' },
  /** Not a PDF, Word, Excel, PowerPoint, image or text file, judged by its content. */
  file_type: { status: 415, messageKey: 'coordination:errors.file_type' },
  /** A file larger than the limit (params: max). */
  file_too_large: { status: 413, messageKey: 'coordination:errors.file_too_large' },
  /** The request keeps as many files as it may (params: max). */
  too_many_files: { status: 409, messageKey: 'coordination:errors.too_many_files' },
  file_not_found: { status: 404, messageKey: 'coordination:errors.file_not_found' },
});
