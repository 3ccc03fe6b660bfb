import { z } from 'zod';
import { TimestampSchema } from '../shared/common.ts';

/**
 * The documents attached to a step of a year's trade programme: the Governor's approval, the
 * Permanent Secretary's order, minutes, reports. Uploaded as multipart/form-data (field `file`).
 */

/** The largest document accepted: 20 MB. */
export const MAX_STEP_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** The longest file name kept, in characters. */
export const MAX_STEP_DOCUMENT_NAME_LENGTH = 200;

export const StepDocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() });

export const StepDocumentSchema = z.object({
  id: z.uuid(),
  /** The name the uploader gave it, without folders or control characters. */
  fileName: z.string(),
  /** What the content is, judged from its bytes when it was uploaded. */
  mediaType: z.string(),
  byteSize: z.number().int(),
  uploadedAt: TimestampSchema,
});
export type StepDocument = z.infer<typeof StepDocumentSchema>;

export const StepDocumentListSchema = z.object({ items: z.array(StepDocumentSchema) });
export type StepDocumentList = z.infer<typeof StepDocumentListSchema>;
