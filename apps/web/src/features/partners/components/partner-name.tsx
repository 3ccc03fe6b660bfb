import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerSummary } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import { partnerDisplayName } from '../utils/names.ts';

type Names = Pick<PartnerSummary, 'nameTh' | 'nameEn' | 'nameLocal'>;

/** The partner's name in the reader's language, as plain text with its language. */
export function PrimaryPartnerName({ partner }: { partner: Names }) {
  const { locale } = useFormat();
  const name = partnerDisplayName(partner, locale);
  return <span lang={name.lang}>{name.text}</span>;
}

/** Says which name is missing when the other one is shown in its place. */
export function MissingNameMarker({ partner }: { partner: Names }) {
  const { t } = useTranslation('partner_pages');
  const { locale } = useFormat();
  if (locale === 'th' && !partner.nameTh) return <Badge tone="warning">{t('names.no_thai')}</Badge>;
  if (locale === 'en' && !partner.nameEn) return <Badge tone="neutral">{t('names.no_english')}</Badge>;
  return null;
}

/**
 * The name in the reader's language (optionally wrapped, e.g. in a link) with the other name below
 * it; a missing name is said in words, never silently replaced.
 */
export function PartnerNames({ partner, wrap }: { partner: Names; wrap?: (name: ReactNode) => ReactNode }) {
  const { locale } = useFormat();
  const name = partnerDisplayName(partner, locale);
  const primary = <PrimaryPartnerName partner={partner} />;
  const other = locale === 'th' ? partner.nameEn : partner.nameTh;
  return (
    <span className="partner-names">
      <span className="partner-names__primary">{wrap ? wrap(primary) : primary}</span>
      {name.isFallback ? (
        <span className="partner-names__secondary">
          <MissingNameMarker partner={partner} />
        </span>
      ) : (
        other && (
          <span className="partner-names__secondary" lang={locale === 'th' ? 'en' : 'th'}>
            {other}
          </span>
        )
      )}
    </span>
  );
}
