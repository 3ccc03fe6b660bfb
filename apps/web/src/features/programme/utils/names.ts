/** A partner city's name in the interface language: the Thai name in Thai when recorded, else English. */
import type { InterfaceLocale } from '@bia/i18n';

export function cityNameOf(
  partner: { nameTh: string | null; nameEn: string | null },
  locale: InterfaceLocale,
): string {
  const first = locale === 'th' ? partner.nameTh : partner.nameEn;
  return first ?? partner.nameEn ?? partner.nameTh ?? '—';
}
