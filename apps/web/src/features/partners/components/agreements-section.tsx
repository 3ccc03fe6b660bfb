/** A partner's agreements and — for those who may edit — recording, changing and removing them. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, PartnerDetail } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useAgreementTypeLabel } from '../hooks/use-labels.ts';
import { useRecordSection } from '../hooks/use-record-section.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { useYearText } from '../hooks/use-year.ts';
import { AgreementForm } from './agreement-form.tsx';
import { SampleBadge, VerificationBadge } from './badges.tsx';
import { RemoveDialog } from './remove-dialog.tsx';
import { SourceLinks } from './source-links.tsx';

export function AgreementsSection({
  partner,
  canEdit,
  reload,
}: {
  partner: PartnerDetail;
  canEdit: boolean;
  reload: () => Promise<PartnerDetail | undefined>;
}) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const typeLabel = useAgreementTypeLabel();
  const section = useRecordSection();
  const { ids, mode } = section;
  const agreements = [...partner.agreements].sort((a, b) =>
    (b.signedOn ?? String(b.signedYear ?? '')).localeCompare(a.signedOn ?? String(a.signedYear ?? '')),
  );

  return (
    <section className="card partner-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {t('agreement.heading', { number: partner.agreements.length })}
      </h2>
      <p className="partner-live" role="status">
        {section.status}
      </p>
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
                    <div className="form-actions">
                      <button
                        type="button"
                        id={ids.edit(agreement.id)}
                        className="button button-secondary"
                        aria-label={t('agreement.edit_named', { type: typeLabel(agreement.type) })}
                        onClick={() => section.open({ kind: 'edit', id: agreement.id })}
                      >
                        {t('common:actions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary partner-button-danger"
                        aria-label={t('agreement.remove_named', { type: typeLabel(agreement.type) })}
                        onClick={() =>
                          section.startRemoving({
                            id: agreement.id,
                            version: agreement.version,
                            body: t('agreement.confirm_body', { type: typeLabel(agreement.type) }),
                          })
                        }
                      >
                        {t('form.remove')}
                      </button>
                    </div>
                  )}
                </AgreementCard>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (mode.kind === 'add' ? (
          <AgreementForm
            partnerId={partner.id}
            reload={reload}
            onCancel={section.cancel}
            onSaved={(saved) => section.saved(saved.id, t('agreement.added'))}
          />
        ) : (
          <div className="form-actions">
            <button
              type="button"
              id={ids.add}
              className="button"
              onClick={() => section.open({ kind: 'add' })}
            >
              {t('agreement.add')}
            </button>
          </div>
        ))}
      {canEdit && (
        <RemoveDialog
          partnerId={partner.id}
          collection="agreements"
          target={section.removing}
          title={t('agreement.confirm_title')}
          alertId={ids.alert}
          reload={reload}
          onClose={section.stopRemoving}
          onRemoved={() => section.removed(t('agreement.removed'))}
          onGone={() => section.removed(t('agreement.gone'))}
        />
      )}
    </section>
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
          {t('agreement.title_as_source')}: <q>{agreement.title}</q>
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
            <dd className="partner-prewrap">{agreement.notes}</dd>
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
