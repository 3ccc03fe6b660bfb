/**
 * The partners already recorded that the one being saved may duplicate (the server refused it as a
 * likely duplicate): each with its names, its country and a link that opens it in a new tab, so what
 * was typed stays; and the way to save anyway when it is another partner.
 */
import { useTranslation } from 'react-i18next';
import type { SimilarPartnersQuery } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSimilarPartners } from '../api/partners.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { partnerDisplayName } from '../utils/names.ts';
import { PartnerNames } from './partner-name.tsx';

export function DuplicateWarning({
  query,
  isSaving,
  onSaveAnyway,
}: {
  /** The names and country the server found alike to others. */
  query: SimilarPartnersQuery;
  isSaving: boolean;
  onSaveAnyway: () => void;
}) {
  const { t } = useTranslation('partner_pages');
  const { locale } = useFormat();
  const names = useReferenceNames();
  const similar = useSimilarPartners(query);
  return (
    <Alert tone="warning" title={t('duplicate.title')} className="partner-duplicates">
      {similar.isPending && <Loading />}
      {similar.isError && <QueryError error={similar.error} onRetry={() => void similar.refetch()} />}
      {similar.data && (
        <ul className="partner-duplicates__list">
          {similar.data.items.map((partner) => (
            <li key={partner.id}>
              <PartnerNames partner={partner} />{' '}
              <span className="partner-muted">
                {partner.countryCode ? names.country(partner.countryCode) : t('partner_form.country_none')}
              </span>{' '}
              {partner.archived && <Badge tone="neutral">{t('badges.archived')}</Badge>}{' '}
              <a href={paths.partner(partner.id)} target="_blank" rel="noreferrer noopener">
                {t('duplicate.open', { name: partnerDisplayName(partner, locale).text })}
                <span className="visually-hidden"> {t('sources.new_tab')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>{t('duplicate.different')}</p>
      <button type="button" className="button button-secondary" disabled={isSaving} onClick={onSaveAnyway}>
        {t('duplicate.save_anyway')}
      </button>
    </Alert>
  );
}
