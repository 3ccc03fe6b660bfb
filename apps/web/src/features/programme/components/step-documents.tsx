/**
 * The documents attached to a programme step (the Governor's approval, the Permanent Secretary's
 * order, minutes, reports) and — for those who may change the step — attaching and removing one. The
 * server judges each file by its content and refuses anything larger than 20 MB or of another kind;
 * its message is shown at the file field.
 */
import { useTranslation } from 'react-i18next';
import { MAX_STEP_DOCUMENT_BYTES, type ProgrammeStep } from '@bia/contracts';
import type { DocumentLimit } from '../../../components/document-form-values.ts';
import { DocumentsList, type DocumentsListTexts } from '../../../components/documents-list.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import {
  stepDocumentFileUrl,
  useRemoveStepDocument,
  useStepDocuments,
  useUploadStepDocument,
} from '../api/step-documents.ts';
import '../step-documents.css';

const STEP_DOCUMENT_LIMIT: DocumentLimit = {
  maxBytes: MAX_STEP_DOCUMENT_BYTES,
  requiredKey: 'programme_pages:step_documents.file_required',
  tooLargeKey: 'programme:errors.step_document_too_large',
};

export function StepDocuments({ step }: { step: ProgrammeStep }) {
  const { t } = useTranslation('programme_pages');
  const documents = useStepDocuments(step.id);
  const upload = useUploadStepDocument(step.id);
  const remove = useRemoveStepDocument(step.id);

  const texts: DocumentsListTexts = {
    heading: t('step_documents.heading'),
    none: t('step_documents.none'),
    file: t('step_documents.file'),
    fileHint: (max) => t('step_documents.file_hint', { max }),
    upload: t('step_documents.upload'),
    uploading: t('step_documents.uploading'),
    uploadedOn: (date) => t('step_documents.uploaded_on', { date }),
    removeNamed: (name) => t('step_documents.remove_named', { name }),
    removeConfirm: (name) => t('step_documents.remove_confirm', { name }),
    removed: (name) => t('step_documents.removed', { name }),
    uploaded: (name) => t('step_documents.uploaded', { name }),
  };

  return (
    <DocumentsList
      className="programme-step-documents"
      headingLevel={3}
      isRegion
      documents={documents.data?.items}
      fileUrl={(documentId) => stepDocumentFileUrl(step.id, documentId)}
      canChange={step.canEdit}
      upload={upload}
      remove={remove}
      limit={STEP_DOCUMENT_LIMIT}
      texts={texts}
    >
      {documents.isPending && <Loading />}
      {documents.isError && <QueryError error={documents.error} onRetry={() => void documents.refetch()} />}
    </DocumentsList>
  );
}
