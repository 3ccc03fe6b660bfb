/**
 * A text of the plan in the reader's language. English that is the platform's translation of the
 * Thai (not the seed's own English) carries `lang="en-t-th"` (BCP 47: English, transformed from Thai)
 * and a small mark that the page's legend explains, once.
 */
import type { PlanShownText } from '@bia/contracts';
import { useTranslation } from 'react-i18next';

/** The language tag of a text of the plan: a translation says what it was translated from. */
export function planTextLang(text: PlanShownText): string {
  return text.isTranslation ? 'en-t-th' : text.lang;
}

export function PlanText({ text }: { text: PlanShownText }) {
  return (
    <span lang={planTextLang(text)} className={text.isTranslation ? 'strategy-translated' : undefined}>
      {text.text}
      {text.isTranslation && (
        <span className="strategy-translated__mark" aria-hidden="true">
          *
        </span>
      )}
    </span>
  );
}

/** The legend of the translation mark, shown once on a page that has a translated text. */
export function TranslationLegend({ isShown }: { isShown: boolean }) {
  const { t } = useTranslation('strategy');
  if (!isShown) return null;
  return <p className="strategy-legend">{t('translation.legend')}</p>;
}
