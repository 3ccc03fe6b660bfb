/**
 * A list of documents to download, each with its size and the day it was attached, and — for those who
 * may change them — a remove button each and a form to attach one. The server judges each file by its
 * content; a file too large or of another kind is refused with its message at the file field (the
 * size is checked before sending too). Used for a deal entry's evidence and a programme step's
 * documents: each feature gives its documents, its mutations, its limit and its texts, translated.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { errorMessage } from '../lib/errors.ts';
import { useFormat } from '../lib/format.ts';
import { useContractForm } from '../lib/forms/index.ts';
import { useFocusAfterRender } from '../lib/use-focus-after-render.ts';
import { Alert } from './alert.tsx';
import {
  documentFormSchema,
  KILOBYTE,
  MEGABYTE,
  sizeLimitText,
  type DocumentFormValues,
  type DocumentLimit,
} from './document-form-values.ts';
import { Field } from './field.tsx';
import './documents-list.css';

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

export interface ListedDocument {
  id: string;
  fileName: string;
  byteSize: number;
  /** When it was attached (an ISO instant). */
  uploadedAt: string;
  /** Who attached it, by name, where the feature shows it (with `texts.uploadedByOn`). */
  uploadedBy?: string | null;
}

/** The feature's own words, translated; those naming a document or a date take it. */
export interface DocumentsListTexts {
  heading: string;
  none: string;
  file: string;
  fileHint: (max: string) => string;
  upload: string;
  uploading: string;
  /** What the upload form is for, said to screen readers (where the heading does not say it). */
  uploadDescription?: string;
  uploadedOn: (date: string) => string;
  /** Who attached a document and when, for the documents that name who did. */
  uploadedByOn?: (name: string, date: string) => string;
  removeNamed: (name: string) => string;
  removeConfirm: (name: string) => string;
  removed: (name: string) => string;
  uploaded: (name: string) => string;
}

export type UploadDocumentMutation = Pick<
  UseMutationResult<{ fileName: string }, Error, File>,
  'mutate' | 'reset' | 'isPending' | 'error'
>;
export type RemoveDocumentMutation = Pick<
  UseMutationResult<unknown, Error, string>,
  'mutate' | 'isPending' | 'isError' | 'error'
>;

interface DocumentsListProps {
  /** Undefined while they load (the caller says so in `children`). */
  documents: readonly ListedDocument[] | undefined;
  fileUrl: (documentId: string) => string;
  /** The reader may attach and remove documents here. */
  canChange: boolean;
  upload: UploadDocumentMutation;
  remove: RemoveDocumentMutation;
  /** The largest file, and the feature's messages of the file field. */
  limit: DocumentLimit;
  texts: DocumentsListTexts;
  headingLevel: 3 | 4;
  /** A region of the page named by its heading: true where it is the only such list on the page. */
  isRegion: boolean;
  className: string;
  /** Said under the heading: the loading and loading-error notices of the caller's query. */
  children?: ReactNode;
}

export function DocumentsList({
  documents,
  fileUrl,
  canChange,
  upload,
  remove,
  limit,
  texts,
  headingLevel,
  isRegion,
  className,
  children,
}: DocumentsListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  const sizeText = (bytes: number) =>
    bytes < MEGABYTE
      ? t('documents.size_kb', { size: format.number(Math.max(1, Math.round(bytes / KILOBYTE))) })
      : t('documents.size_mb', { size: format.number(Math.round((bytes / MEGABYTE) * 10) / 10) });

  function removeDocument(document: ListedDocument) {
    if (!window.confirm(texts.removeConfirm(document.fileName))) return;
    remove.mutate(document.id, {
      onSuccess: () => {
        setStatus(texts.removed(document.fileName));
        // The button is gone with the document: focus goes back to the list.
        focusAfterRender(headingId);
      },
    });
  }

  return (
    <section className={`documents-list ${className}`} aria-labelledby={isRegion ? headingId : undefined}>
      <Heading id={headingId} className="documents-list__heading" tabIndex={-1}>
        {texts.heading}
      </Heading>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {children}
      {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
      {documents?.length === 0 && <p className="muted">{texts.none}</p>}
      {documents && documents.length > 0 && (
        <ul className="plain-list">
          {documents.map((document) => (
            <li key={document.id} className="documents-list__item">
              <a href={fileUrl(document.id)} download={document.fileName}>
                {document.fileName}
              </a>
              <span className="muted">
                {sizeText(document.byteSize)} ·{' '}
                {document.uploadedBy && texts.uploadedByOn
                  ? texts.uploadedByOn(document.uploadedBy, format.date(document.uploadedAt))
                  : texts.uploadedOn(format.date(document.uploadedAt))}
              </span>
              {canChange && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={texts.removeNamed(document.fileName)}
                  disabled={remove.isPending}
                  onClick={() => removeDocument(document)}
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
          upload={upload}
          limit={limit}
          texts={texts}
          onUploaded={(name) => setStatus(texts.uploaded(name))}
        />
      )}
    </section>
  );
}

function UploadForm({
  upload,
  limit: { maxBytes, requiredKey, tooLargeKey },
  texts,
  onUploaded,
}: {
  upload: UploadDocumentMutation;
  limit: DocumentLimit;
  texts: DocumentsListTexts;
  onUploaded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const descriptionId = useId();
  const schema = useMemo(
    () => documentFormSchema({ maxBytes, requiredKey, tooLargeKey }),
    [maxBytes, requiredKey, tooLargeKey],
  );
  const form = useContractForm<DocumentFormValues, File>({ schema, defaultValues: {} });

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

  const error = form.errorAt('file') ?? (upload.error ? errorMessage(upload.error, t) : undefined);
  return (
    <form
      className="documents-list__upload"
      aria-describedby={texts.uploadDescription ? descriptionId : undefined}
      noValidate
      onSubmit={(event) => {
        upload.reset();
        void submit(event);
      }}
    >
      {texts.uploadDescription && (
        <p id={descriptionId} className="visually-hidden">
          {texts.uploadDescription}
        </p>
      )}
      <Field label={texts.file} hint={texts.fileHint(sizeLimitText(maxBytes))} error={error}>
        {(control) => <input {...control} type="file" accept={ACCEPTED_TYPES} {...form.register('file')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary button-small" disabled={upload.isPending}>
          {upload.isPending ? texts.uploading : texts.upload}
        </button>
      </div>
    </form>
  );
}
