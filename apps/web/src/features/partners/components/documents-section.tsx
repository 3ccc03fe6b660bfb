/**
 * The documents kept with a partner (signed agreements, letters, photographs) and — for those who may
 * edit — attaching one. The server reads each file's type from its content and refuses anything
 * that is not a PDF or an image, or larger than 10 MB; its message is shown at the file field.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { documentUrl, useRemoveDocument, useUploadDocument } from '../api/records.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useAgreementTypeLabel } from '../hooks/use-labels.ts';
import { useYearText } from '../hooks/use-year.ts';
import { asApiError, fieldOrItemError } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import {
  documentBodyOf,
  documentFormSchema,
  emptyDocumentForm,
  type DocumentFormValues,
} from '../utils/document-form-values.ts';

/** What the file field accepts; the server checks the content whatever the browser lets through. */
const ACCEPTED_TYPES = 'application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp';
const KILOBYTE = 1024;

export function DocumentsSection({ partner, canEdit }: { partner: PartnerDetail; canEdit: boolean }) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const format = useFormat();
  const typeLabel = useAgreementTypeLabel();
  const headingId = useId();
  const statusId = useId();
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const remove = useRemoveDocument(partner.id);

  const agreementOf = (id: string | null) => partner.agreements.find((agreement) => agreement.id === id);
  const activityOf = (id: string | null) => partner.activities.find((activity) => activity.id === id);
  const sizeText = (bytes: number) =>
    bytes < KILOBYTE * KILOBYTE
      ? t('document.size_kb', { size: format.number(Math.max(1, Math.round(bytes / KILOBYTE))) })
      : t('document.size_mb', { size: format.number(Math.round((bytes / KILOBYTE / KILOBYTE) * 10) / 10) });

  return (
    <section className="card partner-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('document.heading', { number: partner.documents.length })}
      </h2>
      <p className="live-status" role="status" id={statusId}>
        {status}
      </p>
      {remove.isError && <ErrorAlert focusClassName="partner-focus-target" error={remove.error} />}
      {partner.documents.length === 0 ? (
        <p className="empty">{t('document.none')}</p>
      ) : (
        <ul className="partner-documents">
          {partner.documents.map((document) => {
            const agreement = agreementOf(document.agreementId);
            const activity = activityOf(document.activityId);
            return (
              <li key={document.id} className="partner-document">
                <a href={documentUrl(partner.id, document.id)} download={document.fileName}>
                  {document.title ?? document.fileName}
                </a>
                <span className="partner-document__meta">
                  {[
                    document.title ? document.fileName : null,
                    sizeText(document.byteSize),
                    format.date(document.uploadedAt),
                    agreement ? t('document.of_agreement', { type: typeLabel(agreement.type) }) : null,
                    activity ? t('document.of_activity', { title: activity.title }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {canEdit && (
                  <button
                    type="button"
                    className="button button-secondary button-small partner-button-danger"
                    aria-label={t('document.remove_named', { name: document.title ?? document.fileName })}
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate(document.id, {
                        onSuccess: () => {
                          setStatus(t('document.removed', { name: document.title ?? document.fileName }));
                          focusAfterRender(headingId);
                        },
                      })
                    }
                  >
                    {t('form.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit && (
        <UploadForm
          partner={partner}
          onUploaded={(name) => {
            setStatus(t('document.uploaded', { name }));
          }}
        />
      )}
    </section>
  );
}

function UploadForm({ partner, onUploaded }: { partner: PartnerDetail; onUploaded: (name: string) => void }) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const typeLabel = useAgreementTypeLabel();
  const yearText = useYearText();
  const headingId = useId();
  const upload = useUploadDocument(partner.id);
  const error = asApiError(upload.error);
  const form = useContractForm<DocumentFormValues, DocumentFormValues>({
    schema: documentFormSchema,
    defaultValues: emptyDocumentForm,
  });

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (values) => {
        const file = values.file?.[0];
        if (!file) return;
        upload.mutate(documentBodyOf(file, values), {
          onSuccess: (saved) => {
            // Empties the file field, the title and the choice for the next document.
            form.reset();
            onUploaded(saved.title ?? saved.fileName);
          },
          onError: (failure) => {
            form.showServerErrors(failure, ['title']);
            form.setFocus('file');
          },
        });
      },
      () => upload.reset(),
    )(event);
  }

  const fileError = form.errorAt('file') ?? error?.text() ?? fieldOrItemError(error, 'file');
  return (
    <form className="form partner-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{t('document.add_heading')}</h3>
      <div className="partner-form__grid">
        <Field label={t('document.file')} hint={t('document.file_hint')} error={fileError}>
          {(control) => <input {...control} type="file" accept={ACCEPTED_TYPES} {...form.register('file')} />}
        </Field>
        <Field label={t('document.title')} hint={t('document.title_hint')} error={form.errorAt('title')}>
          {(control) => <input {...control} type="text" maxLength={300} {...form.register('title')} />}
        </Field>
        {(partner.agreements.length > 0 || partner.activities.length > 0) && (
          <Field label={t('document.belongs_to')}>
            {(control) => (
              <select {...control} {...form.register('belongsTo')}>
                <option value="">{t('document.belongs_to_partner')}</option>
                {partner.agreements.map((agreement) => (
                  <option key={agreement.id} value={`agreement:${agreement.id}`}>
                    {t('document.of_agreement', { type: typeLabel(agreement.type) })}
                    {agreement.signedYear ? ` (${yearText(agreement.signedYear)})` : ''}
                  </option>
                ))}
                {partner.activities.map((activity) => (
                  <option key={activity.id} value={`activity:${activity.id}`}>
                    {t('document.of_activity', { title: activity.title })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t('document.uploading') : t('document.upload')}
        </button>
      </div>
    </form>
  );
}
