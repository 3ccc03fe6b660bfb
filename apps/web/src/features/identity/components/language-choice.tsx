import { useTranslation } from 'react-i18next';
import { interfaceLocales, type InterfaceLocale } from '@bia/i18n';
import { useChangeLanguage } from '../hooks/use-change-language.ts';

const languageName = { th: 'language.th', en: 'language.en' } as const satisfies Record<
  InterfaceLocale,
  string
>;

interface LanguageChoiceProps {
  /** `compact` for the header; `full` shows a visible label (account page). */
  variant?: 'compact' | 'full';
}

/** ไทย / English: a pair of toggle buttons that switch the language at once. */
export function LanguageChoice({ variant = 'compact' }: LanguageChoiceProps) {
  const { t, i18n } = useTranslation();
  const { change } = useChangeLanguage();
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className={variant === 'compact' ? 'language-switch' : 'language-switch language-switch-full'}
    >
      {interfaceLocales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-option"
          aria-pressed={i18n.language === locale}
          onClick={() => {
            if (i18n.language !== locale) change(locale);
          }}
        >
          {t(languageName[locale])}
        </button>
      ))}
    </div>
  );
}
