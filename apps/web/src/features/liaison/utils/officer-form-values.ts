/**
 * The liaison officer form's values as typed and its schema: the values mapped onto the officer input
 * and checked by the contract's own `CreateLiaisonOfficerInputSchema`, so the browser checks what the
 * server checks.
 */
import { z } from 'zod';
import {
  CreateLiaisonOfficerInputSchema,
  type CreateLiaisonOfficerInput,
  type LiaisonOfficer,
} from '@bia/contracts';
import { textOrNull } from '../../../lib/form-values.ts';

export interface OfficerFormValues {
  fullName: string;
  position: string;
  email: string;
  phone: string;
  languages: string[];
  since: string;
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const officerFormFields = [
  'fullName',
  'position',
  'email',
  'phone',
  'since',
  'languages',
] as const satisfies readonly (keyof OfficerFormValues)[];

export function officerFormValuesOf(officer: LiaisonOfficer | undefined): OfficerFormValues {
  return {
    fullName: officer?.fullName ?? '',
    position: officer?.position ?? '',
    email: officer?.email ?? '',
    phone: officer?.phone ?? '',
    languages: officer?.languages ?? [],
    since: officer?.since ?? '',
  };
}

/** The values as the API takes them: optional text trimmed, and null when empty. */
export function officerInputOf(values: OfficerFormValues): CreateLiaisonOfficerInput {
  return {
    fullName: values.fullName,
    position: textOrNull(values.position),
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
    languages: values.languages,
    since: values.since || null,
  };
}

export const officerFormSchema = z
  .object({
    fullName: z.string(),
    position: z.string(),
    email: z.string(),
    phone: z.string(),
    languages: z.array(z.string()),
    since: z.string(),
  })
  .transform(officerInputOf)
  .pipe(CreateLiaisonOfficerInputSchema);
