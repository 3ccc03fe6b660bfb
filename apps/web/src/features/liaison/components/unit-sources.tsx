/**
 * The sources of a unit's names, each by its name in the reader's language with its link (never a
 * file path, a commit or a bare address); remarks and text kept as written carry their language.
 */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { languageOfText } from '../../../lib/languages.ts';
import type { SourceSite, UnitSource } from '../utils/unit-sources.ts';

export function UnitSourceList({ sources }: { sources: readonly UnitSource[] }) {
  const { t } = useTranslation('liaison');
  if (sources.length === 0) return <span>{t('unit.no_source')}</span>;
  return (
    <ul className="liaison-source-list">
      {sources.map((source, index) => (
        <li key={index}>
          <UnitSourceItem source={source} />
        </li>
      ))}
    </ul>
  );
}

function UnitSourceItem({ source }: { source: UnitSource }) {
  const { t } = useTranslation('liaison');
  const format = useFormat();
  const siteName = useSiteName();
  switch (source.kind) {
    case 'province_data':
      return (
        <>
          <SourceLink href={source.url}>{t('unit.sources_named.province_data')}</SourceLink>
          {source.versionOn && <> {t('unit.source_version', { date: format.date(source.versionOn) })}</>}
        </>
      );
    case 'agency_table':
      return (
        <>
          {t('unit.sources_named.agency_table')}
          <Remark text={source.remark} />
        </>
      );
    case 'complaint_lists':
      return (
        <>
          {t('unit.sources_named.complaint_lists')}
          <Remark text={source.remark} />
        </>
      );
    case 'web_page':
      return (
        <>
          <SourceLink href={source.url}>{source.site ? siteName(source.site) : source.host}</SourceLink>
          {source.site && <span> · {source.host}</span>}
          <Remark text={source.remark} />
        </>
      );
    case 'text':
      return <span lang={languageOfText(source.text)}>{source.text}</span>;
  }
}

/** A source's own remark ("(listed as …)"), in the language it was written in. */
function Remark({ text }: { text: string }) {
  if (!text) return null;
  return (
    <>
      {' '}
      <span lang={languageOfText(text)}>{text}</span>
    </>
  );
}

function SourceLink({ href, children }: { href: string; children: string }) {
  const { t } = useTranslation('liaison');
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
      <span className="visually-hidden"> {t('unit.source_new_tab')}</span>
    </a>
  );
}

/** Every site's name spelled out, so the translation check sees each key. */
function useSiteName(): (site: SourceSite) => string {
  const { t } = useTranslation('liaison');
  return (site) => {
    switch (site) {
      case 'the_nation':
        return t('unit.sites.the_nation');
      case 'iao':
        return t('unit.sites.iao');
      case 'bma_news':
        return t('unit.sites.bma_news');
      case 'bma':
        return t('unit.sites.bma');
      case 'wikipedia':
        return t('unit.sites.wikipedia');
      case 'wikipedia_copy':
        return t('unit.sites.wikipedia_copy');
    }
  };
}
