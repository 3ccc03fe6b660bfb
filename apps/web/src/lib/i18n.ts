/**
 * The web app's i18next instance, its language remembered in the browser and in the user's profile.
 * The interface is Thai or English; the public catalogue may also be read in Japanese, Korean or
 * Chinese, and a page outside it shown in one of those falls back to English (decision 0016).
 */
import {
  createI18n,
  defaultLocale,
  interfaceLocaleOf,
  isCatalogueLocale,
  type CatalogueLocale,
  type InterfaceLocale,
} from '@bia/i18n';
import { setMessageTranslator, setRequestLanguage } from './api-client.ts';

const STORAGE_KEY = 'bia.locale';
const COOKIE = 'bia_locale';

export function storedLocale(): CatalogueLocale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isCatalogueLocale(stored) ? stored : defaultLocale;
}

/** Given to `<I18nextProvider>` in main.tsx. */
export const i18n = createI18n(storedLocale());
/** `t` for keys known only at run time (sent by the server), which the typed `t` cannot take. */
type RuntimeKeyTranslate = (key: string, values: Record<string, string | number>) => string;
const translateRuntimeKey = i18n.t.bind(i18n) as RuntimeKeyTranslate;
setMessageTranslator((key, params) =>
  i18n.exists(key) ? translateRuntimeKey(key, params ?? {}) : undefined,
);
applyLocale(storedLocale());

/**
 * Switches the language and remembers it (this browser; the profile is updated by the caller). The
 * server is asked for the interface language the page falls back to (ja → en), and `<html lang>`
 * names that language; the catalogue's pages name their own while they are shown.
 */
export function applyLocale(locale: CatalogueLocale): void {
  const interfaceLocale = interfaceLocaleOf(locale);
  window.localStorage.setItem(STORAGE_KEY, locale);
  document.cookie = `${COOKIE}=${interfaceLocale}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = interfaceLocale;
  setRequestLanguage(interfaceLocale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

/** The interface language shown: Thai or English (English for a catalogue-only language). */
export function currentLocale(): InterfaceLocale {
  return isCatalogueLocale(i18n.language) ? interfaceLocaleOf(i18n.language) : defaultLocale;
}

/** The language of the public catalogue's pages: any of the five. */
export function currentCatalogueLocale(): CatalogueLocale {
  return isCatalogueLocale(i18n.language) ? i18n.language : defaultLocale;
}
