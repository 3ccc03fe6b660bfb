import type { InterfaceLocale } from '@bia/i18n';

/** A reference item's name in the reader's language: Thai, or English for an English reader. */
export function localizedName(item: { nameTh: string; nameEn: string }, locale: InterfaceLocale): string {
  return locale === 'en' ? item.nameEn || item.nameTh : item.nameTh || item.nameEn;
}
