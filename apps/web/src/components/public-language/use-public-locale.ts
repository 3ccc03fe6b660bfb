import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isCatalogueLocale, type CatalogueLocale } from '@bia/i18n';
import { applyLocale, currentCatalogueLocale, currentLocale } from '../../lib/i18n.ts';

/**
 * The language of the pages that buyers abroad read (the public catalogue, a session's registration
 * page), any of the five (decision 0016). A shared link may name it (`?lang=ja`); a choice is
 * remembered by this browser, and while such a page is shown `<html lang>` names its language.
 */
export function usePublicLocale() {
  const { i18n } = useTranslation('catalogue_public');
  const [searchParams, setSearchParams] = useSearchParams();
  const locale: CatalogueLocale = isCatalogueLocale(i18n.language) ? i18n.language : currentCatalogueLocale();
  const asked = searchParams.get('lang');

  useEffect(() => {
    if (isCatalogueLocale(asked) && asked !== currentCatalogueLocale()) applyLocale(asked);
  }, [asked]);

  useEffect(() => {
    document.documentElement.lang = locale;
    return () => {
      document.documentElement.lang = currentLocale();
    };
  }, [locale]);

  const change = (next: CatalogueLocale) => {
    applyLocale(next);
    if (asked !== null && asked !== next) {
      const params = new URLSearchParams(searchParams);
      params.set('lang', next);
      setSearchParams(params, { replace: true });
    }
  };
  return { locale, change };
}
