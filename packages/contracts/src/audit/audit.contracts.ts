/**
 * The audit trail as the API answers it: every change to a shared record, with who made it, the
 * record before and after, and — in the administrators' list — the names of the record and the
 * person in the reader's language.
 */
import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema, TimestampSchema } from '../shared/common.ts';

/**
 * Every action the server writes to the trail (`<what>.<verb>`), under the type of record its entry
 * is filed under (the `entityType`: a session's interest is filed under the session). The web app
 * names each action from its two halves; a test on the server fails when the code writes an action
 * or a record type missing here, and one on the web app when a half has no name in Thai or English.
 */
export const auditActionsByRecordType = {
  user: [
    'user.create',
    'user.update',
    'user.invite',
    'user.update_profile',
    'user.change_password',
    'user.accept_invitation',
    'user.reset_password',
    'user.unlock',
  ],
  unit: ['unit.update'],
  liaison_officer: ['liaison_officer.create', 'liaison_officer.update', 'liaison_officer.delete'],
  partner: [
    'partner.create',
    'partner.update',
    'partner.archive',
    'partner.restore',
    'partner.delete',
    'partner.reference_load',
  ],
  agreement: ['agreement.create', 'agreement.update', 'agreement.delete'],
  activity: ['activity.create', 'activity.update', 'activity.delete'],
  partner_contact: ['partner_contact.create', 'partner_contact.update', 'partner_contact.delete'],
  partner_document: ['partner_document.create', 'partner_document.remove'],
  partner_import: ['partner_import.apply'],
  cooperation_field: ['cooperation_field.create'],
  setting: ['setting.update'],
  entrepreneur: [
    'entrepreneur.create',
    'entrepreneur.update',
    'entrepreneur.consent_given',
    'entrepreneur.consent_withdrawn',
    'entrepreneur.invite',
    'entrepreneur.archive',
    'entrepreneur.restore',
    'entrepreneur.delete',
  ],
  product: [
    'product.create',
    'product.update',
    'product.delete',
    'product_photo.create',
    'product_photo.delete',
  ],
  certification: ['certification.create', 'certification.update', 'certification.delete'],
  product_interest: ['product_interest.create'],
  catalogue_import: ['catalogue_import.apply'],
  trade_programme: ['programme.create', 'programme.update'],
  programme_step: ['programme_step.update'],
  programme_step_document: ['programme_step_document.create', 'programme_step_document.delete'],
  working_group_member: [
    'working_group_member.create',
    'working_group_member.update',
    'working_group_member.delete',
  ],
  programme_city: ['programme_city.create', 'programme_city.update', 'programme_city.delete'],
  programme_session: [
    'programme_session.create',
    'programme_session.update',
    'session_invitation.create',
    'session_invitation.new_link',
    'session_participant.register',
    'session_attendance.join',
    'session_attendance.update',
    'session_interests.update',
    'session_contacts.update',
    'session_record.update',
    'session_report.deliver',
    'session_entrepreneur.create',
    'session_entrepreneur.delete',
  ],
  // A deal's entries and their evidence are filed under the deal: its trail is its whole history.
  deal: [
    'deal.create',
    'deal.update',
    'deal_entry.create',
    'deal_entry.update',
    'deal_entry.amend',
    'deal_entry.delete',
    'deal_document.create',
    'deal_document.delete',
    // The buyer's confirmation: asked for (a link mailed), given, or refused with a note.
    'deal_confirmation.create',
    'deal_entry.confirm',
    'deal_entry.dispute',
  ],
  // A round's answers are filed under the round: who answered, how, and what it recorded.
  follow_up_round: [
    'follow_up_round.open',
    'follow_up_round.answer',
    // Its rates corrected while it is open.
    'follow_up_round.update',
    'follow_up_round.close',
  ],
  // A strategic-plan progress round: what units report and its review are filed under the round.
  strategy_round: [
    'strategy_round.open',
    'strategy_round.approve',
    'strategy_submission.save',
    'strategy_submission.submit',
    'strategy_submission.accept',
    'strategy_submission.return',
    'strategy_submission.amend',
    // A report's evidence files.
    'strategy_evidence.add',
    'strategy_evidence.remove',
  ],
  // A version of the strategic plan an administrator recorded (a correction or a revision).
  strategy_plan_version: ['strategy_plan_version.create'],
  // An event's question bank, and its pre- and post-test's times and opening, filed under the event's id.
  learning_question_bank: [
    'learning_question_bank.create',
    'learning_question_bank.update',
    'learning_test.update',
  ],
  // A seminar, workshop, training or consultation: its attendance and feedback are filed under it.
  learning_event: [
    'learning_event.create',
    'learning_event.update',
    'learning_event.status',
    'learning_attendance.check_in',
    'learning_attendance.tick',
    'learning_attendance.untick',
    'learning_feedback.give',
  ],
  // One person's place at an event: taken, moved up from the waiting list, given up.
  learning_registration: [
    'learning_registration.register',
    'learning_registration.move_up',
    'learning_registration.cancel',
  ],
  // An officer's training (KPI 3.2.1) and its certificate; the competencies trainings develop.
  training_record: ['training_record.create', 'training_record.update', 'training_record.certificate'],
  training_competency: ['training_competency.create', 'training_competency.update'],
  impact_theme: ['impact_theme.create', 'impact_theme.update'],
  impact_answer: [
    'impact_answer.save',
    'impact_answer.submit',
    'impact_answer.accept',
    'impact_answer.return',
    'impact_request.open',
  ],
  // A coordination request between a unit and the IAO: its status, assignment, comments and files.
  coordination_request: [
    'coordination_request.open',
    'coordination_status.update',
    'coordination_assignment.update',
    'coordination_comment.add',
    'coordination_file.add',
  ],
} as const satisfies Record<string, readonly `${string}.${string}`[]>;

