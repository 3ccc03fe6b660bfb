/**
 * The files attached to a request (PDF, Word, Excel, PowerPoint, images, text), judged by their
 * content as a report's evidence files are, at most 20 MB and 20 a request, kept in the database.
 * Those taking part in the request attach them; whoever may read it downloads them. Each is audited
 * under the request with its description and SHA-256, never its content.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_COORDINATION_FILE_BYTES, MAX_COORDINATION_FILES } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createAudited } from '../audit/index.ts';
import { cleanFileName, contentTypeOf, stepDocumentTypeOf } from '../programme/index.ts';
import { coordinationErrors } from './coordination.errors.ts';
import * as repository from './coordination.repository.ts';
import type { FileRow } from './coordination.repository.ts';
import type { CoordinationService } from './coordination.service.ts';

/** What the limit reads in messages, in every language. */
export const MAX_COORDINATION_FILE_SIZE_TEXT = `${MAX_COORDINATION_FILE_BYTES / 1024 / 1024} MB`;

export const fileTooLarge = () =>
  new AppError(coordinationErrors.file_too_large, [], { max: MAX_COORDINATION_FILE_SIZE_TEXT });

export type CoordinationFiles = ReturnType<typeof createCoordinationFiles>;

export function createCoordinationFiles({
  db,
  clock,
  service,
}: {
  db: Db;
  clock: Clock;
  service: CoordinationService;
}) {
  return {
    /** Checks the file by its content, then keeps it with the request. */
    async upload(context: RequestContext, actor: Actor, requestId: string, file: File): Promise<FileRow> {
      const { access } = await service.readable(actor, requestId);
      if (!access.isParty) throw new AppError(coordinationErrors.not_your_request);
      if (file.size > MAX_COORDINATION_FILE_BYTES) throw fileTooLarge();
      const content = new Uint8Array(await file.arrayBuffer());
      const type = stepDocumentTypeOf(content, (await fileTypeFromBuffer(content))?.mime, file.name);
      if (!type) throw new AppError(coordinationErrors.file_type);
      return db.transaction(async (tx) => {
        await repository.findRequest(tx, requestId, { lock: 'update' });
        if ((await repository.countFiles(tx, requestId)) >= MAX_COORDINATION_FILES)
          throw new AppError(coordinationErrors.too_many_files, [], { max: MAX_COORDINATION_FILES });
        return createAudited(tx, context, {
          action: 'coordination_file.add',
          entityType: 'coordination_request',
          entityId: () => requestId,
          snapshot: (row: FileRow) => ({
            fileName: row.fileName,
            mediaType: row.mediaType,
            byteSize: row.byteSize,
            sha256: createHash('sha256').update(content).digest('hex'),
          }),
          insert: (inserting) =>
            repository.insertFile(inserting, {
              requestId,
              fileName: cleanFileName(file.name, type),
              mediaType: type.mediaType,
              byteSize: content.byteLength,
              content,
              uploadedBy: actor.userId,
              uploadedAt: clock.now(),
            }),
        });
      });
    },

    /** The file with its content, for whoever may read the request. */
    async download(actor: Actor, requestId: string, fileId: string) {
      await service.readable(actor, requestId);
      const file = await repository.findFile(db, requestId, fileId);
      if (!file) throw new AppError(coordinationErrors.file_not_found);
      return { ...file, mediaType: contentTypeOf(file.mediaType) };
    },
  };
}
