import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import {
  ParticipantLanguageSchema,
  SessionBusinessSchema,
  SessionProductSchema,
} from './programme.contracts.ts';

/**
 * What is recorded during and after a trade session (seed 003 §6.1.7–6.1.8): who attended, the
 * interest each buyer showed in each product, the contacts exchanged, the minutes and the report's
 * own words, and when the report went to the executives.
 */

export const interestLevels = ['none', 'some', 'strong'] as const;
export const InterestLevelSchema = z.enum(interestLevels);
export type InterestLevel = z.infer<typeof InterestLevelSchema>;

/** A registered partner-side participant, as the IAO sees them. */
export const SessionParticipantSchema = z.object({
  id: z.uuid(),
  partnerId: z.uuid(),
  fullName: z.string(),
  company: z.string(),
  position: z.string().nullable(),
  email: z.string(),
  interests: z.string().nullable(),
  language: ParticipantLanguageSchema,
  checkedInAt: TimestampSchema.nullable(),
});
export type SessionParticipant = z.infer<typeof SessionParticipantSchema>;

export const SessionInterestSchema = z.object({
  participantId: z.uuid(),
  productId: z.uuid(),
  level: InterestLevelSchema,
  note: z.string().nullable(),
});
export type SessionInterest = z.infer<typeof SessionInterestSchema>;

export const ContactExchangeSchema = z.object({ entrepreneurId: z.uuid(), participantId: z.uuid() });
export type ContactExchange = z.infer<typeof ContactExchangeSchema>;

/** The officer's own words in the record, each printed in the report. */
export const recordTextFields = ['summary', 'minutes', 'evaluation', 'problems', 'suggestions'] as const;

const RecordTextSchema = z.string().trim().max(20_000).nullable();

export const SessionRecordSchema = z.object({
  businesses: z.array(
    z.object({
      business: SessionBusinessSchema,
      products: z.array(SessionProductSchema),
      checkedInAt: TimestampSchema.nullable(),
    }),
  ),
  participants: z.array(SessionParticipantSchema),
  interests: z.array(SessionInterestSchema),
  contacts: z.array(ContactExchangeSchema),
  summary: z.string().nullable(),
  minutes: z.string().nullable(),
  evaluation: z.string().nullable(),
  problems: z.string().nullable(),
  suggestions: z.string().nullable(),
  reportDeliveredOn: IsoDateSchema.nullable(),
  /** The session's start has passed (by the server's clock): it may be marked held. */
  hasStarted: z.boolean(),
  /** From an hour before the start, unless cancelled: attendance, interest and contacts may be recorded. */
  isOpenForRecording: z.boolean(),
  /** The session took place (marked held): its report may be generated. */
  hasReport: z.boolean(),
  canRecord: z.boolean(),
  /** The session's version: the texts are saved against it. */
  version: z.number().int(),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

/** Refuses the same key twice in a list: a table cell, a person or a pair sent twice is a mistake. */
function noRepeats<T>(keyOf: (item: T) => string, field: string) {
  return (items: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: [index, field], message: 'programme:errors.repeated_item' });
      seen.add(key);
    });
  };
}

/** Who was there. Each save sends the session's version it was loaded with. */
export const AttendanceInputSchema = z.strictObject({
  version: z.number().int().min(1),
  businesses: z
    .array(z.strictObject({ entrepreneurId: z.uuid(), isPresent: z.boolean() }))
    .max(50)
    .superRefine(noRepeats((item) => item.entrepreneurId, 'entrepreneurId'))
    .default([]),
  participants: z
    .array(z.strictObject({ participantId: z.uuid(), isPresent: z.boolean() }))
    .max(500)
    .superRefine(noRepeats((item) => item.participantId, 'participantId'))
    .default([]),
});
export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

/** The whole table of interest: what is sent replaces what was recorded. */
export const InterestsInputSchema = z.strictObject({
  version: z.number().int().min(1),
  items: z
    .array(
      z.strictObject({
        participantId: z.uuid(),
        productId: z.uuid(),
        level: InterestLevelSchema,
        note: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .max(5000)
    .superRefine(noRepeats((item) => `${item.participantId}:${item.productId}`, 'productId')),
});
export type InterestsInput = z.input<typeof InterestsInputSchema>;

/** Every pair that exchanged contacts: what is sent replaces what was recorded. */
export const ContactsInputSchema = z.strictObject({
  version: z.number().int().min(1),
  items: z
    .array(ContactExchangeSchema)
    .max(5000)
    .superRefine(noRepeats((item) => `${item.entrepreneurId}:${item.participantId}`, 'participantId')),
});
export type ContactsInput = z.infer<typeof ContactsInputSchema>;

export const RecordTextsInputSchema = z.strictObject({
  version: z.number().int().min(1),
  summary: RecordTextSchema.optional(),
  minutes: RecordTextSchema.optional(),
  evaluation: RecordTextSchema.optional(),
  problems: RecordTextSchema.optional(),
  suggestions: RecordTextSchema.optional(),
});
export type RecordTextsInput = z.infer<typeof RecordTextsInputSchema>;

export const ReportDeliveryInputSchema = z.strictObject({ deliveredOn: IsoDateSchema });
export type ReportDeliveryInput = z.infer<typeof ReportDeliveryInputSchema>;
