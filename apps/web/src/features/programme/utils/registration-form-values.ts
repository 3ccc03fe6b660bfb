/**
 * The invitation page's registration, as its form holds it (text as typed), and the form schema: the
 * values mapped onto the registration and checked by the contract's own `RegistrationInputSchema`.
 *
 * The page is read in Japanese, Korean and Chinese too, where the interface's catalogues (`errors`)
 * fall back to English; so each problem, the browser's or the server's, is worded from the page's own
 * catalogue (`session_public:field_errors`), which holds all five languages.
 */
import { z } from 'zod';
import { RegistrationInputSchema, type FieldError, type RegistrationInput } from '@bia/contracts';
import type { CustomMessageParams, FieldMessage } from '../../../lib/forms/index.ts';
import { messageOfIssue } from './contract-problem.ts';

export interface RegistrationFormValues {
  fullName: string;
  company: string;
  position: string;
  email: string;
  interests: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const registrationFormFields = [
  'fullName',
  'company',
  'position',
  'email',
  'interests',
] as const satisfies readonly (keyof RegistrationFormValues)[];

export type RegistrationField = (typeof registrationFormFields)[number];

export const emptyRegistration: RegistrationFormValues = {
  fullName: '',
  company: '',
  position: '',
  email: '',
  interests: '',
};

/** The registration as the API takes it: text trimmed, a position or interests left empty not sent. */
export function registrationInputOf(values: RegistrationFormValues): RegistrationInput {
  const position = values.position.trim();
  const interests = values.interests.trim();
  return {
    fullName: values.fullName.trim(),
    company: values.company.trim(),
    email: values.email.trim(),
    ...(position ? { position } : {}),
    ...(interests ? { interests } : {}),
  };
}

/** The page's words for the problems the contract can find with a registration. */
const readerKeys = {
  'errors:field.required': 'session_public:field_errors.required',
  'errors:field.too_long': 'session_public:field_errors.too_long',
  'errors:field.invalid_email': 'session_public:field_errors.invalid_email',
} as const;

export type ReaderMessageKey =
  (typeof readerKeys)[keyof typeof readerKeys] | 'session_public:field_errors.invalid';

function isReaderWorded(messageKey: string): messageKey is keyof typeof readerKeys {
  return Object.hasOwn(readerKeys, messageKey);
}

/** A problem (named by its `errors:field.*` key) in the page's own words. */
export function readerMessageOf({ messageKey, params = {} }: FieldMessage): {
  messageKey: ReaderMessageKey;
  params: Record<string, string | number>;
} {
  return {
    messageKey: isReaderWorded(messageKey) ? readerKeys[messageKey] : 'session_public:field_errors.invalid',
    params,
  };
}

export function isRegistrationField(path: string): path is RegistrationField {
  return (registrationFormFields as readonly string[]).includes(path);
}

/** The server's field errors on the form's fields, each in the page's own words. */
export function readerFieldErrors(fields: readonly FieldError[]) {
  return fields.flatMap(({ path, messageKey = '', params }) =>
    isRegistrationField(path)
      ? [{ path, ...readerMessageOf({ messageKey, ...(params ? { params } : {}) }) }]
      : [],
  );
}

/** Whether `field` is one the registration requires, and left empty (after trimming). */
function isLeftEmpty(input: RegistrationInput, field: PropertyKey | undefined): boolean {
  return (field === 'fullName' || field === 'company' || field === 'email') && input[field] === '';
}

export const registrationFormSchema = z
  .object({
    fullName: z.string(),
    company: z.string(),
    position: z.string(),
    email: z.string(),
    interests: z.string(),
  })
  .transform((values, context) => {
    const input = registrationInputOf(values);
    const checked = RegistrationInputSchema.safeParse(input, { reportInput: true });
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      // A required field left empty says so, not what its other checks find (an address's form).
      const { messageKey, params } = isLeftEmpty(input, issue.path[0])
        ? { messageKey: 'session_public:field_errors.required' as const, params: {} }
        : readerMessageOf(messageOfIssue(issue));
      const reader: CustomMessageParams = { ...params, messageKey };
      context.addIssue({ code: 'custom', path: issue.path, params: reader });
    }
    return z.NEVER;
  });
