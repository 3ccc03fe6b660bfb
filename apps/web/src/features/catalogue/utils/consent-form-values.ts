/**
 * The consent form's values as typed, and its schema: the values mapped onto the consent input and
 * checked by the contract's own `RecordConsentInputSchema` (the version is the business's, added when
 * sent), so the browser checks what the server checks.
 */
import { z } from 'zod';
import { RecordConsentInputSchema, type ConsentMethod } from '@bia/contracts';

export interface ConsentFormValues {
  method: ConsentMethod;
  /** The day consent was given (a date input's value); now when left empty. */
  givenAt: string;
}

export const consentFormFields = [
  'method',
  'givenAt',
] as const satisfies readonly (keyof ConsentFormValues)[];

/** Today in Bangkok, as a date input's value. */
export function todayInBangkok(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
}

/** A day as the start of that day in Bangkok (the server refuses a future one); as typed when not a day. */
function startOfDayInBangkok(day: string): string {
  const start = new Date(`${day}T00:00:00+07:00`);
  return Number.isNaN(start.getTime()) ? day : start.toISOString();
}

export const consentFormSchema = z
  .custom<ConsentFormValues>()
  .transform(({ method, givenAt }) => ({
    method,
    ...(givenAt ? { givenAt: startOfDayInBangkok(givenAt) } : {}),
  }))
  .pipe(RecordConsentInputSchema.omit({ version: true }));
