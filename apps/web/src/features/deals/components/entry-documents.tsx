/**
 * The evidence of an entry (the agreement, an order form, a shipping document): each document to
 * download, and — for those who record the deal, on an entry not replaced by an amendment — attaching
 * and removing one. The server judges each file by its content and refuses anything larger than 20 MB
 * or of another kind; its message is shown at the file field.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealEntry } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { dealDocumentFileUrl, useRemoveDealDocument, useUploadDealDocument } from '../api/deals.ts';
import {
  documentFormSchema,
  KILOBYTE,
  MAX_DEAL_DOCUMENT_SIZE_TEXT,
  MEGABYTE,
  type DocumentFormValues,
} from '../utils/document-form-values.ts';

/** What the file field offers; the server checks the content whatever the browser lets through. */
const ACCEPTED_TYPES = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.txt',
  '.csv',
].join(',');

export function EntryDocuments({
  dealId,
  entry,
  canChange,
}: {
  dealId: string;
  entry: DealEntry;
  /** The reader records the deal, and the entry is current. */
  canChange: boolean;
}) {
  const { t } = useTranslation('deal_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState('');
  const remove = useRemoveDealDocument(dealId, entry.id);
  if (entry.documents.length === 0 && !canChange) return null;

  const sizeText = (bytes: number) =>
    bytes < MEGABYTE
      ? t('documents.size_kb', { size: format.number(Math.max(1, Math.round(bytes / KILOBYTE))) })
      : t('documents.size_mb', { size: format.number(Math.round((bytes / MEGABYTE) * 10) / 10) });

  return (
    <div className="deal-documents">
      <h4>{t('documents.heading')}</h4>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, tCommon)}</Alert>}
      {entry.documents.length === 0 ? (
        <p className="muted">{t('documents.none')}</p>
      ) : (
        <ul className="plain-list deal-document-list">
          {entry.documents.map((document) => (
            <li key={document.id} className="deal-document">
              <a href={dealDocumentFileUrl(dealId, entry.id, document.id)} download={document.fileName}>
                {document.fileName}
              </a>
              <span className="muted">
                {sizeText(document.byteSize)} ·{' '}
                {t('documents.uploaded_on', { date: format.date(document.createdAt) })}
              </span>
              {canChange && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={t('documents.remove_named', { name: document.fileName })}
                  disabled={remove.isPending}
                  onClick={() => {
                    if (!window.confirm(t('documents.remove_confirm', { name: document.fileName }))) return;
                    remove.mutate(document.id, {
                      onSuccess: () => setStatus(t('documents.removed', { name: document.fileName })),
                    });
                  }}
                >
                  {t('documents.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && (
        <UploadForm
          dealId={dealId}
          entryId={entry.id}
          onUploaded={(name) => setStatus(t('documents.uploaded', { name }))}
        />
      )}
    </div>
  );
}

function UploadForm({
  dealId,
  entryId,
  onUploaded,
}: {
  dealId: string;
  entryId: string;
  onUploaded: (name: string) => void;
}) {
  const { t } = useTranslation('deal_pages');
  const { t: tCommon } = useTranslation();
  const hintId = useId();
  const upload = useUploadDealDocument(dealId, entryId);
  const form = useContractForm<DocumentFormValues, File>({ schema: documentFormSchema, defaultValues: {} });

  const submit = form.handleSubmit((file) =>
    upload.mutate(file, {
      onSuccess: (saved) => {
        // Empties the file field (and the form's value) for the next document.
        form.reset();
        onUploaded(saved.fileName);
      },
      onError: () => form.setFocus('file'),
    }),
  );

  const error = form.errorAt('file') ?? (upload.error ? errorMessage(upload.error, tCommon) : undefined);
  return (
    <form
      className="deal-document-upload"
      aria-describedby={hintId}
      noValidate
      onSubmit={(event) => {
        upload.reset();
        void submit(event);
      }}
    >
      <p id={hintId} className="visually-hidden">
        {t('documents.upload_for_entry')}
      </p>
      <Field
        label={t('documents.file')}
        hint={t('documents.file_hint', { max: MAX_DEAL_DOCUMENT_SIZE_TEXT })}
        error={error}
      >
        {(control) => <input {...control} type="file" accept={ACCEPTED_TYPES} {...form.register('file')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary button-small" disabled={upload.isPending}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </button>
      </div>
    </form>
  );
}
