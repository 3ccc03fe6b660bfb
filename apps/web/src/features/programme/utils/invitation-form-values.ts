/**
 * An invitation link asked for, as the form holds it (the e-mail as typed, the link's expiry as a day
 * and a time on Bangkok's clock), and the form schema: the values mapped onto the invitation's input
 * and checked by the contract's own `CreateInvitationInputSchema`. The expiry starts at the session's
 * end (decision 0019); one before the session's start is allowed, and the form warns of it.
 */
import { z } from 'zod';
import {
  CreateInvitationInputSchema,
  ParticipantLanguageSchema,
  type CreateInvitationInput,
  type ParticipantLanguage,
  type SessionDetail,
} from '@bia/contracts';
import { bangkokDayTimeToUtc, utcToBangkokDayTime } from './bangkok-time.ts';
import { clockTime, dayField } from './session-form-values.ts';

export interface InvitationFormValues {
  partnerId: string;
  language: ParticipantLanguage;
  email: string;
  /** The last day the link serves (YYYY-MM-DD), and the time on it, on Bangkok's clock. */
  expiresOn: string;
  expiresTime: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const invitationFormFields = [
  'partnerId',
  'language',
  'email',
] as const satisfies readonly (keyof InvitationFormValues)[];

export type InvitationRequest = CreateInvitationInput;

/** A new link's values: the session's first city, English, and serving until the session ends. */
export function newInvitationValues(session: Pick<SessionDetail, 'cities' | 'endsAt'>): InvitationFormValues {
  const end = utcToBangkokDayTime(session.endsAt);
  return {
    partnerId: session.cities[0]?.id ?? '',
    language: 'en',
    email: '',
    expiresOn: end.day,
    expiresTime: end.clock,
  };
}

/** The moment the link stops serving, in UTC; null while the day or the time is not complete. */
export function expiryOf(values: Pick<InvitationFormValues, 'expiresOn' | 'expiresTime'>): string | null {
  return bangkokDayTimeToUtc(values.expiresOn, values.expiresTime);
}

/** Whether the link would close before the session starts (those invited must register by then). */
export function isExpiryBeforeStart(
  values: Pick<InvitationFormValues, 'expiresOn' | 'expiresTime'>,
  session: Pick<SessionDetail, 'startsAt'>,
): boolean {
  const expiry = expiryOf(values);
  return expiry !== null && Date.parse(expiry) < Date.parse(session.startsAt);
}

/** The invitation as the API takes it: an e-mail left empty is not sent. */
export function invitationInputOf(values: InvitationFormValues): InvitationRequest {
  const email = values.email.trim();
  return {
    partnerId: values.partnerId,
    language: values.language,
    ...(email ? { email } : {}),
    expiresAt: expiryOf(values) ?? `${values.expiresOn}T${values.expiresTime}`,
  };
}

export const invitationFormSchema = z
  .object({
    partnerId: z.string(),
    language: ParticipantLanguageSchema,
    email: z.string(),
    expiresOn: dayField,
    expiresTime: clockTime,
  })
  .transform(invitationInputOf)
  .pipe(CreateInvitationInputSchema);
