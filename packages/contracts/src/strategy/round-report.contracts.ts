/**
 * The annual monitoring report of a progress round (issue 15, decision 0049): the units' reports of a
 * round consolidated into the document executives read, as DOCX or PDF, in Thai or English.
 */
import { z } from 'zod';

export const strategyReportLanguages = ['th', 'en'] as const;

/** The report's language: Thai (the official one, by default) or English. */
export const StrategyRoundReportQuerySchema = z.object({
  lang: z.enum(strategyReportLanguages).default('th'),
});
export type StrategyRoundReportQuery = z.infer<typeof StrategyRoundReportQuerySchema>;
