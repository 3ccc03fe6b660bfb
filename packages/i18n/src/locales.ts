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
