/**
 * The invitation form's values as typed, and its schema: the values mapped onto the invitation input
 * and checked by the contract's own `InviteEntrepreneurInputSchema`, so the browser checks what the
 * server checks.
 */
import { z } from 'zod';
import { InviteEntrepreneurInputSchema, type EntrepreneurDetail } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { textOrNull } from '../../../lib/form-values.ts';

export interface InviteFormValues {
  email: string;
  displayName: string;
  locale: InterfaceLocale;
}

export const inviteFormFields = [
  'email',
  'displayName',
  'locale',
] as const satisfies readonly (keyof InviteFormValues)[];

/** The business's own address and owner, unless its contacts are hidden from the reader. */
export function inviteFormValuesOf(business: EntrepreneurDetail): InviteFormValues {
  return {
    email: business.contactsHidden ? '' : (business.email ?? ''),
    displayName: business.ownerName ?? '',
    locale: 'th',
  };
}

/** A name left empty is left out: the account then takes the owner's name. */
export const inviteFormSchema = z
  .custom<InviteFormValues>()
  .transform(({ email, displayName, locale }): z.input<typeof InviteEntrepreneurInputSchema> => {
    const name = textOrNull(displayName);
    return { email, locale, ...(name ? { displayName: name } : {}) };
  })
  .pipe(InviteEntrepreneurInputSchema);
