/**
 * /partners/:id — one partner: its names, where it is and what time it is there now, how well each
 * fact is confirmed, its agreements, a timeline of activities, contacts, documents and the history of
 * the record. What the viewer may change comes from the server (`can`).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PartnerDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { ExternalLink } from '../../../components/external-link.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePartner, useSetArchived, type LoadedPartner } from '../api/partners.ts';
import { useKindLabel } from '../hooks/use-labels.ts';
import { languageOfText, useLanguageNames } from '../../../lib/languages.ts';
import { useNow } from '../hooks/use-now.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { useYearText } from '../hooks/use-year.ts';
import { partnerDisplayName } from '../utils/names.ts';
import { minutesFromBangkok } from '../utils/time-zones.ts';
import { ActivitiesSection } from './activities-section.tsx';
import { AgreementsSection } from './agreements-section.tsx';
import { ArchivedBadge, SampleBadge, StatusBadge, VerificationBadge } from './badges.tsx';
import { ContactsSection } from './contacts-section.tsx';
import { DocumentsSection } from './documents-section.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HistorySection } from './history-section.tsx';
import { PrimaryPartnerName } from './partner-name.tsx';
import { PositionMap } from './position-map.tsx';
import { SourceLinks } from './source-links.tsx';
import '../partners.css';

export function PartnerDetailPage() {
  const { t } = useTranslation('partner_pages');
  const { id = '' } = useParams();
  const partner = usePartner(id);

  return (
    <div className="partner-page">
      <p className="partner-back">
        <Link to={paths.partners}>{t('detail.back')}</Link>
      </p>
      {partner.isPending && <Loading />}
      {partner.isError && (
        <>
          <PageHeader title={t('detail.title_fallback')} />
          <QueryError error={partner.error} onRetry={() => void partner.refetch()} />
        </>
      )}
      {partner.data && (
        <PartnerView partner={partner.data} reload={async () => (await partner.refetch()).data} />
      )}
    </div>
  );
}

function PartnerView({ partner, reload }: LoadedPartner) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const format = useFormat();
  const kindLabel = useKindLabel();
  const name = partnerDisplayName(partner, format.locale);
  const otherNames = [
    format.locale === 'th' ? partner.nameEn : partner.nameTh,
    partner.nameLocal,
    partner.acronym,
  ].filter((other): other is string => Boolean(other) && other !== name.text);

  return (
    <>
      {/* The name carries its own language. */}
      <PageHeader
        title={name.text}
        heading={<PrimaryPartnerName partner={partner} />}
        intro={
          <>
            {otherNames.length > 0 && <p className="partner-other-names">{otherNames.join(' · ')}</p>}
            <p className="inline-badges">
              <Badge>{kindLabel(partner.kind)}</Badge>
              <StatusBadge status={partner.status} />
              <VerificationBadge verification={partner.verification} />
              {partner.isSample && <SampleBadge />}
              {partner.archived && <ArchivedBadge />}
            </p>
          </>
        }
        actions={
          partner.can.edit && (
            <>
              <Link className="button" to={paths.editPartner(partner.id)}>
                {t('detail.edit')}
              </Link>
              <ArchiveButton partner={partner} />
            </>
          )
        }
      />

      {partner.archived && <Alert tone="warning">{t('detail.archived_note')}</Alert>}
      {partner.sourceNotes && (
        <Alert tone="info" title={t('detail.source_notes')}>
          <p className="partner-prewrap" lang={languageOfText(partner.sourceNotes)}>
            {partner.sourceNotes}
          </p>
        </Alert>
      )}

      <div className="partner-detail-grid">
        <Overview partner={partner} />
        <Position partner={partner} />
      </div>
      <AgreementsSection partner={partner} canEdit={partner.can.edit} reload={reload} />
      <ActivitiesSection partner={partner} canRecord={partner.can.recordActivity} reload={reload} />
      <ContactsSection partner={partner} canEdit={partner.can.edit} reload={reload} />
      <DocumentsSection partner={partner} canEdit={partner.can.edit} />
      {partner.can.readAudit && <HistorySection partnerId={partner.id} />}
    </>
  );
}

/** Archiving takes a partner out of the lists and analysis; nothing recorded under it is lost. */
function ArchiveButton({ partner }: { partner: PartnerDetail }) {
  const { t } = useTranslation('partner_pages');
  const setArchived = useSetArchived(partner.id);
  const action = partner.archived ? 'restore' : 'archive';
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        disabled={setArchived.isPending}
        onClick={() => setArchived.mutate({ action, version: partner.version })}
      >
        {partner.archived ? t('detail.restore') : t('detail.archive')}
      </button>
      {setArchived.isError && <ErrorAlert focusClassName="partner-focus-target" error={setArchived.error} />}
    </>
  );
}

