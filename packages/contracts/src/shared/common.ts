import { z } from 'zod';

/** An ISO calendar date, YYYY-MM-DD, with no time zone. */
export const IsoDateSchema = z.iso.date();
/** A moment in time as an ISO 8601 string in UTC. */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const EmailSchema = z.string().trim().max(254).pipe(z.email());

/** Digits, spaces and + - ( ), then optionally an extension: `02 224 1234 ต่อ 5`, `+66 2 224 1234 ext. 12`. */
export const PHONE_PATTERN = /^(?=[^\d]*\d)[0-9+()\-\s]{6,30}?(?:\s*(?:ต่อ|ext\.?|x|#)\s*\d{1,6})?$/iu;

export const PhoneSchema = z.string().trim().regex(PHONE_PATTERN, { message: 'errors:field.invalid_phone' });

/** A `tel:` address (RFC 3966) for a phone number as people write it, keeping its extension. */
export function telHref(phone: string): string {
  const [number = '', extension] = phone.split(/\s*(?:ต่อ|ext\.?|x|#)\s*/iu);
  const digits = number.replace(/[^0-9+]/g, '');
  return extension ? `tel:${digits};ext=${extension.replace(/\D/g, '')}` : `tel:${digits}`;
}

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

/** What importing a spreadsheet would do (or did), row by row: the answer of every import's preview and apply. */
export function importPreviewOf<K extends z.ZodType>(kind: K) {
  return z.object({
    kind,
    fileName: z.string(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(['create', 'update', 'unchanged', 'reject']),
        key: z.string().nullable(),
        label: z.string().nullable(),
        problems: z.array(z.object({ column: z.string().nullable(), code: z.string(), message: z.string() })),
      }),
    ),
    counts: z.object({
      create: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
      reject: z.number().int(),
    }),
    /** Present the same token to apply exactly what was previewed. */
    token: z.string(),
  });
}
