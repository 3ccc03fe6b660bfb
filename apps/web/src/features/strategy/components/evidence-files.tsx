/**
 * The files a unit uploaded as evidence of its report on a round item: each to download, with its
 * size, who uploaded it and when; and — while the report is editable for the reader's unit — uploading
 * and removing one. The server judges each file by its content and refuses anything larger than
 * 20 MB or of another kind; its message is shown at the file field. `editable` is the caller's: the
 * reader reports for the unit, and the report is a draft or returned (or an amendment awaiting review
 * after approval; `isEvidenceEditable` in the contracts says which).
 */
import { useTranslation } from 'react-i18next';
import { MAX_STRATEGY_EVIDENCE_BYTES, type StrategyEvidenceFile } from '@bia/contracts';
import type { DocumentLimit } from '../../../components/document-form-values.ts';
import { DocumentsList, type DocumentsListTexts } from '../../../components/documents-list.tsx';
import { evidenceFileUrl, useRemoveEvidence, useUploadEvidence } from '../api/evidence.ts';

const EVIDENCE_LIMIT: DocumentLimit = {
  maxBytes: MAX_STRATEGY_EVIDENCE_BYTES,
  requiredKey: 'strategy_evidence:files.file_required',
  tooLargeKey: 'strategy_evidence:errors.too_large',
};

export function EvidenceFiles({
  itemId,
  unitCode,
  files,
  editable,
}: {
  itemId: string;
  unitCode: string;
  /** The report's files, as the round item lists them. */
  files: readonly StrategyEvidenceFile[];
  /** The reader may add and remove files of this report now. */
  editable: boolean;
}) {
  const { t } = useTranslation('strategy_evidence');
  const upload = useUploadEvidence(itemId, unitCode);
  const remove = useRemoveEvidence(itemId, unitCode);
  if (files.length === 0 && !editable) return null;

  const texts: DocumentsListTexts = {
    heading: t('files.heading'),
    none: t('files.none'),
    file: t('files.file'),
    fileHint: (max) => t('files.file_hint', { max }),
    upload: t('files.upload'),
    uploading: t('files.uploading'),
    uploadDescription: t('files.upload_description'),
    uploadedOn: (date) => t('files.uploaded_on', { date }),
    uploadedByOn: (name, date) => t('files.uploaded_by_on', { name, date }),
    removeNamed: (name) => t('files.remove_named', { name }),
    removeConfirm: (name) => t('files.remove_confirm', { name }),
    removed: (name) => t('files.removed', { name }),
    uploaded: (name) => t('files.uploaded', { name }),
  };

  return (
    <DocumentsList
      className="strategy-evidence-files"
      headingLevel={4}
      // One for each unit's report on the item's page: not a landmark each.
      isRegion={false}
      documents={files}
      fileUrl={(fileId) => evidenceFileUrl(itemId, unitCode, fileId)}
      canChange={editable}
      upload={upload}
      remove={remove}
      limit={EVIDENCE_LIMIT}
      texts={texts}
    />
  );
}
