/** The trade programme's errors: each a code, an HTTP status and a catalogue key for its message. */
import { defineErrors } from '../../shared/errors.ts';

export const programmeErrors = defineErrors({
  programme_not_found: { status: 404, messageKey: 'programme:errors.programme_not_found' },
  /** A fiscal year has one programme. */
  programme_exists: { status: 409, messageKey: 'programme:errors.programme_exists' },
  step_not_found: { status: 404, messageKey: 'programme:errors.step_not_found' },
  member_not_found: { status: 404, messageKey: 'programme:errors.member_not_found' },
  /** A Social Development or Strategy and Evaluation officer changing a step their unit is not responsible for. */
  not_your_step: { status: 403, messageKey: 'programme:errors.not_your_step' },
  /** Same full name (case-insensitively) twice in one working group. */
  member_duplicate: { status: 409, messageKey: 'programme:errors.member_duplicate' },
  /** Fewer sessions planned while a session to be dropped has steps under way or done. */
  rounds_started: { status: 409, messageKey: 'programme:errors.rounds_started' },
  city_not_found: { status: 404, messageKey: 'programme:errors.city_not_found' },
  /** Not a sister city, friendship city or partner province (or archived). */
  not_a_trade_partner: { status: 404, messageKey: 'programme:errors.not_a_trade_partner' },
  city_already_chosen: { status: 409, messageKey: 'programme:errors.city_already_chosen' },
  /** A city whose letter went out stays on the year's record; its answer is recorded instead. */
  city_letter_sent: { status: 409, messageKey: 'programme:errors.city_letter_sent' },
  /** A letter needs someone to address it to. */
  city_without_contact: { status: 409, messageKey: 'programme:errors.city_without_contact' },
  session_not_found: { status: 404, messageKey: 'programme:errors.session_not_found' },
  /** A time that does not suit a city (office hours, lunch, work day, holiday, length), sent without a reason. */
  schedule_needs_override: { status: 422, messageKey: 'programme:errors.schedule_needs_override' },
  /** Marking held a session still to come. */
  session_not_yet_held: { status: 409, messageKey: 'programme:errors.session_not_yet_held' },
  /** Moving a session held already (a record) or cancelled. */
  session_not_movable: { status: 409, messageKey: 'programme:errors.session_not_movable' },
  /** A business with no product listed today (a valid Bangkok Brand certification). */
  business_not_listed: { status: 404, messageKey: 'programme:errors.business_not_listed' },
  business_already_presenting: { status: 409, messageKey: 'programme:errors.business_already_presenting' },
  business_not_presenting: { status: 404, messageKey: 'programme:errors.business_not_presenting' },
  /** Taking a business off a session where its check-in, interest or contacts are recorded. */
  business_on_record: { status: 409, messageKey: 'programme:errors.business_on_record' },
  /** More businesses than the year plans per session, without a reason. */
  entrepreneurs_over_plan: { status: 422, messageKey: 'programme:errors.entrepreneurs_over_plan' },
  /** A partner city's coordinator inviting for another city. */
  not_your_city: { status: 403, messageKey: 'programme:errors.not_your_city' },
  city_not_in_session: { status: 400, messageKey: 'programme:errors.city_not_in_session' },
  /**
   * The partner side's failures with a link, each with its own code and message (the invitation page
   * words them in its reader's language from `session_public:errors`): a token never issued (or cut
   * short), a link past its date, a link someone registered with, a session over or cancelled.
   */
  invitation_not_found: { status: 404, messageKey: 'session_public:errors.invitation_not_found' },
  invitation_expired: { status: 410, messageKey: 'session_public:errors.invitation_expired' },
  invitation_used: { status: 410, messageKey: 'session_public:errors.invitation_used' },
  /** Opening a link, or registering, for a session held already or whose end has passed. */
  session_over: { status: 410, messageKey: 'session_public:errors.session_over' },
  /** Opening a link, or registering, for a session that was cancelled. */
  invitation_session_cancelled: { status: 410, messageKey: 'session_public:errors.session_cancelled' },
  /** The same e-mail address registered for the session already. */
  already_registered: { status: 409, messageKey: 'session_public:errors.already_registered' },
  not_registered_yet: { status: 409, messageKey: 'session_public:errors.not_registered_yet' },
  /** Joining through a link that registered nobody yet. */
  join_not_registered: { status: 409, messageKey: 'session_public:errors.join_not_registered' },
  no_meeting_link: { status: 409, messageKey: 'session_public:errors.no_meeting_link' },
  /** Joining a session that was cancelled. */
  joined_cancelled_session: { status: 409, messageKey: 'session_public:errors.session_cancelled' },
  /** Inviting to a session held or cancelled already. */
  session_not_planned: { status: 409, messageKey: 'programme:errors.session_not_planned' },
  /** A new link asked for an invitation that expired unused: a new invitation is made instead. */
  invitation_closed: { status: 409, messageKey: 'programme:errors.invitation_closed' },
  /** Check-in or interest recorded more than an hour before the session starts. */
  session_not_started: { status: 409, messageKey: 'programme:errors.session_not_started' },
  /** Attendance, interest or contacts recorded for a cancelled session. */
  session_cancelled: { status: 409, messageKey: 'programme:errors.session_cancelled' },
  /** Contacts recorded as exchanged for a business that has not consented (or withdrew its consent). */
  contact_without_consent: { status: 409, messageKey: 'programme:errors.contact_without_consent' },
  /** The report asked for, or marked delivered, before the session took place. */
  report_before_held: { status: 409, messageKey: 'programme:errors.report_before_held' },
  step_document_not_found: { status: 404, messageKey: 'programme:errors.step_document_not_found' },
  /** A document larger than the limit (params: max). */
  step_document_too_large: { status: 413, messageKey: 'programme:errors.step_document_too_large' },
  /** Not a PDF, Word, Excel, PowerPoint, image or text file, judged by its content. */
  step_document_type: { status: 415, messageKey: 'programme:errors.step_document_type' },
});
