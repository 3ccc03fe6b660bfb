/**
 * The archive dialog's value as typed, and its schema: the contract's own
 * `ArchiveEntrepreneurInputSchema` (the version is the business's, added when sent), so the browser
 * checks what the server checks.
 */
import { z } from 'zod';
import { ArchiveEntrepreneurInputSchema } from '@bia/contracts';

export interface ArchiveFormValues {
  /** Why the business is archived; nothing when left empty. */
  reason: string;
}

export const archiveFormFields = ['reason'] as const satisfies readonly (keyof ArchiveFormValues)[];

export const archiveFormSchema = z
  .custom<ArchiveFormValues>()
  .transform(({ reason }): { reason?: string | null | undefined } => (reason.trim() ? { reason } : {}))
  .pipe(ArchiveEntrepreneurInputSchema.omit({ version: true }));
