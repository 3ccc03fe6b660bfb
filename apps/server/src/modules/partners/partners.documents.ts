/**
 * Documents attached to a partner, or to one of its agreements or activities: a scanned agreement,
 * a photograph of a signing. What a file is comes from its content (`file-type`), never from its name
 * or the browser's claim: only PDF, PNG, JPEG and WebP are kept, and a name that claims one of these
 * for content that is something else is refused. Files are kept in the database (bytea) with their
 * SHA-256; removing one only marks it removed, so the record's history keeps it.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { extensionOf, safeFileName } from '../../shared/file-names.ts';
import { textOrNull } from '../../shared/text.ts';
import { createAudited, updateAudited } from '../audit/index.ts';
import { assertReadable, editablePartner } from './partners.checks.ts';
import { partnerErrors } from './partners.errors.ts';
import { documentFile } from './partners.presenter.ts';
import * as repository from './partners.repository.ts';
import type { DocumentRow } from './partners.repository.ts';

/** The largest document accepted: 10 MB (a scanned agreement of a few dozen pages). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** What the limit reads in messages, in every language. */
export const MAX_DOCUMENT_SIZE_TEXT = '10 MB';

/** The kinds of file kept, with the name endings that claim each (the first is added when none is). */
export const documentTypes = [
  { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  { mediaType: 'image/png', label: 'PNG', extensions: ['png'] },
  { mediaType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  { mediaType: 'image/webp', label: 'WebP', extensions: ['webp'] },
] as const;
export type DocumentType = (typeof documentTypes)[number];

// --- Pure pieces ------------------------------------------------------------------------------------

function typeClaimedBy(extension: string | null): DocumentType | undefined {
  return extension
    ? documentTypes.find((type) => (type.extensions as readonly string[]).includes(extension))
    : undefined;
}

/**
 * What the content is, among the kinds kept. Refuses content of another kind, and a name that
 * claims one kept kind (`.pdf`) for content of another (a text file renamed, or a PNG named `.pdf`).
 */
export function documentTypeOf(
  detectedMediaType: string | undefined,
  fileName: string,
): DocumentType | AppError {
  const extension = extensionOf(fileName);
  const claimed = typeClaimedBy(extension);
  const detected = documentTypes.find((type) => type.mediaType === detectedMediaType);
  if (claimed && claimed !== detected) {
    return new AppError(partnerErrors.document_content_mismatch, [], {
      name: fileName,
      claimed: claimed.label,
    });
  }
  // Content of a kind not kept. (A kept kind under a name with another ending, `MoU v1.2`, is
  // accepted: sanitizeFileName adds the right ending.)
  if (!detected) return new AppError(partnerErrors.document_type_not_allowed);
  return detected;
}

const MAX_STEM_LENGTH = 150;

/**
 * A file name safe to store and to offer for download: no folders, no control or reserved characters,
 * no leading dots, at most 150 characters before the ending, and the ending of the detected type.
 */
export function sanitizeFileName(claimedName: string, type: DocumentType): string {
  return safeFileName(claimedName, type.extensions, { maxStemLength: MAX_STEM_LENGTH });
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

// --- Use cases --------------------------------------------------------------------------------------

export interface DocumentUpload {
  file: File;
  title?: string | undefined;
  agreementId?: string | undefined;
  activityId?: string | undefined;
}

/** What the audit trail keeps of a document: everything but its content, and its partner (for the history). */
function documentSnapshot(document: DocumentRow) {
  return {
    partnerId: document.partnerId,
    ...documentFile(document),
    sha256: document.sha256,
    removedAt: document.removedAt?.toISOString() ?? null,
  };
}

export type PartnerDocuments = ReturnType<typeof createPartnerDocuments>;

const audited = { entityType: 'partner_document', snapshot: documentSnapshot } as const;

export function createPartnerDocuments({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** Checks the file by its content, then keeps it under the partner (and its agreement or activity). */
    async upload(context: RequestContext, partnerId: string, upload: DocumentUpload): Promise<DocumentRow> {
      const { file } = upload;
      if (file.size === 0) throw new AppError(partnerErrors.document_empty);
      if (file.size > MAX_DOCUMENT_BYTES) {
        throw new AppError(partnerErrors.document_too_large, [], { max: MAX_DOCUMENT_SIZE_TEXT });
      }
      const content = new Uint8Array(await file.arrayBuffer());
      const type = documentTypeOf((await fileTypeFromBuffer(content))?.mime, file.name);
      if (type instanceof AppError) throw type;

      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        if (upload.agreementId && !(await repository.findAgreement(tx, partnerId, upload.agreementId))) {
          throw new AppError(partnerErrors.agreement_not_found, [
            { path: 'agreementId', code: 'not_found', messageKey: 'partners:errors.agreement_not_found' },
          ]);
        }
        if (upload.activityId && !(await repository.findActivity(tx, partnerId, upload.activityId))) {
          throw new AppError(partnerErrors.activity_not_found, [
            { path: 'activityId', code: 'not_found', messageKey: 'partners:errors.activity_not_found' },
          ]);
        }
        return createAudited(tx, context, {
          ...audited,
          action: 'partner_document.create',
          entityId: (document) => document.id,
          insert: (executor) =>
            repository.insertDocument(executor, {
              partnerId,
              agreementId: upload.agreementId ?? null,
              activityId: upload.activityId ?? null,
              fileName: sanitizeFileName(file.name, type),
              title: textOrNull(upload.title),
              mediaType: type.mediaType,
              byteSize: content.byteLength,
              sha256: sha256Hex(content),
              content,
              uploadedBy: context.actor?.userId ?? null,
              uploadedAt: clock.now(),
            }),
        });
      });
    },

    /** The document with its content, for someone who may read the partner's record. */
    async download(actor: Actor, partnerId: string, documentId: string) {
      assertReadable(actor, partnerId);
      const document = await repository.findDocumentContent(db, partnerId, documentId);
      if (!document) throw new AppError(partnerErrors.document_not_found);
      return document;
    },

    /** Takes a document off the record; the row and its content stay, marked removed, and audited. */
    async remove(context: RequestContext, partnerId: string, documentId: string): Promise<void> {
      await db.transaction(async (tx) => {
        // A document has no version: whoever removes it first removes it, the other finds it gone.
        await updateAudited(tx, context, {
          ...audited,
          action: 'partner_document.remove',
          entityId: documentId,
          lock: async (executor) => {
            await editablePartner(executor, partnerId);
            const document = await repository.findDocument(executor, partnerId, documentId, {
              forUpdate: true,
            });
            if (!document) throw new AppError(partnerErrors.document_not_found);
            return document;
          },
          write: (executor) => repository.markDocumentRemovedAt(executor, documentId, clock.now()),
        });
      });
    },
  };
}
