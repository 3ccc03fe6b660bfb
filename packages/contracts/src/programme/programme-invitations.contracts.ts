import { z } from 'zod';
import { ShownTextSchema } from '../catalogue/catalogue-public.contracts.ts';
import { LocalizedNameSchema } from '../catalogue/catalogue.contracts.ts';
import { MailDeliverySchema } from '../identity/identity.contracts.ts';
import { EmailSchema, TimestampSchema } from '../shared/common.ts';
import { AgendaItemKindSchema, AgendaItemSchema } from './programme-sessions.contracts.ts';

// --- Invitations and registration of the partner side --------------------------------------------

/** The languages a partner-side participant reads the registration page in. */
export const participantLanguages = ['en', 'ja', 'ko', 'zh', 'th'] as const;
export const ParticipantLanguageSchema = z.enum(participantLanguages);
export type ParticipantLanguage = z.infer<typeof ParticipantLanguageSchema>;

export const CreateInvitationInputSchema = z.strictObject({
  partnerId: z.uuid(),
  language: ParticipantLanguageSchema.default('en'),
  email: EmailSchema.optional(),
  /**
   * Until when the link may be used to register: by default the session's end (decision 0019). It
   * must lie ahead, and not after the session's end; one before the session's start is kept (a
   * deadline for registering) and said so (`expiresBeforeStart`).
   */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
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
  /** The link closes before the session starts: those invited must register by then. */
  expiresBeforeStart: z.boolean(),
  /** Who registered with it. */
  participantName: z.string().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;

/**
 * The link, shown once (only its hash is kept), and what became of the e-mail carrying it to the
 * invitee: `sent` (a mail server took it), `outbox` (no mail server is set up: it waits in the e-mail
 * outbox, which holds the link), `failed` (the mail server refused it), or null when no mail was asked
 * for (no address given, or a new link not to be mailed).
 */
export const CreatedInvitationSchema = InvitationSchema.extend({
  link: z.string(),
  delivery: MailDeliverySchema.nullable(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

/** One invitation of a session. */
export const InvitationParamsSchema = z.object({ id: z.uuid(), invitationId: z.uuid() });

/**
 * A new link for an invitation whose link was lost: a new token, the old link stops working. Mailed
 * to the invitee's address when asked (an invitation not used yet, with an address).
 */
export const NewInvitationLinkInputSchema = z.strictObject({ sendMail: z.boolean().default(false) });
export type NewInvitationLinkInput = z.input<typeof NewInvitationLinkInputSchema>;

/**
 * A link's token, as typed or pasted: any text. A token that is not one of ours (cut short, mistyped)
 * is answered as an unknown link (404 `invitation_not_found`), never as a form's validation error.
 */
export const InvitationTokenParamsSchema = z.object({ token: z.string() });

/** The language a link's page asks for its texts in; the invitation's own language unless said. */
export const PublicInvitationQuerySchema = z.object({ lang: ParticipantLanguageSchema.optional() });

/** What a partner-side participant sees of the session they are invited to. */
export const PublicInvitationSchema = z.object({
  status: z.enum(['open', 'registered']),
  language: ParticipantLanguageSchema,
  /** In the language asked for, else English, else Thai, saying which. */
  title: ShownTextSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  /** The participant's city, and its time zone, in which the page shows the times. */
  city: z.object({ nameEn: z.string().nullable(), nameTh: z.string().nullable(), timeZone: z.string() }),
  /** A custom item's title as the session's is shown; the seed's items are named by the page. */
  agenda: z.array(
    z.object({
      kind: AgendaItemKindSchema,
      title: ShownTextSchema.nullable(),
      minutes: AgendaItemSchema.shape.minutes,
    }),
  ),
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
