/** Builds an i18next instance over the catalogues; used by the server for messages and by the web app. */
import i18next, { type i18n } from 'i18next';
import { catalogues, namespaces } from './catalogues.ts';
import { defaultLocale, interfaceLocales, type InterfaceLocale } from './locales.ts';

export function createI18n(locale: InterfaceLocale = defaultLocale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: catalogues,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...interfaceLocales],
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
