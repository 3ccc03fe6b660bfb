/**
 * The names of a deal's kinds of entry, stages, channels, directions, recorders (the outcomes' shared
 * labels, lib/outcome-labels.ts) and of buyers' languages (this feature's catalogue).
 */
import { useTranslation } from 'react-i18next';
import type { ParticipantLanguage } from '@bia/contracts';
import { useOutcomeLabels } from '../../../lib/outcome-labels.ts';

const languageKeys = {
  th: 'deal_pages:languages.th',
  en: 'deal_pages:languages.en',
  ja: 'deal_pages:languages.ja',
  ko: 'deal_pages:languages.ko',
  zh: 'deal_pages:languages.zh',
} as const satisfies Record<ParticipantLanguage, string>;

export function useDealLabels() {
  const { t } = useTranslation(['deal_pages']);
  return {
    ...useOutcomeLabels(),
    language: (language: ParticipantLanguage) => t(languageKeys[language]),
  };
}
