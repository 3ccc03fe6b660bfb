/** Names in the interface language: partner cities', businesses' and products'. */
import type { InterfaceLocale } from '@bia/i18n';

/** A partner city's name: the Thai name in Thai when recorded, else English. */
export function cityNameOf(
  partner: { nameTh: string | null; nameEn: string | null },
  locale: InterfaceLocale,
): string {
  const first = locale === 'th' ? partner.nameTh : partner.nameEn;
  return first ?? partner.nameEn ?? partner.nameTh ?? '—';
}

/** A business's or a product's name: Thai in Thai, English (or Thai when it has none) otherwise. */
export function recordNameOf(
  item: { nameTh: string; nameEn: string | null },
  locale: InterfaceLocale,
): string {
  return locale === 'th' ? item.nameTh : (item.nameEn ?? item.nameTh);
}
