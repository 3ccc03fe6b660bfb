/**
 * An event's printed documents (issue 16): the certificate of attendance of one who attended, and the
 * event's summary report, in Thai (the default) or English.
 */
import { z } from 'zod';

export const learningDocumentLanguages = ['th', 'en'] as const;

export const LearningCertificateQuerySchema = z.object({
  lang: z.enum(learningDocumentLanguages).default('th'),
  /** A manager's copy of someone else's certificate; without it, the reader's own. */
  userId: z.uuid().optional(),
});
export type LearningCertificateQuery = z.infer<typeof LearningCertificateQuerySchema>;

export const LearningEventReportQuerySchema = z.object({
  lang: z.enum(learningDocumentLanguages).default('th'),
});