function Overview({ partner }: { partner: PartnerDetail }) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const names = useReferenceNames();
  const yearText = useYearText();
  const languageName = useLanguageNames();
  const headingId = useId();
  const notRecorded = <span className="partner-muted">{t('list.not_recorded')}</span>;
  const dormantMonths = names.reference?.dormantAfterMonths;

  return (
    <section className="card partner-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('detail.overview')}</h2>
      <dl className="partner-facts">
        <div>
          <dt>{t('detail.name_th')}</dt>
          <dd lang="th">{partner.nameTh ?? notRecorded}</dd>
        </div>
        <div>
          <dt>{t('detail.name_en')}</dt>
          <dd lang="en">{partner.nameEn ?? notRecorded}</dd>
        </div>
        {partner.nameLocal && (
          <div>
            <dt>
              {partner.nameLocalLang
                ? t('detail.name_local_in', { language: languageName(partner.nameLocalLang) })
                : t('detail.name_local')}
            </dt>
            <dd lang={partner.nameLocalLang ?? undefined}>{partner.nameLocal}</dd>
          </div>
        )}
        <div>
          <dt>{t('columns.country')}</dt>
          <dd>{partner.countryCode ? names.country(partner.countryCode) : notRecorded}</dd>
        </div>
        <div>
          <dt>{t('columns.region')}</dt>
          <dd>
            {partner.regionCode ? names.region(partner.regionCode) : notRecorded}
            {partner.isAsean && partner.regionCode !== 'asean' && ` ${t('list.asean')}`}
          </dd>
        </div>
        <div>
          <dt>{t('detail.local_time')}</dt>
          <dd>{partner.timeZone ? <LocalTime timeZone={partner.timeZone} /> : notRecorded}</dd>
        </div>
        <div>
          <dt>{t('detail.website')}</dt>
          <dd>
            {partner.website ? (
              <ExternalLink href={partner.website} newTabText={t('sources.new_tab')} />
            ) : (
              notRecorded
            )}
          </dd>
        </div>
        <div>
          <dt>{t('columns.since')}</dt>
          <dd>{partner.sinceYear ? yearText(partner.sinceYear) : notRecorded}</dd>
        </div>
        <div>
          <dt>{t('columns.last_activity')}</dt>
          <dd>
            {partner.lastActivityOn ? format.date(partner.lastActivityOn) : notRecorded}
            {dormantMonths !== undefined && (
              <p className="field-hint">{t('filters.status_hint', { months: dormantMonths })}</p>
            )}
          </dd>
        </div>
        {(partner.membershipStatus || partner.memberSinceYear) && (
          <div>
            <dt>{t('detail.membership')}</dt>
            <dd>
              {[
                partner.membershipStatus,
                partner.memberSinceYear
                  ? t('detail.member_since', { year: yearText(partner.memberSinceYear) })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
        <div className="partner-facts__wide">
          <dt>{t('columns.verification')}</dt>
          <dd>
            <VerificationBadge verification={partner.verification} />
            {partner.verificationNote && <p className="partner-prewrap">{partner.verificationNote}</p>}
          </dd>
        </div>
        {partner.nameThSource && (
          <div className="partner-facts__wide">
            <dt>{t('detail.name_th_source')}</dt>
            <dd className="partner-prewrap" lang={languageOfText(partner.nameThSource)}>
              {partner.nameThSource}
            </dd>
          </div>
        )}
        {partner.notes && (
          <div className="partner-facts__wide">
            <dt>{t('detail.notes')}</dt>
            <dd className="partner-prewrap" lang={languageOfText(partner.notes)}>
              {partner.notes}
            </dd>
          </div>
        )}
        <div className="partner-facts__wide">
          <dt>{t('sources.heading')}</dt>
          <dd>
            <SourceLinks sources={partner.sources} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The time at the partner now, its zone, and how far it is from Bangkok's clock. */
function LocalTime({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const now = useNow();
  const difference = minutesFromBangkok(timeZone, now);
  const hours = format.number(Math.abs(difference) / 60);
  let relation = t('detail.same_as_bangkok');
  if (difference > 0) relation = t('detail.ahead_of_bangkok', { hours });
  if (difference < 0) relation = t('detail.behind_bangkok', { hours });
  return (
    <>
      <time dateTime={now.toISOString()} className="partner-local-time">
        {format.dateTime(now, { timeZone })}
      </time>
      <span className="partner-local-time__zone">
        {timeZone} · {relation}
      </span>
    </>
  );
}

function Position({ partner }: { partner: PartnerDetail }) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const headingId = useId();
  const name = partnerDisplayName(partner, format.locale).text;
  const hasPosition = partner.latitude !== null && partner.longitude !== null;
  return (
    <section className="card partner-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('position.heading')}</h2>
      {partner.latitude !== null && partner.longitude !== null ? (
        <PositionMap latitude={partner.latitude} longitude={partner.longitude} name={name} />
      ) : (
        <p className="empty">{t('position.none')}</p>
      )}
      {hasPosition && (
        <p className="field-hint">
          {t('position.coordinates', {
            latitude: partner.latitude?.toFixed(4),
            longitude: partner.longitude?.toFixed(4),
          })}
          {partner.positionSource && ` · ${t('position.source', { source: partner.positionSource })}`}
        </p>
      )}
    </section>
  );
}
