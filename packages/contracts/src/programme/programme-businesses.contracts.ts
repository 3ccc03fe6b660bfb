import { z } from 'zod';

// --- The businesses presenting at a session ---------------------------------------------------------

export const SessionProductSchema = z.object({
  id: z.uuid(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  category: z.string(),
  hsCode: z.string().nullable(),
});

export const SessionBusinessSchema = z.object({
  id: z.uuid(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  exportReadiness: z.string(),
  /** Its contacts may be exchanged with the partner side (PDPA consent given, not withdrawn). */
  hasConsent: z.boolean(),
  isSample: z.boolean(),
});

export const RecommendationSchema = z.object({
  business: SessionBusinessSchema,
  score: z.number(),
  /** The categories and HS chapters the cities asked for that its products are in. */
  matchedCategories: z.array(z.string()),
  matchedHsChapters: z.array(z.string()),
  products: z.array(SessionProductSchema),
  isChosen: z.boolean(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
export const RecommendationListSchema = z.object({
  items: z.array(RecommendationSchema),
  /** False when no city of the session said what it is interested in: the list is by readiness alone. */
  hasInterests: z.boolean(),
});
export type RecommendationList = z.infer<typeof RecommendationListSchema>;

export const SessionEntrepreneurSchema = z.object({
  business: SessionBusinessSchema,
  products: z.array(SessionProductSchema),
  overPlanReason: z.string().nullable(),
});
export type SessionEntrepreneur = z.infer<typeof SessionEntrepreneurSchema>;
export const SessionEntrepreneurListSchema = z.object({
  items: z.array(SessionEntrepreneurSchema),
  planned: z.number().int(),
});
export type SessionEntrepreneurList = z.infer<typeof SessionEntrepreneurListSchema>;

export const AddSessionEntrepreneurInputSchema = z.strictObject({
  entrepreneurId: z.uuid(),
  productIds: z.array(z.uuid()).min(1).max(20),
  /** Required beyond the number of entrepreneurs the year plans per session. */
  overPlanReason: z.string().trim().min(1).max(1000).optional(),
});
export type AddSessionEntrepreneurInput = z.infer<typeof AddSessionEntrepreneurInputSchema>;
export const SessionEntrepreneurParamsSchema = z.object({ id: z.uuid(), entrepreneurId: z.uuid() });
