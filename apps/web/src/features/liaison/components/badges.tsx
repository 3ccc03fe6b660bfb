import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';

/** Marks a record that is made up for the demo, never real data. */
export function SampleBadge() {
  const { t } = useTranslation();
  return <Badge tone="sample">{t('status.sample')}</Badge>;
}

/** How many liaison officers a unit names, or "none" — the gap the seed asks to close. */
export function LiaisonCountBadge({ count }: { count: number }) {
  const { t } = useTranslation('liaison');
  const format = useFormat();
  if (count === 0) return <Badge tone="warning">{t('badges.no_officer')}</Badge>;
  return <Badge tone="success">{t('badges.officers', { number: format.number(count) })}</Badge>;
}

/** A fact no source has confirmed yet (an English name). */
export function UnconfirmedMarker() {
  const { t } = useTranslation('liaison');
  return <Badge tone="neutral">{t('names.en_unconfirmed')}</Badge>;
}
