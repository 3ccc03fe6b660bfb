/** A partner's agreements and — for those who may edit — recording, changing and removing them. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useAgreementTypeLabel } from '../hooks/use-labels.ts';
import { useRecordSection } from '../hooks/use-record-section.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { useYearText } from '../hooks/use-year.ts';
import { AgreementForm } from './agreement-form.tsx';
import { SampleBadge, VerificationBadge } from './badges.tsx';
import { RecordActions, RecordSectionFrame, type RecordSectionProps } from './record-section.tsx';
import { SourceLinks } from './source-links.tsx';
import { languageOfText } from '../../../lib/languages.ts';

export function AgreementsSection({ partner, canEdit, reload }: RecordSectionProps) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const typeLabel = useAgreementTypeLabel();
  const section = useRecordSection();
  const { ids, mode } = section;
  const agreements = [...partner.agreements].sort((a, b) =>
    (b.signedOn ?? String(b.signedYear ?? '')).localeCompare(a.signedOn ?? String(a.signedYear ?? '')),
  );

  return (
    <RecordSectionFrame
      section={section}
      heading={t('agreement.heading', { number: partner.agreements.length })}
      canEdit={canEdit}
      addLabel={t('agreement.add')}
      addForm={
        <AgreementForm
          partnerId={partner.id}
          reload={reload}
          onCancel={section.cancel}
          onSaved={(saved) => section.saved(saved.id, t('agreement.added'))}
        />
      }
      removal={{
        partnerId: partner.id,
        collection: 'agreements',
        title: t('agreement.confirm_title'),
        reload,
        removedMessage: t('agreement.removed'),
        goneMessage: t('agreement.gone'),
      }}
    >
      {agreements.length === 0 ? (
        <p className="empty">{t('agreement.none')}</p>
      ) : (
        <ul className="partner-records">
          {agreements.map((agreement) => (
            <li key={agreement.id}>
              {mode.kind === 'edit' && mode.id === agreement.id ? (
                <AgreementForm
                  partnerId={partner.id}
                  agreement={agreement}
                  reload={reload}
                  onCancel={section.cancel}
                  onSaved={(saved) => section.saved(saved.id, t('agreement.updated'))}
                />
              ) : (
                <AgreementCard agreement={agreement} headingId={ids.record(agreement.id)}>
                  {canEdit && (
                    <RecordActions
                      section={section}
                      record={agreement}
                      editLabel={t('agreement.edit_named', { type: typeLabel(agreement.type) })}
                      removeLabel={t('agreement.remove_named', { type: typeLabel(agreement.type) })}
                      confirmBody={t('agreement.confirm_body', { type: typeLabel(agreement.type) })}
                    />
                  )}
                </AgreementCard>
              )}
            </li>
          ))}
        </ul>
      )}
    </RecordSectionFrame>
  );
}

function AgreementCard({
  agreement,
  headingId,
  children,
}: {
  agreement: Agreement;
  headingId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const typeLabel = useAgreementTypeLabel();
  const yearText = useYearText();
  const names = useReferenceNames();
  const notRecorded = <span className="partner-muted">{t('list.not_recorded')}</span>;
  let signed: ReactNode = notRecorded;
  if (agreement.signedOn) signed = format.date(agreement.signedOn);
  else if (agreement.signedYear) signed = t('agreement.year_only', { year: yearText(agreement.signedYear) });

  return (
    <article className="partner-record" aria-labelledby={headingId}>
      <header className="partner-record__header">
        <h3 id={headingId} tabIndex={-1}>
          {typeLabel(agreement.type)}
        </h3>
        <span className="inline-badges">
          <VerificationBadge verification={agreement.verification} />
          {agreement.isSample && <SampleBadge />}
        </span>
      </header>
      {agreement.title && (
        <p className="partner-record__subtitle">
          {t('agreement.title_as_source')}: <q lang={languageOfText(agreement.title)}>{agreement.title}</q>
        </p>
      )}
      <dl className="partner-facts">
        <div>
          <dt>{t('agreement.signed')}</dt>
          <dd>{signed}</dd>
        </div>
        <div>
          <dt>{t('agreement.term')}</dt>
          <dd>
            {agreement.termYears ? t('agreement.term_years', { count: agreement.termYears }) : notRecorded}
          </dd>
        </div>
        <div>
          <dt>{t('agreement.expires_on')}</dt>
          <dd>{agreement.expiresOn ? format.date(agreement.expiresOn) : notRecorded}</dd>
        </div>
        <div>
          <dt>{t('agreement.renewal_on')}</dt>
          <dd>{agreement.renewalOn ? format.date(agreement.renewalOn) : notRecorded}</dd>
        </div>
        <div className="partner-facts__wide">
          <dt>{t('agreement.signatories')}</dt>
          <dd className="partner-prewrap">{agreement.signatories ?? notRecorded}</dd>
        </div>
        <div className="partner-facts__wide">
          <dt>{t('form.fields')}</dt>
          <dd>
            {agreement.fields.length > 0 ? (
              <ul className="partner-tags">
                {agreement.fields.map((code) => (
                  <li key={code}>{names.field(code)}</li>
                ))}
              </ul>
            ) : (
              notRecorded
            )}
            {agreement.fieldsNote && (
              <p className="partner-source-wording">
                {t('agreement.fields_as_source')}: <q>{agreement.fieldsNote}</q>
              </p>
            )}
          </dd>
        </div>
        {agreement.notes && (
          <div className="partner-facts__wide">
            <dt>{t('agreement.notes')}</dt>
            <dd className="partner-prewrap" lang={languageOfText(agreement.notes)}>
              {agreement.notes}
            </dd>
          </div>
        )}
        {agreement.sources.length > 0 && (
          <div className="partner-facts__wide">
            <dt>{t('sources.heading')}</dt>
            <dd>
              <SourceLinks sources={agreement.sources} />
            </dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
