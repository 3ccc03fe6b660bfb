/**
 * The partner form's values as typed (text boxes hold strings, a Thai reader types a Buddhist-era
 * year) and the form schema: the few checks only the browser can make (a word in a number box, the
 * year in the reader's era), then the values mapped onto the partner input and checked by the
 * contract's own `PartnerInputSchema`, so the browser checks what the server checks.
 */
import { z } from 'zod';
import {
  DEFAULT_VERIFICATION,
  PartnerInputSchema,
  PartnerKindSchema,
  VerificationSchema,
  type PartnerDetail,
  type PartnerInput,
} from '@bia/contracts';
import { decimalOrNull, textOrNull } from '../../../lib/form-values.ts';
import { requireSourceWhenConfirmed, sourcesOfText, sourcesTextSchema, textOfSources } from './sources.ts';

/** Thai readers count years in the Buddhist era. */
export const BUDDHIST_ERA_OFFSET = 543;
/** The years the contract accepts for `memberSinceYear` (Common era). */
const MEMBER_YEAR_RANGE = { min: 1900, max: 2200 } as const;

export interface PartnerFormValues {
  kind: PartnerInput['kind'];
  nameTh: string;
  nameEn: string;
  nameLocal: string;
  nameLocalLang: string;
  acronym: string;
  countryCode: string;
  regionCode: string;
  timeZone: string;
  latitude: string;
  longitude: string;
  website: string;
  membershipStatus: string;
  /** As typed: a Buddhist-era year in Thai, a Common-era year in English. */
  memberSinceYear: string;
  verification: NonNullable<PartnerInput['verification']>;
  /** One source per line: a web address (and a note), or a citation. */
  sources: string;
  notes: string;
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const partnerFormFields = [
  'kind',
  'nameTh',
  'nameEn',
  'nameLocal',
  'nameLocalLang',
  'acronym',
  'countryCode',
  'regionCode',
  'timeZone',
  'latitude',
  'longitude',
  'website',
  'membershipStatus',
  'memberSinceYear',
  'verification',
  'sources',
  'notes',
] as const satisfies readonly (keyof PartnerFormValues)[];

export function partnerFormValuesOf(
  partner: PartnerDetail | undefined,
  eraOffset: number,
): PartnerFormValues {
  return {
    kind: partner?.kind ?? 'sister_city',
    nameTh: partner?.nameTh ?? '',
    nameEn: partner?.nameEn ?? '',
    nameLocal: partner?.nameLocal ?? '',
    nameLocalLang: partner?.nameLocalLang ?? '',
    acronym: partner?.acronym ?? '',
    countryCode: partner?.countryCode ?? '',
    regionCode: partner?.regionCode ?? '',
    timeZone: partner?.timeZone ?? '',
    latitude: partner?.latitude === null || partner?.latitude === undefined ? '' : String(partner.latitude),
    longitude:
      partner?.longitude === null || partner?.longitude === undefined ? '' : String(partner.longitude),
    website: partner?.website ?? '',
    membershipStatus: partner?.membershipStatus ?? '',
    memberSinceYear: partner?.memberSinceYear ? String(partner.memberSinceYear + eraOffset) : '',
    // A new partner is not confirmed until someone says who confirms it, and where (decision 0012).
    verification: partner?.verification ?? DEFAULT_VERIFICATION,
    sources: textOfSources(partner?.sources ?? []),
    notes: partner?.notes ?? '',
  };
}

/** The Common-era year typed (null when empty, NaN or a fraction when it is not a year). */
export function typedMemberYear(text: string, eraOffset: number): number | null {
  const typed = decimalOrNull(text);
  return typed === null || !Number.isInteger(typed) ? typed : typed - eraOffset;
}

/** The values as the API takes them: trimmed text, null for an empty field, numbers for numbers. */
export function partnerInputOf(values: PartnerFormValues, eraOffset: number): PartnerInput {
  return {
    kind: values.kind,
    nameTh: values.nameTh.trim(),
    nameEn: textOrNull(values.nameEn),
    nameLocal: textOrNull(values.nameLocal),
    nameLocalLang: values.nameLocalLang || null,
    acronym: textOrNull(values.acronym),
    countryCode: values.countryCode || null,
    regionCode: values.regionCode || null,
    timeZone: values.timeZone || null,
    latitude: decimalOrNull(values.latitude),
    longitude: decimalOrNull(values.longitude),
    website: textOrNull(values.website),
    membershipStatus: textOrNull(values.membershipStatus),
    memberSinceYear: typedMemberYear(values.memberSinceYear, eraOffset),
    verification: values.verification,
    sources: sourcesOfText(values.sources),
    notes: textOrNull(values.notes),
  };
}

const numberText = z.string().refine((text) => !Number.isNaN(decimalOrNull(text)), {
  params: { messageKey: 'partner_pages:partner_form.not_a_number' },
});

/** The form schema for a reader counting years with `eraOffset` (543 in Thai, 0 in English). */
export function partnerFormSchema(eraOffset: number) {
  return z
    .object({
      kind: PartnerKindSchema,
      nameTh: z.string(),
      nameEn: z.string(),
      nameLocal: z.string(),
      nameLocalLang: z.string(),
      acronym: z.string(),
      countryCode: z.string(),
      regionCode: z.string(),
      timeZone: z.string(),
      latitude: numberText,
      longitude: numberText,
      website: z.string(),
      membershipStatus: z.string(),
      memberSinceYear: z.string().superRefine((text, context) => {
        const year = typedMemberYear(text, eraOffset);
        if (year === null) return;
        if (!Number.isInteger(year)) {
          context.addIssue({
            code: 'custom',
            params: { messageKey: 'partner_pages:partner_form.year_not_a_year' },
          });
        } else if (year < MEMBER_YEAR_RANGE.min || year > MEMBER_YEAR_RANGE.max) {
          // The contract would say so in Common-era years; a Thai reader typed a Buddhist-era one.
          context.addIssue({
            code: 'custom',
            params: {
              messageKey: 'partner_pages:partner_form.year_range',
              min: String(MEMBER_YEAR_RANGE.min + eraOffset),
              max: String(MEMBER_YEAR_RANGE.max + eraOffset),
            },
          });
        }
      }),
      verification: VerificationSchema,
      sources: sourcesTextSchema,
      notes: z.string(),
    })
    .transform((values) => partnerInputOf(values, eraOffset))
    .pipe(PartnerInputSchema.superRefine(requireSourceWhenConfirmed));
}
