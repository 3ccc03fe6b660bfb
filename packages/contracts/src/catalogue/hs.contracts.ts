/**
 * The Harmonized System nomenclature (HS) that products are classified in: chapters (2 digits),
 * headings (4) and subheadings (6). Codes are language-neutral; descriptions are English (WCO/UN),
 * and the headings Bangkok Brand products use have the office's Thai keywords beside them.
 */
import { z } from 'zod';

export const hsLevels = [2, 4, 6] as const;

export const HsCodeSchema = z.object({
  code: z.string().regex(/^\d{2}(\d{2}){0,2}$/),
  level: z.union([z.literal(2), z.literal(4), z.literal(6)]),
  parentCode: z.string().nullable(),
  section: z.string().nullable(),
  sectionName: z.string().nullable(),
  description: z.string(),
  /**
   * The International Affairs Office's everyday Thai words for the code, or for the heading or chapter
   * above it (not the Customs Department's official Thai text); empty when it has none.
   */
  keywordsTh: z.array(z.string()),
});
export type HsCode = z.infer<typeof HsCodeSchema>;

export const HS_SEARCH_LIMIT_MAX = 50;

export const HsSearchQuerySchema = z.object({
  /**
   * Digits find codes that start with them; words (Thai or English) find the codes whose description
   * or keywords hold every word.
   */
  q: z.string().trim().min(1).max(100),
  level: z.coerce
    .number()
    .int()
    .refine((value) => value === 2 || value === 4 || value === 6)
    .optional(),
  limit: z.coerce.number().int().min(1).max(HS_SEARCH_LIMIT_MAX).default(20),
});
export type HsSearchQuery = z.infer<typeof HsSearchQuerySchema>;

export const HsSearchResultSchema = z.object({ items: z.array(HsCodeSchema) });
export type HsSearchResult = z.infer<typeof HsSearchResultSchema>;