export type AuditRecordType = keyof typeof auditActionsByRecordType;
export type AuditAction = (typeof auditActionsByRecordType)[AuditRecordType][number];

type SubjectOf<A> = A extends `${infer Subject}.${string}` ? Subject : never;
type VerbOf<A> = A extends `${string}.${infer Verb}` ? Verb : never;
/** The first half of an action: what was acted on (`session_interests` in `session_interests.update`). */
export type AuditActionSubject = SubjectOf<AuditAction>;
/** The second half of an action: what was done (`update`). */
export type AuditActionVerb = VerbOf<AuditAction>;

export const auditRecordTypes = Object.keys(auditActionsByRecordType) as AuditRecordType[];
export const auditActions: AuditAction[] = Object.values(auditActionsByRecordType).flat();

/** An action's two halves. */
export function auditActionParts(action: AuditAction): {
  subject: AuditActionSubject;
  verb: AuditActionVerb;
} {
  const [subject, verb] = action.split('.') as [AuditActionSubject, AuditActionVerb];
  return { subject, verb };
}

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as string[]).includes(value);
}

export function isAuditRecordType(value: string): value is AuditRecordType {
  return Object.hasOwn(auditActionsByRecordType, value);
}

/**
 * What a record was before or after a change, as the trail keeps it: any JSON, null when there is
 * none (before a creation, after a removal). Always sent, so the document lists it as required (an
 * `unknown` alone would be optional there).
 */
const AuditSnapshotSchema = z.unknown().nonoptional();

export const AuditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: TimestampSchema,
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: AuditSnapshotSchema,
  after: AuditSnapshotSchema,
  ipAddress: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditEventPageSchema = pageOf(AuditEventSchema);
export type AuditEventPage = z.infer<typeof AuditEventPageSchema>;

/** The pages of the web app a record of the trail can be shown on. */
export const auditRecordPageTypes = [
  'user',
  'unit',
  'partner',
  'business',
  'product',
  'programme',
  'session',
  'deal',
  'learning_event',
  'training_officer',
  'training_competencies',
] as const;
export type AuditRecordPageType = (typeof auditRecordPageTypes)[number];

/**
 * The page showing a record: `programme` by its fiscal year, `training_competencies` (the list) by the
 * competency's id, the others by their id or code.
 */
export const AuditRecordPageSchema = z.object({ type: z.enum(auditRecordPageTypes), id: z.string() });
export type AuditRecordPage = z.infer<typeof AuditRecordPageSchema>;

/** The record an entry is about, as a reader knows it. */
export const AuditRecordSchema = z.object({
  /**
   * Its name in the reader's language: as it is now, or, when it is gone, as the trail last kept it;
   * null when it has none (an import, a programme step).
   */
  name: z.string().nullable(),
  /** What it belongs to, by name: the partner of an agreement, the programme of a step. */
  within: z.string().nullable(),
  /** The page that shows it (or what it belongs to), while it is there. */
  page: AuditRecordPageSchema.nullable(),
  /** The record is no longer there (removed since), so its name comes from the trail. */
  isGone: z.boolean(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** An entry of the administrators' audit list: the event, named. */
export const NamedAuditEventSchema = AuditEventSchema.extend({
  /** The display name of who made the change, as it is now; null for the system or a person gone. */
  actorName: z.string().nullable(),
  record: AuditRecordSchema,
});
export type NamedAuditEvent = z.infer<typeof NamedAuditEventSchema>;
export const NamedAuditEventPageSchema = pageOf(NamedAuditEventSchema);
export type NamedAuditEventPage = z.infer<typeof NamedAuditEventPageSchema>;

/** The filters of the list, each picked from what the page offers; dates are calendar days in Bangkok. */
export const AuditQuerySchema = PageQuerySchema.extend({
  entityType: z.enum(auditRecordTypes).optional(),
  entityId: z.string().trim().max(200).optional(),
  actorId: z.uuid().optional(),
  action: z.enum(auditActions).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** A person who has made changes in the trail, to filter by. */
export const AuditActorSchema = z.object({
  id: z.uuid(),
  /** The display name now; the e-mail kept in the trail when the account is gone. */
  name: z.string(),
  email: z.string().nullable(),
});
export type AuditActor = z.infer<typeof AuditActorSchema>;
export const AuditActorListSchema = z.object({ items: z.array(AuditActorSchema) });
export type AuditActorList = z.infer<typeof AuditActorListSchema>;
