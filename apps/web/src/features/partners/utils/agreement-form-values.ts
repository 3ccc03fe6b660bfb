/**
 * The agreement form's values as typed (a Thai reader types a Buddhist-era year; the signing is known
 * to the day or only to the year) and its schema: the values mapped onto the agreement input and
 * checked by the contract's own `AgreementInputSchema`, so the browser checks what the server checks.
 */
import { z } from 'zod';
import {
  AgreementInputSchema,
  AgreementTypeSchema,
  DEFAULT_VERIFICATION,
  VerificationSchema,
  type Agreement,
  type AgreementInput,
} from '@bia/contracts';
import { decimalOrNull, textOrNull } from '../../../lib/form-values.ts';
import { requireSourceWhenConfirmed, sourcesOfText, sourcesTextSchema, textOfSources } from './sources.ts';

export interface AgreementFormValues {
  type: AgreementInput['type'];
  title: string;
  dateMode: 'date' | 'year';
  signedOn: string;
  /** As typed: a Buddhist-era year in Thai, a Common-era year in English. */
  signedYear: string;
  termYears: string;
  expiresOn: string;
  renewalOn: string;
  signatories: string;
  fields: string[];
  verification: NonNullable<AgreementInput['verification']>;
  /** One source per line: a web address (and a note), or a citation. */
  sources: string;
  notes: string;
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const agreementFormFields = [
  'type',
  'title',
  'signedOn',
  'signedYear',
  'termYears',
  'expiresOn',
  'renewalOn',
  'verification',
  'sources',
  'signatories',
  'fields',
  'notes',
] as const satisfies readonly (keyof AgreementFormValues)[];

export function agreementFormValuesOf(
  agreement: Agreement | undefined,
  eraOffset: number,
): AgreementFormValues {
  return {
    type: agreement?.type ?? 'sister_city_agreement',
    title: agreement?.title ?? '',
    dateMode: agreement && !agreement.signedOn && agreement.signedYear ? 'year' : 'date',
    signedOn: agreement?.signedOn ?? '',
    signedYear: agreement?.signedYear ? String(agreement.signedYear + eraOffset) : '',
    termYears: agreement?.termYears ? String(agreement.termYears) : '',
    expiresOn: agreement?.expiresOn ?? '',
    renewalOn: agreement?.renewalOn ?? '',
    signatories: agreement?.signatories ?? '',
    fields: agreement?.fields ?? [],
    verification: agreement?.verification ?? DEFAULT_VERIFICATION,
    sources: textOfSources(agreement?.sources ?? []),
    notes: agreement?.notes ?? '',
  };
}

/** The Common-era year typed (null when empty, NaN or a fraction when it is not a year). */
export function typedSignedYear(text: string, eraOffset: number): number | null {
  const typed = decimalOrNull(text);
  return typed === null || !Number.isInteger(typed) ? typed : typed - eraOffset;
}

/** The values as the API takes them; the year of signing comes from the date when the date is known. */
export function agreementInputOf(values: AgreementFormValues, eraOffset: number): AgreementInput {
  const isDate = values.dateMode === 'date';
  const signedOn = isDate && values.signedOn ? values.signedOn : null;
  return {
    type: values.type,
    title: textOrNull(values.title),
    signedOn,
    signedYear: isDate
      ? signedOn
        ? Number(signedOn.slice(0, 4))
        : null
      : typedSignedYear(values.signedYear, eraOffset),
    termYears: decimalOrNull(values.termYears),
    expiresOn: values.expiresOn || null,
    renewalOn: values.renewalOn || null,
    signatories: textOrNull(values.signatories),
    fields: values.fields,
    verification: values.verification,
    sources: sourcesOfText(values.sources),
    notes: textOrNull(values.notes),
  };
}

/** The form schema for a reader counting years with `eraOffset` (543 in Thai, 0 in English). */
export function agreementFormSchema(eraOffset: number) {
  return z
    .object({
      type: AgreementTypeSchema,
      title: z.string(),
      dateMode: z.enum(['date', 'year']),
      signedOn: z.string(),
      signedYear: z.string(),
      termYears: z.string(),
      expiresOn: z.string(),
      renewalOn: z.string(),
      signatories: z.string(),
      fields: z.array(z.string()),
      verification: VerificationSchema,
      sources: sourcesTextSchema,
      notes: z.string(),
    })
    .transform((values) => agreementInputOf(values, eraOffset))
    .pipe(AgreementInputSchema.superRefine(requireSourceWhenConfirmed));
}
