/**
 * The certification form's values as typed, and its schema: the values mapped onto the certification
 * input and checked by the contract's own `CertificationInputSchema`, so the browser checks what the
 * server checks. What a kind does not record is sent empty: the year and the district are Bangkok
 * Brand's, the number every other kind's, the name, issuer and start of validity the other kinds'.
 * A Thai reader types the year in the Buddhist era.
 */
import { z } from 'zod';
import {
  CertificationInputSchema,
  type Certification,
  type CertificationInput,
  type CertificationKind,
} from '@bia/contracts';
import { amountOrNull, textOrNull } from '../../../lib/form-values.ts';

/** Thai readers count years in the Buddhist era. */
export const BUDDHIST_ERA_OFFSET = 543;

export interface CertificationFormValues {
  kind: CertificationKind;
  yearCertified: string;
  validFrom: string;
  validUntil: string;
  districtCode: string;
  number: string;
  name: string;
  issuer: string;
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const certificationFormFields = [
  'kind',
  'yearCertified',
  'districtCode',
  'name',
  'issuer',
  'number',
  'validFrom',
  'validUntil',
] as const satisfies readonly (keyof CertificationFormValues)[];

/** The values of a certification (or of a new one of `kind`) for a reader counting years with `eraOffset`. */
export function certificationFormValuesOf(
  certification: Certification | undefined,
  eraOffset: number,
  kind: CertificationKind = 'thai_fda',
): CertificationFormValues {
  return {
    kind: certification?.kind ?? kind,
    yearCertified: certification?.yearCertified ? String(certification.yearCertified + eraOffset) : '',
    validFrom: certification?.validFrom ?? '',
    validUntil: certification?.validUntil ?? '',
    districtCode: certification?.districtCode ?? '',
    number: certification?.number ?? '',
    name: certification?.name ?? '',
    issuer: certification?.issuer ?? '',
  };
}

/** The values as the API takes them: only what the kind records, text trimmed, null when empty. */
export function certificationInputOf(values: CertificationFormValues, eraOffset: number): CertificationInput {
  const isBangkokBrand = values.kind === 'bangkok_brand';
  const isOther = !isBangkokBrand && values.kind !== 'thai_fda';
  const typedYear = amountOrNull(values.yearCertified);
  return {
    kind: values.kind,
    yearCertified: isBangkokBrand && typedYear !== null ? typedYear - eraOffset : null,
    validFrom: isOther ? values.validFrom || null : null,
    validUntil: values.validUntil || null,
    districtCode: isBangkokBrand ? values.districtCode || null : null,
    number: isBangkokBrand ? null : textOrNull(values.number),
    name: isOther ? textOrNull(values.name) : null,
    issuer: isOther ? textOrNull(values.issuer) : null,
  };
}

/** The form schema for a reader counting years with `eraOffset` (543 in Thai, 0 in English). */
export function certificationFormSchema(eraOffset: number) {
  return z
    .custom<CertificationFormValues>()
    .superRefine((values, context) => {
      const typedYear = amountOrNull(values.yearCertified);
      if (values.kind === 'bangkok_brand' && typedYear !== null && !Number.isInteger(typedYear)) {
        context.addIssue({
          code: 'custom',
          path: ['yearCertified'],
          params: { messageKey: 'catalogue_pages:certifications.year_not_a_year' },
        });
      }
    })
    .transform((values) => certificationInputOf(values, eraOffset))
    .pipe(CertificationInputSchema);
}
