/**
 * Documents attached to a partner, or to one of its agreements or activities: a scanned agreement,
 * a photograph of a signing. What a file is comes from its content (`file-type`), never from its name
 * or the browser's claim: only PDF, PNG, JPEG and WebP are kept, and a name that claims one of these
 * for content that is something else is refused. Files are kept in the database (bytea) with their
 * SHA-256; removing one only marks it removed, so the record's history keeps it.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { extensionOf, safeFileName } from '../../shared/file-names.ts';
import { recordAudit } from '../audit/index.ts';
import { partnerErrors } from './partners.errors.ts';
import { readablePartners } from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { DocumentRow } from './partners.repository.ts';

/** The largest document accepted: 10 MB (a scanned agreement of a few dozen pages). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** What the limit reads in messages, in every language. */
export const MAX_DOCUMENT_SIZE_TEXT = '10 MB';
/** Room for the multipart envelope (boundaries, the title and ids) around a file of the largest size. */
const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;

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

/** `POST /api/partners/{id}/documents`: the one API request allowed a body larger than MAX_BODY_BYTES. */
export function isDocumentUpload(method: string, path: string): boolean {
  return method === 'POST' && /^\/api\/partners\/[^/]+\/documents\/?$/.test(path);
}

/** The body limit of a document upload: the document limit and the multipart envelope around it. */
export const documentUploadBodyLimit: MiddlewareHandler = bodyLimit({
  maxSize: MAX_DOCUMENT_BYTES + MULTIPART_ALLOWANCE_BYTES,
  onError: () => {
    throw new AppError(partnerErrors.document_too_large, [], { max: MAX_DOCUMENT_SIZE_TEXT });
  },
});

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
    agreementId: document.agreementId,
    activityId: document.activityId,
    fileName: document.fileName,
    title: document.title,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    sha256: document.sha256,
    removedAt: document.removedAt?.toISOString() ?? null,
  };
}

export type PartnerDocuments = ReturnType<typeof createPartnerDocuments>;

export function createPartnerDocuments({ db, clock }: { db: Db; clock: Clock }) {
  /** The partner, locked, for a change that may be made only to a record not archived. */
  async function editablePartner(tx: Db, partnerId: string) {
    const partner = await repository.findPartner(tx, partnerId, { forUpdate: true });
    if (!partner) throw new AppError(partnerErrors.partner_not_found);
    if (partner.archivedAt) throw new AppError(partnerErrors.partner_archived);
    return partner;
  }

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
        const document = await repository.insertDocument(tx, {
          partnerId,
          agreementId: upload.agreementId ?? null,
          activityId: upload.activityId ?? null,
          fileName: sanitizeFileName(file.name, type),
          title: upload.title ? upload.title : null,
          mediaType: type.mediaType,
          byteSize: content.byteLength,
          sha256: sha256Hex(content),
          content,
          uploadedBy: context.actor?.userId ?? null,
          uploadedAt: clock.now(),
        });
        await recordAudit(tx, context, {
          action: 'partner_document.create',
          entityType: 'partner_document',
          entityId: document.id,
          after: documentSnapshot(document),
        });
        return document;
      });
    },

    /** The document with its content, for someone who may read the partner's record. */
    async download(actor: Actor, partnerId: string, documentId: string) {
      const readable = readablePartners(actor);
      if (readable !== 'all' && !readable.includes(partnerId)) {
        throw new AppError(partnerErrors.not_your_partner);
      }
      const document = await repository.findDocumentContent(db, partnerId, documentId);
      if (!document) throw new AppError(partnerErrors.document_not_found);
      return document;
    },

    /** Takes a document off the record; the row and its content stay, marked removed, and audited. */
    async remove(context: RequestContext, partnerId: string, documentId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findDocument(tx, partnerId, documentId, { forUpdate: true });
        if (!before) throw new AppError(partnerErrors.document_not_found);
        const after = await repository.markDocumentRemovedAt(tx, documentId, clock.now());
        await recordAudit(tx, context, {
          action: 'partner_document.remove',
          entityType: 'partner_document',
          entityId: documentId,
          before: documentSnapshot(before),
          after: documentSnapshot(after),
        });
      });
    },
  };
}
