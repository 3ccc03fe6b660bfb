/**
 * A session's text in a reader's language, or the language it fell back to (decision 0025): marked
 * with its `lang` (for screen readers and CJK fonts), and with a note saying so when it fell back.
 */
import { useTranslation } from 'react-i18next';
import type { ShownText } from '@bia/contracts';

/** A session's text in the language it is written in. */
export function Shown({ value }: { value: ShownText }) {
  return <span lang={value.lang}>{value.text}</span>;
}

/** "Shown in English", in the reader's language, when a text is not in theirs. */
export function FallbackNote({ value }: { value: ShownText }) {
  const { t } = useTranslation('session_public');
  if (!value.isFallback) return null;
  return (
    <span className="programme-fallback">
      {value.lang === 'th' ? t('fallback.in_thai') : t('fallback.in_english')}
    </span>
  );
}
