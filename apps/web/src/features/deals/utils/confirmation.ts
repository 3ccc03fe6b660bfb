/**
 * Which entries wait for the buyer's word, and the buyer's "not right" note as the form holds it,
 * checked by the contract's own schema (the note required with "not right", at most its length).
 */
import { z } from 'zod';
import {
  AccountConfirmationInputSchema,
  entryNeedsBuyerConfirmation,
  isConfirmableKind,
  type DealEntry,
} from '@bia/contracts';

/**
 * An entry the buyer may be asked about, or answer: an order, a repeat order or an agreement,
 * current (not amended) and not confirmed yet — what the server's routes accept.
 */
export function awaitsBuyer(entry: DealEntry): boolean {
  return (
    isConfirmableKind(entry.kind) &&
    entryNeedsBuyerConfirmation(entry) &&
    entry.supersededAt === null &&
    entry.buyerConfirmedAt === null
  );
}

export interface DisputeNoteValues {
  note: string;
}

export const emptyDisputeNote: DisputeNoteValues = { note: '' };

/**
 * The version the form's check is made with: any valid one. The version sent is the entry's as the
 * page holds it when the note is sent (after a reload, the latest), never one kept in the form.
 */
const CHECKED_VERSION = 1;

/** "Not right", with its note, as the contract checks the buyer's answer. */
export const disputeNoteSchema = z
  .object({ note: z.string() })
  .transform(({ note }): z.input<typeof AccountConfirmationInputSchema> => ({
    answer: 'dispute',
    note,
    version: CHECKED_VERSION,
  }))
  .pipe(AccountConfirmationInputSchema);
