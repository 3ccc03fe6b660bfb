/**
 * The certificate of an outside course (decision 0058): a PDF or an image (JPEG, PNG, WebP), judged
 * by its content and never by its name, of at most 10 MB; one a record, a new one replacing the old.
 * Whoever may correct the record uploads it; its officer and the readers of the records download it.
 * The audit trail keeps the file's description and SHA-256, never its content.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_TRAINING_CERTIFICATE_BYTES, type trainingCertificateMediaTypes } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import { AppError } from '../../../shared/errors.ts';
import { safeFileName } from '../../../shared/file-names.ts';
import { updateAudited } from '../../audit/index.ts';
import { trainingErrors } from './training.errors.ts';
import * as repository from './training.repository.ts';
import type { TrainingService } from './training.service.ts';
import { canEditRecord } from './training.service.ts';

const extensions: Record<(typeof trainingCertificateMediaTypes)[number], string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

export const certificateTooLarge = () =>
  new AppError(trainingErrors.certificate_too_large, [], {
    max: `${MAX_TRAINING_CERTIFICATE_BYTES / 1024 / 1024} MB`,
  });

function isCertificateType(type: string | undefined): type is keyof typeof extensions {
  return type !== undefined && type in extensions;
}

export type TrainingCertificates = ReturnType<typeof createTrainingCertificates>;

export function createTrainingCertificates({
  db,
  clock,
  training,
}: {
  db: Db;
  clock: Clock;
  training: TrainingService;
}) {
  return {
    async upload(context: RequestContext, actor: Actor, recordId: string, file: File) {
      const record = await training.readableRecord(actor, recordId);
      if (!canEditRecord(actor, record)) throw new AppError(trainingErrors.not_yours);
      if (record.source !== 'outside') throw new AppError(trainingErrors.event_record);
      if (file.size > MAX_TRAINING_CERTIFICATE_BYTES) throw certificateTooLarge();
      const content = new Uint8Array(await file.arrayBuffer());
      const mediaType = (await fileTypeFromBuffer(content))?.mime;
      if (!isCertificateType(mediaType)) throw new AppError(trainingErrors.certificate_type);
      const fileName = safeFileName(file.name, extensions[mediaType], { maxLength: 200 });
      const sha256 = createHash('sha256').update(content).digest('hex');
      return db.transaction(async (tx) => {
        await updateAudited(tx, context, {
          action: 'training_record.certificate',
          entityType: 'training_record',
          entityId: record.id,
          snapshot: (row: repository.TrainingRecordRow) => ({
            id: row.id,
            certificate: { fileName, mediaType, byteSize: content.byteLength, sha256 },
          }),
          lock: async (locking) => {
            const row = await repository.findRecord(locking, record.id, true);
            if (!row) throw new AppError(trainingErrors.record_not_found);
            return row;
          },
          write: (writing) => repository.updateRecord(writing, record.id, {}, clock.now()),
        });
        const saved = await repository.saveCertificate(tx, {
          recordId: record.id,
          fileName,
          mediaType,
          byteSize: content.byteLength,
          content,
          uploadedBy: actor.userId,
          uploadedAt: clock.now(),
        });
        return { record: (await repository.findRecord(tx, record.id)) ?? record, certificate: saved };
      });
    },

    async download(actor: Actor, recordId: string) {
      const record = await training.readableRecord(actor, recordId);
      const certificate = await repository.findCertificate(db, record.id);
      if (!certificate) throw new AppError(trainingErrors.certificate_not_found);
      return certificate;
    },
  };
}
