/**
 * The evidence of a deal's entries (the agreement, an order form, a shipping document, an e-mail),
 * kept as the programme's step documents are: what a file is comes from its content, never from its
 * name (PDF, Word, Excel, PowerPoint, JPEG, PNG, WebP, plain text or CSV), at most 20 MB. Whoever may
 * read the deal downloads them; whoever may record it attaches and removes them — never on an entry
 * an amendment replaced, and never removing the evidence of an entry of a closed follow-up round.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_DEAL_DOCUMENT_BYTES } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createAudited, recordAudit } from '../audit/index.ts';
import { cleanFileName, contentTypeOf, stepDocumentTypeOf } from '../programme/index.ts';
import { editableDeal, entryOf, visibleDeal } from './deals.access.ts';
import * as repository from './deals.repository.ts';
import type { DocumentRow } from './deals.repository.ts';
import { outcomesErrors } from './outcomes.errors.ts';

/** What the limit reads in messages, in every language. */
export const MAX_DEAL_DOCUMENT_SIZE_TEXT = `${MAX_DEAL_DOCUMENT_BYTES / 1024 / 1024} MB`;

export const tooLarge = () =>
  new AppError(outcomesErrors.document_too_large, [], { max: MAX_DEAL_DOCUMENT_SIZE_TEXT });

/** What the audit trail keeps of a document: its description and a fingerprint, never its content. */
function documentSnapshot(document: DocumentRow, content: Uint8Array) {
  return {
    entryId: document.entryId,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

export type DealDocuments = ReturnType<typeof createDealDocuments>;

export function createDealDocuments({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** Checks the file by its content, then keeps it as evidence of the entry; audited under the deal. */
    async upload(
      context: RequestContext,
      actor: Actor,
      dealId: string,
      entryId: string,
      file: File,
    ): Promise<DocumentRow> {
      await editableDeal(db, actor, dealId);
      const entry = await entryOf(db, dealId, entryId);
      if (entry.supersededAt) throw new AppError(outcomesErrors.entry_superseded);
      if (file.size > MAX_DEAL_DOCUMENT_BYTES) throw tooLarge();
      const content = new Uint8Array(await file.arrayBuffer());
      const type = stepDocumentTypeOf(content, (await fileTypeFromBuffer(content))?.mime, file.name);
      if (!type) throw new AppError(outcomesErrors.document_type);

      return db.transaction(async (tx) => {
        // Held while the document is added: the entry cannot be amended or removed meanwhile.
        await editableDeal(tx, actor, dealId);
        const current = await entryOf(tx, dealId, entryId, { forUpdate: true });
        if (current.supersededAt) throw new AppError(outcomesErrors.entry_superseded);
        return createAudited(tx, context, {
          action: 'deal_document.create',
          entityType: 'deal',
          entityId: () => dealId,
          snapshot: (document) => documentSnapshot(document, content),
          insert: (inserting) =>
            repository.insertDocument(inserting, {
              entryId,
              fileName: cleanFileName(file.name, type),
              mediaType: type.mediaType,
              byteSize: content.byteLength,
              content,
              uploadedBy: actor.userId,
              createdAt: clock.now(),
            }),
        });
      });
    },

    /** The document with its content, for a reader of the deal. */
    async download(actor: Actor, dealId: string, entryId: string, documentId: string) {
      await visibleDeal(db, actor, dealId);
      await entryOf(db, dealId, entryId);
      const document = await repository.findDocument(db, entryId, documentId);
      if (!document) throw new AppError(outcomesErrors.document_not_found);
      return { ...document, mediaType: contentTypeOf(document.mediaType) };
    },

    /** Removes a document attached by mistake; the audit trail keeps its description and fingerprint. */
    async remove(
      context: RequestContext,
      actor: Actor,
      dealId: string,
      entryId: string,
      documentId: string,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await editableDeal(tx, actor, dealId);
        const entry = await entryOf(tx, dealId, entryId, { forUpdate: true });
        if (entry.supersededAt) throw new AppError(outcomesErrors.entry_superseded);
        if (await repository.closedRoundOf(tx, entry))
          throw new AppError(outcomesErrors.entry_in_closed_round);
        const removed = await repository.deleteDocument(tx, entryId, documentId);
        if (!removed) throw new AppError(outcomesErrors.document_not_found);
        await recordAudit(tx, context, {
          action: 'deal_document.delete',
          entityType: 'deal',
          entityId: dealId,
          before: documentSnapshot(removed, removed.content),
        });
      });
    },
  };
}
