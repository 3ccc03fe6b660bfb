import { useTranslation } from 'react-i18next';
import type { PartnerStatus, Verification } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useStatusLabel, useVerificationLabel } from '../hooks/use-labels.ts';

const verificationTone = {
  bma: 'success',
  bma_list: 'neutral',
  partner_news: 'warning',
  unconfirmed: 'danger',
} as const satisfies Record<Verification, string>;

/** A mark that does not depend on colour: a tick for confirmed, other shapes for weaker evidence. */
const verificationMark: Record<Verification, string> = {
  bma: '✓',
  bma_list: '≈',
  partner_news: '!',
  unconfirmed: '?',
};

/**
 * How well a fact is confirmed. Confirmed by the BMA reads plainly; anything weaker has its own
 * mark, a dashed outline and words, so it stands out without relying on colour.
 */
export function VerificationBadge({ verification }: { verification: Verification }) {
  const label = useVerificationLabel();
  return (
    <span
      className={`partner-verification partner-verification--${verification}`}
      data-verification={verification}
    >
      <Badge tone={verificationTone[verification]}>
        <span className="partner-verification__mark" aria-hidden="true">
          {verificationMark[verification]}
        </span>{' '}
        {label(verification)}
      </Badge>
    </span>
  );
}

export function StatusBadge({ status }: { status: PartnerStatus }) {
  const label = useStatusLabel();
  return (
    <span className="partner-status" data-status={status}>
      <Badge tone={status === 'active' ? 'success' : 'neutral'}>
        <span aria-hidden="true">{status === 'active' ? '●' : '○'}</span> {label(status)}
      </Badge>
    </span>
  );
}

export function SampleBadge() {
  const { t } = useTranslation();
  return <Badge tone="sample">{t('status.sample')}</Badge>;
}

export function ArchivedBadge() {
  const { t } = useTranslation('partner_pages');
  return <Badge tone="warning">{t('badges.archived')}</Badge>;
}
