import { useTranslation } from 'react-i18next';
import type { SourceRef } from '@bia/contracts';
import { ExternalLink } from '../../../components/external-link.tsx';

/** Only web addresses become links; anything else (a note, a book) is shown as text. */
function isWebAddress(url: string | undefined): url is string {
  return Boolean(url && /^https?:\/\//i.test(url));
}

/** The sources of a fact: links where there is an address, with their notes. */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  const { t } = useTranslation('partner_pages');
  if (sources.length === 0) return <p className="partner-muted">{t('sources.none')}</p>;
  return (
    <ul className="partner-sources">
      {sources.map((source, index) => (
        <li key={`${source.url ?? ''}-${index}`}>
          {isWebAddress(source.url) ? (
            <ExternalLink href={source.url} newTabText={t('sources.new_tab')} />
          ) : (
            source.url
          )}
          {source.note && <span className="partner-sources__note"> — {source.note}</span>}
        </li>
      ))}
    </ul>
  );
}
