/**
 * An invitation link asked for, as the form holds it (the e-mail as typed), and the form schema: the
 * values mapped onto the invitation's input and checked by the contract's own
 * `CreateInvitationInputSchema` (the link's lifetime left to the server's default).
 */
import { z } from 'zod';
import {
  CreateInvitationInputSchema,
  ParticipantLanguageSchema,
  type CreateInvitationInput,
  type ParticipantLanguage,
} from '@bia/contracts';

export interface InvitationFormValues {
  partnerId: string;
  language: ParticipantLanguage;
  email: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const invitationFormFields = [
  'partnerId',
  'language',
  'email',
] as const satisfies readonly (keyof InvitationFormValues)[];

export type InvitationRequest = Omit<CreateInvitationInput, 'validDays'>;

/** The invitation as the API takes it: an e-mail left empty is not sent. */
export function invitationInputOf(values: InvitationFormValues): InvitationRequest {
  const email = values.email.trim();
  return { partnerId: values.partnerId, language: values.language, ...(email ? { email } : {}) };
}

export const invitationFormSchema = z
  .object({ partnerId: z.string(), language: ParticipantLanguageSchema, email: z.string() })
  .transform(invitationInputOf)
  .pipe(CreateInvitationInputSchema.omit({ validDays: true }));
