/**
 * The partner settings' forms, their values as typed and their schemas: the values mapped onto the
 * contracts' inputs (`UpdatePartnerSettingsInputSchema`, `CooperationFieldInputSchema`) and checked by
 * them, so the browser checks what the server checks.
 */
import { z } from 'zod';
import { CooperationFieldInputSchema, UpdatePartnerSettingsInputSchema } from '@bia/contracts';
import type { PartnerSettings } from '../api/partner-settings.ts';

export interface DormantPeriodFormValues {
  /** The number of months as typed. */
  dormantAfterMonths: string;
}

export function dormantPeriodValuesOf(settings: PartnerSettings): DormantPeriodFormValues {
  return { dormantAfterMonths: String(settings.dormantAfterMonths) };
}

/** The months: asked for when empty, then a whole number in the contract's range. */
export const dormantPeriodFormSchema = z.object({
  dormantAfterMonths: z
    .string()
    .trim()
    .min(1)
    .transform(Number)
    .pipe(UpdatePartnerSettingsInputSchema.shape.dormantAfterMonths),
});

export interface CooperationFieldFormValues {
  code: string;
  nameTh: string;
  nameEn: string;
}

export const cooperationFieldFormFields = ['code', 'nameTh', 'nameEn'] as const;

export const emptyCooperationField: CooperationFieldFormValues = { code: '', nameTh: '', nameEn: '' };

/** The code and the names trimmed, then the contract's rules (the code's pattern among them). */
export const cooperationFieldFormSchema = z
  .object({ code: z.string(), nameTh: z.string(), nameEn: z.string() })
  .transform((values) => ({
    code: values.code.trim(),
    nameTh: values.nameTh.trim(),
    nameEn: values.nameEn.trim(),
  }))
  .pipe(CooperationFieldInputSchema);
