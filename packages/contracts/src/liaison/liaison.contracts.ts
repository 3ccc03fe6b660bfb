import { z } from 'zod';
import { EmailSchema, IsoDateSchema, PhoneSchema, TimestampSchema } from '../shared/common.ts';
import { isIsoLanguageCode } from './language-codes.ts';

export { isoLanguageCodes, isIsoLanguageCode } from './language-codes.ts';

export const unitKinds = ['department', 'office', 'district'] as const;
export const UnitKindSchema = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** BMA agency code (8 digits) for departments and offices; DOPA geocode (4 digits, 1001–1050) for districts. */
export const UnitCodeSchema = z.string().regex(/^(\d{8}|10\d{2})$/);

/** The path parameter naming one unit. */
export const UnitCodeParamsSchema = z.object({ code: UnitCodeSchema });

/** Languages a liaison officer works in, as ISO 639-1 codes (`en`, `zh`; upper case is accepted). */
export const LanguageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isIsoLanguageCode, { message: 'liaison:errors.invalid_language' })
  .describe('An ISO 639-1 language code');

export const UnitSummarySchema = z.object({
  code: z.string(),
  kind: UnitKindSchema,
  nameTh: z.string(),
  /** Null when no source gave an English name: the interface shows the Thai name and says so. */
  nameEn: z.string().nullable(),
  parentCode: z.string().nullable(),
  liaisonCount: z.number().int(),
  /** Every liaison officer of the unit is a sample record (demo mode). */
  isCoveredBySampleOnly: z.boolean(),
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const LiaisonOfficerSchema = z.object({
  id: z.uuid(),
  unitCode: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
  since: IsoDateSchema.nullable(),
  isSample: z.boolean(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type LiaisonOfficer = z.infer<typeof LiaisonOfficerSchema>;

export const UnitDetailSchema = UnitSummarySchema.extend({
  nameThSource: z.string().nullable(),
  nameEnSource: z.string().nullable(),
  sourceNotes: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
  officers: z.array(LiaisonOfficerSchema),
  /** Whether the viewer may add, change or remove this unit's liaison officers. */
  canEditLiaison: z.boolean(),
  canEditUnit: z.boolean(),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const UnitListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: UnitKindSchema.optional(),
  coverage: z.enum(['covered', 'uncovered', 'all']).default('all'),
});
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

export const UnitListSchema = z.object({ items: z.array(UnitSummarySchema) });

export const UpdateUnitInputSchema = z.strictObject({
  version: z.number().int().min(1),
  nameEn: z.string().trim().min(1).max(300).nullable().optional(),
  /**
   * Where the English name comes from. When `nameEn` changes and this is not sent, the old source is
   * cleared: it no longer describes the name (the audit trail keeps who changed it).
   */
  nameEnSource: z.string().trim().max(500).nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type UpdateUnitInput = z.infer<typeof UpdateUnitInputSchema>;

const OfficerFieldsSchema = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).nullable().optional(),
  email: EmailSchema.nullable().optional(),
  phone: PhoneSchema.nullable().optional(),
  languages: z.array(LanguageCodeSchema).max(20).optional(),
  since: IsoDateSchema.nullable().optional(),
});

export const CreateLiaisonOfficerInputSchema = OfficerFieldsSchema;
export type CreateLiaisonOfficerInput = z.infer<typeof CreateLiaisonOfficerInputSchema>;

/** Only the fields sent are changed; `version` is the one the editor saw. */
export const UpdateLiaisonOfficerInputSchema = OfficerFieldsSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdateLiaisonOfficerInput = z.infer<typeof UpdateLiaisonOfficerInputSchema>;

/** The path parameter naming one liaison officer. */
export const LiaisonOfficerParamsSchema = z.object({ id: z.uuid() });

/** Removing a liaison officer names the version the remover saw: `?version=3`. */
export const DeleteLiaisonOfficerQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const CoverageSchema = z.object({
  totals: z.object({
    units: z.number().int(),
    covered: z.number().int(),
    uncovered: z.number().int(),
    /** Units whose only liaison officers are sample records (demo mode). */
    coveredBySampleOnly: z.number().int(),
  }),
  byKind: z.array(z.object({ kind: UnitKindSchema, units: z.number().int(), covered: z.number().int() })),
  uncovered: z.array(UnitSummarySchema),
  covered: z.array(UnitSummarySchema),
});
export type Coverage = z.infer<typeof CoverageSchema>;
