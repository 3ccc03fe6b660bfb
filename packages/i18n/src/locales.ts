/** The interface languages. Thai is the default and the language every catalogue must be complete in. */
export const interfaceLocales = ['th', 'en'] as const;
export type InterfaceLocale = (typeof interfaceLocales)[number];
export const defaultLocale: InterfaceLocale = 'th';

export function isInterfaceLocale(value: unknown): value is InterfaceLocale {
  return typeof value === 'string' && (interfaceLocales as readonly string[]).includes(value);
}

/** Chooses the interface language from an Accept-Language header: the first supported one, else Thai. */
export function localeFromAcceptLanguage(header: string | undefined | null): InterfaceLocale {
  if (!header) return defaultLocale;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (isInterfaceLocale(tag)) return tag;
  }
  return defaultLocale;
}

/**
 * The languages of the public catalogue, where buyers abroad read Bangkok Brand products: the interface
 * languages and Japanese, Korean and Chinese (simplified). Only the namespaces in `catalogueNamespaces`
 * exist in all five; everything else falls back to English (see docs/decisions/0016).
 */
export const catalogueLocales = ['th', 'en', 'ja', 'ko', 'zh'] as const;
export type CatalogueLocale = (typeof catalogueLocales)[number];

/**
 * The namespaces written in every catalogue language (the frame around every page — header, demo
 * banner, footer — the public catalogue, and the registration page of a trade session's partner side);
 * all others are in the interface languages only.
 */
export const catalogueNamespaces = [
  'frame',
  'catalogue_public',
  'session_public',
  'deal_confirmation',
] as const;

export function isCatalogueLocale(value: unknown): value is CatalogueLocale {
  return typeof value === 'string' && (catalogueLocales as readonly string[]).includes(value);
}

/** The interface language shown for a catalogue language outside the catalogue: English for ja, ko, zh. */
export function interfaceLocaleOf(locale: CatalogueLocale): InterfaceLocale {
  return isInterfaceLocale(locale) ? locale : 'en';
}
