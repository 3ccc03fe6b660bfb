/**
 * The business form's values as typed, and its schema: the values mapped onto the business input and
 * checked by the contract's own `EntrepreneurInputSchema`, so the browser checks what the server checks.
 */
import { z } from 'zod';
import {
  EntrepreneurInputSchema,
  type EntrepreneurDetail,
  type EntrepreneurInput,
  type ExportExperience,
  type ExportReadiness,
  type LegalForm,
} from '@bia/contracts';
import { textOrNull } from '../../../lib/form-values.ts';
import { localizedInput, localizedValues, type LocalizedValues } from './localized-values.ts';

export interface BusinessFormValues {
  name: LocalizedValues;
  ownerName: string;
  legalForm: LegalForm;
  registrationNumber: string;
  districtCode: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  lineId: string;
  languages: string[];
  exportExperience: ExportExperience;
  exportReadiness: ExportReadiness;
  productionCapacity: string;
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const businessFormFields = [
  'name.th',
  'name.en',
  'name.ja',
  'name.ko',
  'name.zh',
  'ownerName',
  'legalForm',
  'registrationNumber',
  'districtCode',
  'address',
  'email',
  'phone',
  'website',
  'lineId',
  'languages',
  'exportExperience',
  'exportReadiness',
  'productionCapacity',
] as const;

export function businessFormValuesOf(business: EntrepreneurDetail | undefined): BusinessFormValues {
  return {
    name: localizedValues(business?.name),
    ownerName: business?.ownerName ?? '',
    legalForm: business?.legalForm ?? 'individual',
    registrationNumber: business?.registrationNumber ?? '',
    districtCode: business?.districtCode ?? '',
    address: business?.address ?? '',
    email: business?.email ?? '',
    phone: business?.phone ?? '',
    website: business?.website ?? '',
    lineId: business?.lineId ?? '',
    languages: business?.languages ?? ['th'],
    exportExperience: business?.exportExperience ?? 'none',
    exportReadiness: business?.exportReadiness ?? 'not_ready',
    productionCapacity: business?.productionCapacity ?? '',
  };
}

/** The values as the API takes them: trimmed text, null for an empty field. */
export function businessInputOf(values: BusinessFormValues): EntrepreneurInput {
  return {
    name: localizedInput(values.name),
    ownerName: values.ownerName.trim(),
    legalForm: values.legalForm,
    registrationNumber: textOrNull(values.registrationNumber),
    districtCode: values.districtCode,
    address: textOrNull(values.address),
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
    website: textOrNull(values.website),
    lineId: textOrNull(values.lineId),
    languages: values.languages,
    exportExperience: values.exportExperience,
    exportReadiness: values.exportReadiness,
    productionCapacity: textOrNull(values.productionCapacity),
  };
}

/** The form schema: every field as typed, then the contract's schema over the mapped input. */
export const businessFormSchema = z
  .custom<BusinessFormValues>()
  .transform(businessInputOf)
  .pipe(EntrepreneurInputSchema);
