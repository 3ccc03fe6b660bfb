import type { InterfaceLocale } from '@bia/i18n';

interface Named {
  nameTh: string | null;
  nameEn: string | null;
  nameLocal?: string | null;
}

/** A partner's name in the reader's language, falling back to the other language, then its own. */
export function partnerName(partner: Named, locale: InterfaceLocale): string {
  const preferred = locale === 'th' ? [partner.nameTh, partner.nameEn] : [partner.nameEn, partner.nameTh];
  return [...preferred, partner.nameLocal].find((name): name is string => Boolean(name?.trim())) ?? '';
}
