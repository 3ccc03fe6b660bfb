/**
 * The contact form's values as typed and its schema: the values mapped onto the contact input and
 * checked by the contract's own `ContactInputSchema`, so the browser checks what the server checks.
 */
import { z } from 'zod';
import { ContactInputSchema, type ContactInput, type PartnerContact } from '@bia/contracts';
import { textOrNull } from '../../../lib/form-values.ts';

export interface ContactFormValues {
  fullName: string;
  role: string;
  organisation: string;
  email: string;
  phone: string;
  languages: string[];
  notes: string;
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const contactFormFields = [
  'fullName',
  'role',
  'organisation',
  'email',
  'phone',
  'languages',
  'notes',
] as const satisfies readonly (keyof ContactFormValues)[];

export function contactFormValuesOf(contact: PartnerContact | undefined): ContactFormValues {
  return {
    fullName: contact?.fullName ?? '',
    role: contact?.role ?? '',
    organisation: contact?.organisation ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    languages: contact?.languages ?? [],
    notes: contact?.notes ?? '',
  };
}

/** The values as the API takes them: optional text trimmed, and null when empty. */
export function contactInputOf(values: ContactFormValues): ContactInput {
  return {
    fullName: values.fullName,
    role: textOrNull(values.role),
    organisation: textOrNull(values.organisation),
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
    languages: values.languages,
    notes: textOrNull(values.notes),
  };
}

export const contactFormSchema = z
  .object({
    fullName: z.string(),
    role: z.string(),
    organisation: z.string(),
    email: z.string(),
    phone: z.string(),
    languages: z.array(z.string()),
    notes: z.string(),
  })
  .transform(contactInputOf)
  .pipe(ContactInputSchema);
