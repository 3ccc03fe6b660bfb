/**
 * The audit trail's actions and record types by name, in the reader's language. An action
 * (`<what>.<verb>`) is named from its two halves — "Created" + "a user account" — so an action made
 * of known halves reads well without a text of its own; the few whose halves read badly together
 * have one. Every key is spelled out (the translation check sees each one), and `satisfies` makes a
 * new half in the contracts' list fail here until it has its text.
 */
import type { TFunction } from 'i18next';
import {
  auditActionParts,
  isAuditAction,
  isAuditRecordType,
  type AuditAction,
  type AuditActionSubject,
  type AuditActionVerb,
  type AuditRecordType,
} from '@bia/contracts';

/** A translate function that knows the administration's texts. */
export type AdminTranslate = TFunction<['common', 'admin']>;

export const auditRecordTypeKey = {
  user: 'admin:audit.record_types.user',
  unit: 'admin:audit.record_types.unit',
  liaison_officer: 'admin:audit.record_types.liaison_officer',
  partner: 'admin:audit.record_types.partner',
  agreement: 'admin:audit.record_types.agreement',
  activity: 'admin:audit.record_types.activity',
  partner_contact: 'admin:audit.record_types.partner_contact',
  partner_document: 'admin:audit.record_types.partner_document',
  partner_import: 'admin:audit.record_types.partner_import',
  cooperation_field: 'admin:audit.record_types.cooperation_field',
  setting: 'admin:audit.record_types.setting',
  entrepreneur: 'admin:audit.record_types.entrepreneur',
  product: 'admin:audit.record_types.product',
  certification: 'admin:audit.record_types.certification',
  product_interest: 'admin:audit.record_types.product_interest',
  catalogue_import: 'admin:audit.record_types.catalogue_import',
  trade_programme: 'admin:audit.record_types.trade_programme',
  programme_step: 'admin:audit.record_types.programme_step',
  programme_step_document: 'admin:audit.record_types.programme_step_document',
  working_group_member: 'admin:audit.record_types.working_group_member',
  programme_city: 'admin:audit.record_types.programme_city',
  programme_session: 'admin:audit.record_types.programme_session',
  deal: 'admin:audit.record_types.deal',
  follow_up_round: 'admin:audit.record_types.follow_up_round',
  strategy_round: 'admin:audit.record_types.strategy_round',
  strategy_plan_version: 'admin:audit.record_types.strategy_plan_version',
  learning_question_bank: 'admin:audit.record_types.learning_question_bank',
  learning_event: 'admin:audit.record_types.learning_event',
  learning_registration: 'admin:audit.record_types.learning_registration',
  training_record: 'admin:audit.record_types.training_record',
  training_competency: 'admin:audit.record_types.training_competency',
  impact_theme: 'admin:audit.record_types.impact_theme',
  impact_answer: 'admin:audit.record_types.impact_answer',
  coordination_request: 'admin:audit.record_types.coordination_request',
} as const satisfies Record<AuditRecordType, string>;

/** What was acted on, as the object of a verb: "a user account". */
const subjectKey = {
  user: 'admin:audit.subjects.user',
  unit: 'admin:audit.subjects.unit',
  liaison_officer: 'admin:audit.subjects.liaison_officer',
  partner: 'admin:audit.subjects.partner',
  agreement: 'admin:audit.subjects.agreement',
  activity: 'admin:audit.subjects.activity',
  partner_contact: 'admin:audit.subjects.partner_contact',
  partner_document: 'admin:audit.subjects.partner_document',
  partner_import: 'admin:audit.subjects.partner_import',
  cooperation_field: 'admin:audit.subjects.cooperation_field',
  setting: 'admin:audit.subjects.setting',
  entrepreneur: 'admin:audit.subjects.entrepreneur',
  product: 'admin:audit.subjects.product',
  product_photo: 'admin:audit.subjects.product_photo',
  certification: 'admin:audit.subjects.certification',
  product_interest: 'admin:audit.subjects.product_interest',
  catalogue_import: 'admin:audit.subjects.catalogue_import',
  programme: 'admin:audit.subjects.programme',
  programme_step: 'admin:audit.subjects.programme_step',
  programme_step_document: 'admin:audit.subjects.programme_step_document',
  working_group_member: 'admin:audit.subjects.working_group_member',
  programme_city: 'admin:audit.subjects.programme_city',
  programme_session: 'admin:audit.subjects.programme_session',
  session_invitation: 'admin:audit.subjects.session_invitation',
  session_participant: 'admin:audit.subjects.session_participant',
  session_attendance: 'admin:audit.subjects.session_attendance',
  session_interests: 'admin:audit.subjects.session_interests',
  session_contacts: 'admin:audit.subjects.session_contacts',
  session_record: 'admin:audit.subjects.session_record',
  session_report: 'admin:audit.subjects.session_report',
  session_entrepreneur: 'admin:audit.subjects.session_entrepreneur',
  deal: 'admin:audit.subjects.deal',
  deal_entry: 'admin:audit.subjects.deal_entry',
  deal_document: 'admin:audit.subjects.deal_document',
  deal_confirmation: 'admin:audit.subjects.deal_confirmation',
  follow_up_round: 'admin:audit.subjects.follow_up_round',
  strategy_round: 'admin:audit.subjects.strategy_round',
  strategy_plan_version: 'admin:audit.subjects.strategy_plan_version',
  learning_question_bank: 'admin:audit.subjects.learning_question_bank',
  learning_test: 'admin:audit.subjects.learning_test',
  learning_event: 'admin:audit.subjects.learning_event',
  learning_attendance: 'admin:audit.subjects.learning_attendance',
  learning_feedback: 'admin:audit.subjects.learning_feedback',
  learning_registration: 'admin:audit.subjects.learning_registration',
  training_record: 'admin:audit.subjects.training_record',
  training_competency: 'admin:audit.subjects.training_competency',
  strategy_submission: 'admin:audit.subjects.strategy_submission',
  strategy_evidence: 'admin:audit.subjects.strategy_evidence',
  impact_theme: 'admin:audit.subjects.impact_theme',
  impact_answer: 'admin:audit.subjects.impact_answer',
  impact_request: 'admin:audit.subjects.impact_request',
  coordination_request: 'admin:audit.subjects.coordination_request',
  coordination_status: 'admin:audit.subjects.coordination_status',
  coordination_assignment: 'admin:audit.subjects.coordination_assignment',
  coordination_comment: 'admin:audit.subjects.coordination_comment',
  coordination_file: 'admin:audit.subjects.coordination_file',
} as const satisfies Record<AuditActionSubject, string>;

