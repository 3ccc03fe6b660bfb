import { z } from 'zod';
import { ShownTextSchema } from '../catalogue/catalogue-public.contracts.ts';
import { MailDeliverySchema } from '../identity/identity.contracts.ts';
import { ParticipantLanguageSchema } from '../programme/programme-invitations.contracts.ts';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import type { DealEntryKind } from './deals.contracts.ts';

/**
 * The buyer's word on an entry of a deal (issue 14, "two sides"): an order, a repeat order or an
 * agreement is confirmed by the buyer, either from a single-use link mailed to them in their language
 * (no account), or from their buyer account. The buyer may also say that the entry is not right, with
 * a note: it stays unconfirmed, and the note goes to those who keep the deal.
 */

/** The entries a buyer is asked to confirm: what they ordered or agreed to. */
export const confirmableEntryKinds = ['order', 'repeat_order', 'agreement'] as const;
export type ConfirmableEntryKind = (typeof confirmableEntryKinds)[number];

export function isConfirmableKind(kind: DealEntryKind): kind is ConfirmableEntryKind {
  return (confirmableEntryKinds as readonly string[]).includes(kind);
}

/** How long a link serves, in days: 30 unless the request says otherwise, from 1 to 90. */
export const CONFIRMATION_LINK_DAYS = { default: 30, min: 1, max: 90 } as const;

/** Staff (or the business itself) asks the deal's buyer to confirm an entry: the link is mailed to them. */
export const ConfirmationRequestInputSchema = z.strictObject({
  expiresInDays: z
    .number()
    .int()
    .min(CONFIRMATION_LINK_DAYS.min)
    .max(CONFIRMATION_LINK_DAYS.max)
    .default(CONFIRMATION_LINK_DAYS.default),
});
export type ConfirmationRequestInput = z.input<typeof ConfirmationRequestInputSchema>;

/**
 * Where a request stands: waiting for the buyer (`open`), past its date unanswered (`expired`), or
 * answered through its link (`confirmed`, `disputed`).
 */
export const confirmationRequestStatuses = ['open', 'expired', 'confirmed', 'disputed'] as const;
export const ConfirmationRequestStatusSchema = z.enum(confirmationRequestStatuses);
export type ConfirmationRequestStatus = z.infer<typeof ConfirmationRequestStatusSchema>;

/**
 * A request as those who keep the deal see it. The link itself is never shown: it is the buyer's key,
 * and whoever asked (the business among them) must not be able to confirm its own entry. It is in the
 * mail, and so in the e-mail outbox when no mail server is set up.
 */
export const ConfirmationRequestSchema = z.object({
  id: z.uuid(),
  entryId: z.uuid(),
  /** Where and in which language the link was mailed. */
  email: z.string(),
  language: ParticipantLanguageSchema,
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  status: ConfirmationRequestStatusSchema,
  answeredAt: TimestampSchema.nullable(),
});
export type ConfirmationRequest = z.infer<typeof ConfirmationRequestSchema>;

/** A request just made, and what became of its mail (never `sent` unless a mail server took it). */
export const CreatedConfirmationRequestSchema = ConfirmationRequestSchema.extend({
  delivery: MailDeliverySchema,
});
export type CreatedConfirmationRequest = z.infer<typeof CreatedConfirmationRequestSchema>;

/** The buyer saying an entry is not right: by which way, when, and their note. */
export const ConfirmationDisputeSchema = z.object({
  entryId: z.uuid(),
  via: z.enum(['link', 'account']),
  at: TimestampSchema,
  note: z.string(),
});
export type ConfirmationDispute = z.infer<typeof ConfirmationDisputeSchema>;

/** A deal's requests for confirmation, newest first, and what its buyer said was not right. */
export const DealConfirmationsSchema = z.object({
  requests: z.array(ConfirmationRequestSchema),
  disputes: z.array(ConfirmationDisputeSchema),
});
export type DealConfirmations = z.infer<typeof DealConfirmationsSchema>;

/** The longest note a buyer may leave saying what is not right. */
export const MAX_DISPUTE_NOTE_LENGTH = 2000;

const answerShape = {
  answer: z.enum(['confirm', 'dispute']),
  /** What is not right: required with `dispute`, not taken with `confirm`. */
  note: z.string().trim().max(MAX_DISPUTE_NOTE_LENGTH).optional(),
};

function requireNoteOfDispute(
  input: { answer: 'confirm' | 'dispute'; note?: string | undefined },
  context: z.RefinementCtx,
) {
  if (input.answer === 'dispute' && !input.note)
    context.addIssue({ code: 'custom', path: ['note'], message: 'errors:field.required' });
}

/** The buyer's answer through a link: it is right, or it is not (and what is not). */
export const ConfirmationAnswerInputSchema = z.strictObject(answerShape).superRefine(requireNoteOfDispute);
export type ConfirmationAnswerInput = z.infer<typeof ConfirmationAnswerInputSchema>;

/** The buyer's answer from their account, against the entry's version they read. */
export const AccountConfirmationInputSchema = z
  .strictObject({ ...answerShape, version: z.number().int().min(1) })
  .superRefine(requireNoteOfDispute);
export type AccountConfirmationInput = z.infer<typeof AccountConfirmationInputSchema>;

/** What the buyer's answer through a link did. */
export const ConfirmationAnswerSchema = z.object({
  answer: z.enum(['confirmed', 'disputed']),
  answeredAt: TimestampSchema,
});
export type ConfirmationAnswer = z.infer<typeof ConfirmationAnswerSchema>;

/**
 * A link's token, as typed or pasted: any text. One that is not ours is an unknown link (404
 * `confirmation_link_not_found`), never a form's validation error.
 */
export const ConfirmationTokenParamsSchema = z.object({ token: z.string() });

/** The language the link's page asks for its texts in; the link's own language unless said. */
export const PublicConfirmationQuerySchema = z.object({ lang: ParticipantLanguageSchema.optional() });

/**
 * A unit as the reader reads it: a usual Thai counting word in their language (as the public
 * catalogue names it: "100 ขวด" is "100 本" in Japanese), else as the business wrote it, with the
 * language it is written in when that is known (Thai letters).
 */
export const ShownUnitSchema = z.object({
  text: z.string(),
  lang: ParticipantLanguageSchema.nullable(),
});
export type ShownUnit = z.infer<typeof ShownUnitSchema>;

export const PublicConfirmationLineSchema = z.object({
  id: z.uuid(),
  product: ShownTextSchema,
  /** The city that ordered, in English (Thai for a Thai reader, or when no English name is kept). */
  city: z.string(),
  quantity: z.number(),
  unit: ShownUnitSchema,
  value: z.number().nullable(),
  currency: z.string().nullable(),
  orderedOn: IsoDateSchema,
  shippedOn: IsoDateSchema.nullable(),
});
export type PublicConfirmationLine = z.infer<typeof PublicConfirmationLineSchema>;

/** What the holder of an open link sees: the entry they are asked to confirm. */
export const PublicConfirmationSchema = z.object({
  /** The link's language (the deal's buyer's). */
  language: ParticipantLanguageSchema,
  expiresAt: TimestampSchema,
  buyer: z.object({ name: z.string(), organisation: z.string().nullable() }),
  business: ShownTextSchema,
  entry: z.object({
    kind: z.enum(confirmableEntryKinds),
    occurredOn: IsoDateSchema,
    /** As the business wrote it (often in Thai). */
    note: z.string().nullable(),
    orderLines: z.array(PublicConfirmationLineSchema),
  }),
});
export type PublicConfirmation = z.infer<typeof PublicConfirmationSchema>;
