/** Server-side translation: one i18next instance per interface language, made once. */
import { createI18n, interfaceLocales, namespaces, type InterfaceLocale } from '@bia/i18n';
import type { TFunction } from 'i18next';

export type ServerTranslate = TFunction<typeof namespaces>;

const translators = new Map<InterfaceLocale, ServerTranslate>(
  interfaceLocales.map((locale) => [locale, createI18n(locale).getFixedT(locale, namespaces)]),
);

export function translatorFor(locale: InterfaceLocale): ServerTranslate {
  const translate = translators.get(locale);
  if (!translate) throw new Error(`No catalogue for ${locale}`);
  return translate;
}
