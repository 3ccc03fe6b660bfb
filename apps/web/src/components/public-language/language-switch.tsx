import './public-language.css';
import { useTranslation } from 'react-i18next';
import { catalogueLocales, type CatalogueLocale } from '@bia/i18n';

const languageName = {
  th: 'language.th',
  en: 'language.en',
  ja: 'language.ja',
  ko: 'language.ko',
  zh: 'language.zh',
} as const satisfies Record<CatalogueLocale, string>;

/**
 * ไทย / English / 日本語 / 한국어 / 中文: each named in its own language, switching the page at once.
 * The site header shows it instead of the Thai/English switch on the pages readers abroad use
 * (app/site-header.tsx): one switch, which translates the header and footer too.
 */
export function PublicLanguageSwitch({
  locale,
  onChange,
}: {
  locale: CatalogueLocale;
  onChange: (locale: CatalogueLocale) => void;
}) {
  const { t } = useTranslation('catalogue_public');
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch public-languages">
      {catalogueLocales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={option === locale}
          onClick={() => {
            if (option !== locale) onChange(option);
          }}
        >
          {t(languageName[option], { lng: option })}
        </button>
      ))}
    </div>
  );
}
