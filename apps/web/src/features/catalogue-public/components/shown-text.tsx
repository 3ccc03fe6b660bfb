import { useTranslation } from 'react-i18next';
import type { ShownText } from '@bia/contracts';

/** A business's text in the language it is written in (for screen readers and fonts). */
export function Shown({ value }: { value: ShownText }) {
  return <span lang={value.lang}>{value.text}</span>;
}

/** "Shown in English: no Japanese text yet", in the viewer's language, when a text fell back. */
export function FallbackNote({ value }: { value: ShownText }) {
  const { t } = useTranslation('catalogue_public');
  if (!value.isFallback) return null;
  return (
    <span className="cp-fallback">
      {value.lang === 'th' ? t('fallback.in_thai') : t('fallback.in_english')}
    </span>
  );
}
