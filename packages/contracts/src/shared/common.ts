import { z } from 'zod';

/** An ISO calendar date, YYYY-MM-DD, with no time zone. */
export const IsoDateSchema = z.iso.date();
/** A moment in time as an ISO 8601 string in UTC. */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const EmailSchema = z.string().trim().max(254).pipe(z.email());

/** Pagination of list answers. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Text stored per language; Thai is required (PRODUCT.md: content fields per language with fallback). */
export const LocalizedTextSchema = z.object({
  th: z.string(),
  en: z.string().optional(),
  ja: z.string().optional(),
  ko: z.string().optional(),
  zh: z.string().optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
