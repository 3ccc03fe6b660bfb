/**
 * The evidence of an entry (the agreement, an order form, a shipping document): each document to
 * download, and — for those who record the deal, on an entry not replaced by an amendment — attaching
 * and removing one. The server judges each file by its content and refuses anything larger than 20 MB
 * or of another kind; its message is shown at the file field.
 */
import { useTranslation } from 'react-i18next';
import { MAX_DEAL_DOCUMENT_BYTES, type DealEntry } from '@bia/contracts';
import type { DocumentLimit } from '../../../components/document-form-values.ts';
import { DocumentsList, type DocumentsListTexts } from '../../../components/documents-list.tsx';
import { dealDocumentFileUrl, useRemoveDealDocument, useUploadDealDocument } from '../api/deals.ts';

const EVIDENCE_LIMIT: DocumentLimit = {
  maxBytes: MAX_DEAL_DOCUMENT_BYTES,
  requiredKey: 'deal_pages:documents.file_required',
  tooLargeKey: 'outcomes:errors.document_too_large',
};

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
  const upload = useUploadDealDocument(dealId, entry.id);
  const remove = useRemoveDealDocument(dealId, entry.id);
  if (entry.documents.length === 0 && !canChange) return null;

  const texts: DocumentsListTexts = {
    heading: t('documents.heading'),
    none: t('documents.none'),
    file: t('documents.file'),
    fileHint: (max) => t('documents.file_hint', { max }),
    upload: t('documents.upload'),
    uploading: t('documents.uploading'),
    uploadDescription: t('documents.upload_for_entry'),
    uploadedOn: (date) => t('documents.uploaded_on', { date }),
    removeNamed: (name) => t('documents.remove_named', { name }),
    removeConfirm: (name) => t('documents.remove_confirm', { name }),
    removed: (name) => t('documents.removed', { name }),
    uploaded: (name) => t('documents.uploaded', { name }),
  };

  return (
    <DocumentsList
      className="deal-documents"
      headingLevel={4}
      // One for each entry of the deal: not a landmark each.
      isRegion={false}
      documents={entry.documents.map(({ createdAt, ...document }) => ({
        ...document,
        uploadedAt: createdAt,
      }))}
      fileUrl={(documentId) => dealDocumentFileUrl(dealId, entry.id, documentId)}
      canChange={canChange}
      upload={upload}
      remove={remove}
      limit={EVIDENCE_LIMIT}
      texts={texts}
    />
  );
}
