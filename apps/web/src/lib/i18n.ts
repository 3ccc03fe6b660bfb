/** The web app's i18next instance, its language remembered in the browser and in the user's profile. */
import { createI18n, defaultLocale, isInterfaceLocale, type InterfaceLocale } from '@bia/i18n';
import { setMessageTranslator, setRequestLanguage } from './api-client.ts';

const STORAGE_KEY = 'bia.locale';
const COOKIE = 'bia_locale';

export function storedLocale(): InterfaceLocale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isInterfaceLocale(stored) ? stored : defaultLocale;
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

/** Switches the interface language and remembers it (this browser; the profile is updated by the caller). */
export function applyLocale(locale: InterfaceLocale): void {
  window.localStorage.setItem(STORAGE_KEY, locale);
  document.cookie = `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = locale;
  setRequestLanguage(locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

export function currentLocale(): InterfaceLocale {
  return isInterfaceLocale(i18n.language) ? i18n.language : defaultLocale;
}
