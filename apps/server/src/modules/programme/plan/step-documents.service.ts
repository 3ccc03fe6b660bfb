/**
 * Documents attached to a step of the trade programme: the Governor's approval, the Permanent
 * Secretary's order, minutes, reports. What a file is comes from its content (`file-type`, as for
 * partner documents and product photos), never from its name or the browser's claim: PDF, Word,
 * Excel, PowerPoint (the Office Open XML kinds, and the old binary Word, Excel and PowerPoint), JPEG,
 * PNG and WebP images, and plain text or CSV (valid UTF-8 without NUL bytes). At most 20 MB. Anyone
 * who may read the programme reads them; whoever may change the step attaches and removes them.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_STEP_DOCUMENT_BYTES, MAX_STEP_DOCUMENT_NAME_LENGTH } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import { AppError } from '../../../shared/errors.ts';
import { extensionOf, safeFileName } from '../../../shared/file-names.ts';
import { createAudited, recordAudit } from '../../audit/index.ts';
import { programmeErrors } from '../programme.errors.ts';
import { canEditStep } from '../programme.policy.ts';
import * as repository from './plan.repository.ts';
import type { StepDocumentRow } from './plan.repository.ts';

/** What the limit reads in messages, in every language. */
export const MAX_STEP_DOCUMENT_SIZE_TEXT = `${MAX_STEP_DOCUMENT_BYTES / 1024 / 1024} MB`;

/** The kinds of file kept, with the name endings that go with each (the first is added when none does). */
export const stepDocumentTypes = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  doc: { mediaType: 'application/msword', extensions: ['doc'] },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
  text: { mediaType: 'text/plain', extensions: ['txt'] },
  csv: { mediaType: 'text/csv', extensions: ['csv'] },
} as const;
export type StepDocumentType = (typeof stepDocumentTypes)[keyof typeof stepDocumentTypes];

const OOXML_KINDS = ['docx', 'xlsx', 'pptx'] as const;
const OLD_OFFICE_KINDS = ['doc', 'xls', 'ppt'] as const;
/** The kinds `file-type` names by their media type alone. */
const DETECTED_KINDS = ['pdf', ...OOXML_KINDS, 'jpeg', 'png', 'webp'] as const;

// --- Pure pieces ------------------------------------------------------------------------------------

/** Every OOXML package names its parts' types in `[Content_Types].xml`, stored by name in the zip. */
const OOXML_CONTENT_TYPES = Buffer.from('[Content_Types].xml', 'latin1');

function containsBytes(haystack: Uint8Array, needle: Buffer): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(needle);
}

