/**
 * Which texts of a product exist in each of the five languages: a name and a description, or only a
 * name, or nothing yet. Said in words (not only colour), one language per item.
 */
import { useTranslation } from 'react-i18next';
import type { LanguageCompleteness } from '@bia/contracts';
import { useLanguageNames } from '../../../lib/languages.ts';

export function CompletenessIndicator({
  completeness,
  label,
}: {
  completeness: readonly LanguageCompleteness[];
  /** Names the list for assistive technology ("Texts per language"). */
  label: string;
}) {
  const { t } = useTranslation('catalogue_pages');
  const languageName = useLanguageNames();
  return (
    <ul className="biz-completeness" aria-label={label}>
      {completeness.map((entry) => {
        const state = entry.name && entry.description ? 'complete' : entry.name ? 'name_only' : 'missing';
        return (
          <li key={entry.language} className={`biz-completeness__item biz-completeness__item--${state}`}>
            <span className="biz-completeness__mark" aria-hidden="true">
              {state === 'complete' ? '●' : state === 'name_only' ? '◐' : '○'}
            </span>
            <span className="biz-completeness__language">{languageName(entry.language)}</span>
            <span className="biz-completeness__state">
              {state === 'complete'
                ? t('completeness.complete')
                : state === 'name_only'
                  ? t('completeness.name_only')
                  : t('completeness.missing')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
