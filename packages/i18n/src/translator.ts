/** Builds an i18next instance over the catalogues; used by the server for messages and by the web app. */
import i18next, { type i18n } from 'i18next';
import { catalogues, namespaces, publicCatalogues } from './catalogues.ts';
import { catalogueLocales, defaultLocale, type CatalogueLocale } from './locales.ts';

/**
 * Thai and English hold every namespace; Japanese, Korean and Chinese only the public catalogue's, so
 * any other text asked for in those languages is shown in English (then Thai).
 */
export function createI18n(locale: CatalogueLocale = defaultLocale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { ...catalogues, ...publicCatalogues },
    lng: locale,
    fallbackLng: { ja: ['en', 'th'], ko: ['en', 'th'], zh: ['en', 'th'], default: [defaultLocale] },
    supportedLngs: [...catalogueLocales],
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
