/**
 * The documents attached to a programme step (the Governor's approval, the Permanent Secretary's
 * order, minutes, reports) and — for those who may change the step — attaching and removing one. The
 * server judges each file by its content and refuses anything larger than 20 MB or of another kind;
 * its message is shown at the file field.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStep, StepDocument } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import {
  stepDocumentFileUrl,
  useRemoveStepDocument,
  useStepDocuments,
  useUploadStepDocument,
} from '../api/step-documents.ts';
import {
  KILOBYTE,
  MAX_STEP_DOCUMENT_SIZE_TEXT,
  MEGABYTE,
  stepDocumentFormSchema,
  type StepDocumentFormValues,
} from '../utils/step-document-form-values.ts';
import '../step-documents.css';

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

export function StepDocuments({ step }: { step: ProgrammeStep }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const documents = useStepDocuments(step.id);
  const remove = useRemoveStepDocument(step.id);
  const items = documents.data?.items ?? [];

  const sizeText = (bytes: number) =>
    bytes < MEGABYTE
      ? t('step_documents.size_kb', { size: format.number(Math.max(1, Math.round(bytes / KILOBYTE))) })
      : t('step_documents.size_mb', { size: format.number(Math.round((bytes / MEGABYTE) * 10) / 10) });

  function removeDocument(document: StepDocument) {
    if (!window.confirm(t('step_documents.remove_confirm', { name: document.fileName }))) return;
    remove.mutate(document.id, {
      onSuccess: () => {
        setStatus(t('step_documents.removed', { name: document.fileName }));
        focusAfterRender(headingId);
      },
    });
  }

  return (
    <section className="programme-step-documents" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t('step_documents.heading')}
      </h3>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {documents.isPending && <Loading />}
      {documents.isError && <QueryError error={documents.error} onRetry={() => void documents.refetch()} />}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, tCommon)}</Alert>}
      {documents.data && items.length === 0 && <p className="empty">{t('step_documents.none')}</p>}
      {items.length > 0 && (
        <ul className="plain-list programme-step-document-list">
          {items.map((document) => (
            <li key={document.id} className="programme-step-document">
              <a href={stepDocumentFileUrl(step.id, document.id)} download={document.fileName}>
                {document.fileName}
              </a>
              <span className="muted">
                {sizeText(document.byteSize)} ·{' '}
                {t('step_documents.uploaded_on', { date: format.date(document.uploadedAt) })}
              </span>
              {step.canEdit && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={t('step_documents.remove_named', { name: document.fileName })}
                  disabled={remove.isPending}
                  onClick={() => removeDocument(document)}
                >
                  {t('step_documents.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {step.canEdit && (
        <UploadForm
          stepId={step.id}
          onUploaded={(name) => setStatus(t('step_documents.uploaded', { name }))}
        />
      )}
    </section>
  );
}

function UploadForm({ stepId, onUploaded }: { stepId: string; onUploaded: (name: string) => void }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const upload = useUploadStepDocument(stepId);
  const form = useContractForm<StepDocumentFormValues, File>({
    schema: stepDocumentFormSchema,
    defaultValues: {},
  });

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
      className="programme-step-document-upload"
      noValidate
      onSubmit={(event) => {
        upload.reset();
        void submit(event);
      }}
    >
      <Field
        label={t('step_documents.file')}
        hint={t('step_documents.file_hint', { max: MAX_STEP_DOCUMENT_SIZE_TEXT })}
        error={error}
      >
        {(control) => <input {...control} type="file" accept={ACCEPTED_TYPES} {...form.register('file')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={upload.isPending}>
          {upload.isPending ? t('step_documents.uploading') : t('step_documents.upload')}
        </button>
      </div>
    </form>
  );
}
