/**
 * The documents attached to a programme step (the Governor's approval, the Permanent Secretary's
 * order, minutes, reports) and — for those who may change the step — attaching and removing one. The
 * server judges each file by its content and refuses anything larger than 20 MB or of another kind;
 * its message is shown at the file field.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_STEP_DOCUMENT_BYTES, type ProgrammeStep, type StepDocument } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import {
  stepDocumentFileUrl,
  useRemoveStepDocument,
  useStepDocuments,
  useUploadStepDocument,
} from '../api/step-documents.ts';
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
const KILOBYTE = 1024;
const MEGABYTE = KILOBYTE * KILOBYTE;
const MAX_SIZE_TEXT = `${MAX_STEP_DOCUMENT_BYTES / MEGABYTE} MB`;

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
  const { t } = useTranslation(['programme_pages', 'programme']);
  const { t: tCommon } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const upload = useUploadStepDocument(stepId);
  const [problem, setProblem] = useState<string | null>(null);
  // The file field is emptied by remounting it after each upload.
  const [fileFieldKey, setFileFieldKey] = useState(0);
  const focusFileField = () => formRef.current?.querySelector<HTMLElement>('input[type="file"]')?.focus();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    upload.reset();
    // Said here rather than after sending 20 MB for nothing; the server checks again.
    const refusal =
      !(file instanceof File) || file.size === 0
        ? t('step_documents.file_required')
        : file.size > MAX_STEP_DOCUMENT_BYTES
          ? t('programme:errors.step_document_too_large', { max: MAX_SIZE_TEXT })
          : null;
    setProblem(refusal);
    if (refusal || !(file instanceof File)) {
      focusFileField();
      return;
    }
    upload.mutate(file, {
      onSuccess: (saved) => {
        setFileFieldKey((key) => key + 1);
        onUploaded(saved.fileName);
      },
      onError: focusFileField,
    });
  }

  const error = problem ?? (upload.error ? errorMessage(upload.error, tCommon) : undefined);
  return (
    <form ref={formRef} className="programme-step-document-upload" noValidate onSubmit={submit}>
      <Field
        key={fileFieldKey}
        label={t('step_documents.file')}
        hint={t('step_documents.file_hint', { max: MAX_SIZE_TEXT })}
        error={error}
      >
        {(control) => <input {...control} type="file" name="file" accept={ACCEPTED_TYPES} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={upload.isPending}>
          {upload.isPending ? t('step_documents.uploading') : t('step_documents.upload')}
        </button>
      </div>
    </form>
  );
}