/** Plain text: valid UTF-8 with no NUL byte (UTF-16 and binary files have them). */
export function isPlainText(content: Uint8Array): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the content is, among the kinds kept, or `null` for any other. `detectedMediaType` is what
 * `file-type` read from the bytes. A zip or an OLE compound file is a container: the name's ending
 * tells which Office kind it holds (a zip must also carry an Office package's `[Content_Types].xml`).
 */
export function stepDocumentTypeOf(
  content: Uint8Array,
  detectedMediaType: string | undefined,
  fileName: string,
): StepDocumentType | null {
  const extension = extensionOf(fileName);
  const detected = DETECTED_KINDS.map((kind) => stepDocumentTypes[kind]).find(
    (type) => type.mediaType === detectedMediaType,
  );
  if (detected) return detected;
  if (detectedMediaType === 'application/zip') {
    const kind = OOXML_KINDS.find((candidate) => candidate === extension);
    return kind && containsBytes(content, OOXML_CONTENT_TYPES) ? stepDocumentTypes[kind] : null;
  }
  if (detectedMediaType === 'application/x-cfb') {
    const kind = OLD_OFFICE_KINDS.find((candidate) => candidate === extension);
    return kind ? stepDocumentTypes[kind] : null;
  }
  if (detectedMediaType === undefined && isPlainText(content)) {
    return extension === 'csv' ? stepDocumentTypes.csv : stepDocumentTypes.text;
  }
  return null;
}

/**
 * The uploader's file name, safe to store and to offer for download: its last path part only, no
 * control or reserved characters, no leading dots, at most 200 characters, ending as its type does
 * (the type's ending is added to a name that ends otherwise: `minutes` → `minutes.pdf`).
 */
export function cleanFileName(claimedName: string, type: StepDocumentType): string {
  return safeFileName(claimedName, type.extensions, { maxLength: MAX_STEP_DOCUMENT_NAME_LENGTH });
}

/** The Content-Type a document is served with: text says its character set. */
export function contentTypeOf(mediaType: string): string {
  return mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType;
}

// --- Use cases --------------------------------------------------------------------------------------

/** What the audit trail keeps of a document: its description and a fingerprint, never its content. */
function documentSnapshot(document: StepDocumentRow, content: Uint8Array) {
  return {
    stepId: document.stepId,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

export type StepDocuments = ReturnType<typeof createStepDocuments>;

export function createStepDocuments({ db, clock }: { db: Db; clock: Clock }) {
  async function stepOrFail(executor: Db, stepId: string) {
    const step = await repository.findStep(executor, stepId);
    if (!step) throw new AppError(programmeErrors.step_not_found);
    return step;
  }

  /** The step, for someone who may change it: `not_your_step` for the others. */
  async function editableStep(executor: Db, actor: Actor, stepId: string) {
    const step = await stepOrFail(executor, stepId);
    if (!canEditStep(actor, step)) throw new AppError(programmeErrors.not_your_step);
    return step;
  }

  return {
    /** A step's documents, oldest first. */
    async list(stepId: string): Promise<StepDocumentRow[]> {
      await stepOrFail(db, stepId);
      return repository.listStepDocuments(db, stepId);
    },

    /** Checks the file by its content, then keeps it under the step; audited. */
    async upload(
      context: RequestContext,
      actor: Actor,
      stepId: string,
      file: File,
    ): Promise<StepDocumentRow> {
      await editableStep(db, actor, stepId);
      if (file.size > MAX_STEP_DOCUMENT_BYTES) {
        throw new AppError(programmeErrors.step_document_too_large, [], { max: MAX_STEP_DOCUMENT_SIZE_TEXT });
      }
      const content = new Uint8Array(await file.arrayBuffer());
      const type = stepDocumentTypeOf(content, (await fileTypeFromBuffer(content))?.mime, file.name);
      if (!type) throw new AppError(programmeErrors.step_document_type);

      return db.transaction(async (tx) =>
        createAudited(tx, context, {
          action: 'programme_step_document.create',
          entityType: 'programme_step_document',
          entityId: (document) => document.id,
          snapshot: (document) => documentSnapshot(document, content),
          insert: (inserting) =>
            repository.insertStepDocument(inserting, {
              stepId,
              fileName: cleanFileName(file.name, type),
              mediaType: type.mediaType,
              byteSize: content.byteLength,
              content,
              uploadedBy: actor.userId,
              createdAt: clock.now(),
            }),
        }),
      );
    },

    /** The document with its content. */
    async download(stepId: string, documentId: string) {
      const document = await repository.findStepDocument(db, stepId, documentId);
      if (!document) throw new AppError(programmeErrors.step_document_not_found);
      return document;
    },

    /** Removes a document from the step; the audit trail keeps its description and fingerprint. */
    async remove(context: RequestContext, actor: Actor, stepId: string, documentId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await editableStep(tx, actor, stepId);
        const removed = await repository.deleteStepDocument(tx, stepId, documentId);
        if (!removed) throw new AppError(programmeErrors.step_document_not_found);
        await recordAudit(tx, context, {
          action: 'programme_step_document.delete',
          entityType: 'programme_step_document',
          entityId: documentId,
          before: documentSnapshot(removed, removed.content),
        });
      });
    },
  };
}