/** What was done, a text with the subject in its place: "Created {{subject}}". */
const verbKey = {
  create: 'admin:audit.verbs.create',
  update: 'admin:audit.verbs.update',
  delete: 'admin:audit.verbs.delete',
  remove: 'admin:audit.verbs.remove',
  archive: 'admin:audit.verbs.archive',
  restore: 'admin:audit.verbs.restore',
  invite: 'admin:audit.verbs.invite',
  update_profile: 'admin:audit.verbs.update_profile',
  change_password: 'admin:audit.verbs.change_password',
  accept_invitation: 'admin:audit.verbs.accept_invitation',
  reset_password: 'admin:audit.verbs.reset_password',
  unlock: 'admin:audit.verbs.unlock',
  reference_load: 'admin:audit.verbs.reference_load',
  apply: 'admin:audit.verbs.apply',
  consent_given: 'admin:audit.verbs.consent_given',
  consent_withdrawn: 'admin:audit.verbs.consent_withdrawn',
  register: 'admin:audit.verbs.register',
  join: 'admin:audit.verbs.join',
  deliver: 'admin:audit.verbs.deliver',
  amend: 'admin:audit.verbs.amend',
  new_link: 'admin:audit.verbs.new_link',
  open: 'admin:audit.verbs.open',
  answer: 'admin:audit.verbs.answer',
  close: 'admin:audit.verbs.close',
  confirm: 'admin:audit.verbs.confirm',
  dispute: 'admin:audit.verbs.dispute',
  save: 'admin:audit.verbs.save',
  submit: 'admin:audit.verbs.submit',
  accept: 'admin:audit.verbs.accept',
  return: 'admin:audit.verbs.return',
  approve: 'admin:audit.verbs.approve',
  add: 'admin:audit.verbs.add',
  status: 'admin:audit.verbs.status',
  check_in: 'admin:audit.verbs.check_in',
  tick: 'admin:audit.verbs.tick',
  untick: 'admin:audit.verbs.untick',
  give: 'admin:audit.verbs.give',
  move_up: 'admin:audit.verbs.move_up',
  cancel: 'admin:audit.verbs.cancel',
  certificate: 'admin:audit.verbs.certificate',
} as const satisfies Record<AuditActionVerb, string>;

/** Actions whose halves would read badly put together ("Created a buyer's interest in a product"). */
const ownActionKey = {
  'user.update_profile': 'admin:audit.action_names.user_update_profile',
  'product_interest.create': 'admin:audit.action_names.product_interest_create',
  'session_entrepreneur.create': 'admin:audit.action_names.session_entrepreneur_create',
  'session_entrepreneur.delete': 'admin:audit.action_names.session_entrepreneur_delete',
  'strategy_round.open': 'admin:audit.action_names.strategy_round_open',
  'strategy_plan_version.create': 'admin:audit.action_names.strategy_plan_version_create',
  'impact_request.open': 'admin:audit.action_names.impact_request_open',
  'coordination_request.open': 'admin:audit.action_names.coordination_request_open',
  'learning_attendance.check_in': 'admin:audit.action_names.learning_attendance_check_in',
  'learning_attendance.tick': 'admin:audit.action_names.learning_attendance_tick',
  'learning_attendance.untick': 'admin:audit.action_names.learning_attendance_untick',
  'learning_feedback.give': 'admin:audit.action_names.learning_feedback_give',
  'learning_registration.move_up': 'admin:audit.action_names.learning_registration_move_up',
} as const satisfies Partial<Record<AuditAction, string>>;

function hasOwnName(action: AuditAction): action is keyof typeof ownActionKey {
  return Object.hasOwn(ownActionKey, action);
}

/** An action by name; one the platform no longer writes (from older entries) by its code. */
export function auditActionName(t: AdminTranslate, action: string): string {
  if (!isAuditAction(action)) return action;
  if (hasOwnName(action)) return t(ownActionKey[action]);
  const { subject, verb } = auditActionParts(action);
  return t(verbKey[verb], { subject: t(subjectKey[subject]) });
}

/** A type of record by name; an unknown one by its code. */
export function auditRecordTypeName(t: AdminTranslate, type: string): string {
  return isAuditRecordType(type) ? t(auditRecordTypeKey[type]) : type;
}
