import { z } from 'zod';
import { LocalizedNameSchema } from '../catalogue/catalogue.contracts.ts';
import { EmailSchema, TimestampSchema } from '../shared/common.ts';
import { AgendaItemSchema } from './programme-sessions.contracts.ts';

// --- Invitations and registration of the partner side --------------------------------------------

/** The languages a partner-side participant reads the registration page in. */
export const participantLanguages = ['en', 'ja', 'ko', 'zh', 'th'] as const;
export const ParticipantLanguageSchema = z.enum(participantLanguages);
export type ParticipantLanguage = z.infer<typeof ParticipantLanguageSchema>;

export const CreateInvitationInputSchema = z.strictObject({
  partnerId: z.uuid(),
  language: ParticipantLanguageSchema.default('en'),
  email: EmailSchema.optional(),
  /** How many days the link stays usable. */
  validDays: z.number().int().min(1).max(60).default(14),
});
export type CreateInvitationInput = z.input<typeof CreateInvitationInputSchema>;

export const invitationStatuses = ['open', 'used', 'expired'] as const;

export const InvitationSchema = z.object({
  id: z.uuid(),
  partnerId: z.uuid(),
  language: ParticipantLanguageSchema,
  email: z.string().nullable(),
  expiresAt: TimestampSchema,
  usedAt: TimestampSchema.nullable(),
  status: z.enum(invitationStatuses),
  /** Who registered with it. */
  participantName: z.string().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });

/** The link, shown once: only its hash is kept. */
export const CreatedInvitationSchema = InvitationSchema.extend({ link: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

export const InvitationTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });

/** What a partner-side participant sees of the session they are invited to. */
export const PublicInvitationSchema = z.object({
  status: z.enum(['open', 'registered']),
  language: ParticipantLanguageSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  /** The participant's city, and its time zone, in which the page shows the times. */
  city: z.object({ nameEn: z.string().nullable(), nameTh: z.string().nullable(), timeZone: z.string() }),
  agenda: z.array(AgendaItemSchema),
  products: z.array(
    z.object({
      id: z.uuid(),
      name: LocalizedNameSchema,
      business: LocalizedNameSchema,
      category: z.string(),
    }),
  ),
  /** Given once registered. */
  meetingUrl: z.string().nullable(),
  participant: z.object({ fullName: z.string(), company: z.string() }).nullable(),
});
export type PublicInvitation = z.infer<typeof PublicInvitationSchema>;

export const RegistrationInputSchema = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  company: z.string().trim().min(1).max(300),
  position: z.string().trim().max(200).optional(),
  email: EmailSchema,
  interests: z.string().trim().max(2000).optional(),
});
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;
