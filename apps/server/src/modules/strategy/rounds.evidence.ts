/**
 * The files a unit uploads as evidence of its report on a round item (issue 15, decision 0047), kept
 * as deal documents are: what a file is comes from its content, never from its name (PDF, Word,
 * Excel, PowerPoint, JPEG, PNG, WebP, plain text or CSV), at most 20 MB, at most 20 a report. The
 * unit that reports (the same rule as saving the report) uploads and removes them while the report is
 * editable — a draft or returned in an open round; in an approved round only during an amendment —
 * and only once the report has been saved. Whoever may read the item downloads them.
 *
 * Every change is audited under the round (`strategy_round`), with the file's description and
 * SHA-256, never its content.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import {
  isEvidenceEditable,
  MAX_STRATEGY_EVIDENCE_BYTES,
  MAX_STRATEGY_EVIDENCE_FILES,
  type StrategySubmissionStatus,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createAudited, removeAudited } from '../audit/index.ts';
import { cleanFileName, contentTypeOf, stepDocumentTypeOf } from '../programme/index.ts';
import { strategyRoundErrors } from './rounds.errors.ts';
import { strategyEvidenceErrors } from './rounds.evidence.errors.ts';
import * as evidenceRepository from './rounds.evidence.repository.ts';
import type { EvidenceFileRow } from './rounds.evidence.repository.ts';
import * as repository from './rounds.repository.ts';
import type { RoundItemRow, StrategyRoundRow, SubmissionRow } from './rounds.repository.ts';
import { checkReporter } from './rounds.service.ts';

/** What the limit reads in messages, in every language. */
export const MAX_STRATEGY_EVIDENCE_SIZE_TEXT = `${MAX_STRATEGY_EVIDENCE_BYTES / 1024 / 1024} MB`;

export const evidenceTooLarge = () =>
  new AppError(strategyEvidenceErrors.evidence_too_large, [], { max: MAX_STRATEGY_EVIDENCE_SIZE_TEXT });

/** What the audit trail keeps of a file: its report, its description and a fingerprint, never its content. */
function fileSnapshot(item: RoundItemRow, unitCode: string, file: EvidenceFileRow, content: Uint8Array) {
  return {
    itemCode: item.itemCode,
    unitCode,
    submissionId: file.submissionId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    byteSize: file.byteSize,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/**
 * Refuses a change to the evidence of a report not saved yet, or not editable now: submitted or
 * accepted in an open round; in an approved round, anything but an amendment awaiting review.
 */
function assertEditable(round: StrategyRoundRow, submission: SubmissionRow | undefined): SubmissionRow {
  if (!submission) throw new AppError(strategyEvidenceErrors.evidence_save_first);
  const editable = isEvidenceEditable(round.status === 'open' ? 'open' : 'approved', {
    status: submission.status as StrategySubmissionStatus,
    isAmendment: submission.isAmendment,
  });
  if (editable) return submission;
  throw new AppError(
    round.status === 'open'
      ? strategyEvidenceErrors.evidence_not_editable
      : strategyEvidenceErrors.evidence_round_frozen,
  );
}

export type StrategyEvidence = ReturnType<typeof createStrategyEvidence>;

export function createStrategyEvidence({ db, clock }: { db: Db; clock: Clock }) {
  async function itemOrFail(id: string): Promise<RoundItemRow> {
    const item = await repository.findItem(db, id);
    if (!item) throw new AppError(strategyRoundErrors.item_not_found);
    return item;
  }

  /**
   * The unit's report, checked editable, in the transaction: the round is locked against approval
   * and the report against a review while its evidence changes.
   */
  async function editableSubmission(tx: Db, item: RoundItemRow, unitCode: string): Promise<SubmissionRow> {
    const round = await repository.findRound(tx, item.roundId, { lock: 'update' });
    if (!round) throw new AppError(strategyRoundErrors.round_not_found);
    const submission = await repository.findSubmission(tx, item.id, unitCode, { lock: 'update' });
    return assertEditable(round, submission);
  }

  /** The same check before the file is read, so a refused upload is told without reading 20 MB. */
  async function checkEditable(item: RoundItemRow, unitCode: string): Promise<void> {
    const round = await repository.findRound(db, item.roundId);
    if (!round) throw new AppError(strategyRoundErrors.round_not_found);
    assertEditable(round, await repository.findSubmission(db, item.id, unitCode));
  }

  return {
    /** Checks the file by its content, then keeps it as evidence of the unit's report. */
    async upload(
      context: RequestContext,
      actor: Actor,
      itemId: string,
      unitCode: string,
      file: File,
    ): Promise<EvidenceFileRow> {
      const item = await itemOrFail(itemId);
      checkReporter(actor, item, unitCode);
      await checkEditable(item, unitCode);
      if (file.size > MAX_STRATEGY_EVIDENCE_BYTES) throw evidenceTooLarge();
      const content = new Uint8Array(await file.arrayBuffer());
      const type = stepDocumentTypeOf(content, (await fileTypeFromBuffer(content))?.mime, file.name);
      if (!type) throw new AppError(strategyEvidenceErrors.evidence_type);

      return db.transaction(async (tx) => {
        const submission = await editableSubmission(tx, item, unitCode);
        if ((await evidenceRepository.countFiles(tx, submission.id)) >= MAX_STRATEGY_EVIDENCE_FILES)
          throw new AppError(strategyEvidenceErrors.evidence_too_many, [], {
            max: MAX_STRATEGY_EVIDENCE_FILES,
          });
        return createAudited(tx, context, {
          action: 'strategy_evidence.add',
          entityType: 'strategy_round',
          entityId: () => item.roundId,
          snapshot: (row: EvidenceFileRow) => fileSnapshot(item, unitCode, row, content),
          insert: (inserting) =>
            evidenceRepository.insertFile(inserting, {
              submissionId: submission.id,
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

    /** The file with its content, for whoever may read the item. */
    async download(itemId: string, unitCode: string, fileId: string) {
      const item = await itemOrFail(itemId);
      const submission = await repository.findSubmission(db, item.id, unitCode);
      const file = submission ? await evidenceRepository.findFile(db, submission.id, fileId) : undefined;
      if (!file) throw new AppError(strategyEvidenceErrors.evidence_not_found);
      return { ...file, mediaType: contentTypeOf(file.mediaType) };
    },

    /** Removes a file uploaded by mistake; the audit trail keeps its description and fingerprint. */
    async remove(
      context: RequestContext,
      actor: Actor,
      itemId: string,
      unitCode: string,
      fileId: string,
    ): Promise<void> {
      const item = await itemOrFail(itemId);
      checkReporter(actor, item, unitCode);
      await db.transaction(async (tx) => {
        const submission = await editableSubmission(tx, item, unitCode);
        await removeAudited(tx, context, {
          action: 'strategy_evidence.remove',
          entityType: 'strategy_round',
          entityId: item.roundId,
          lock: async (locking) => {
            const file = await evidenceRepository.findFile(locking, submission.id, fileId, {
              lock: 'update',
            });
            if (!file) throw new AppError(strategyEvidenceErrors.evidence_not_found);
            return file;
          },
          snapshot: (file) => fileSnapshot(item, unitCode, file, file.content),
          remove: (removing, file) => evidenceRepository.deleteFile(removing, file.id),
        });
      });
    },
  };
}
