import { useMemo } from 'react';
import type { PartnerReference } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { usePartnerReference } from '../api/partners.ts';
import { countryName } from '../utils/countries.ts';

export interface ReferenceNames {
  reference: PartnerReference | undefined;
  country: (code: string) => string;
  /** A region's name in the reader's language; the code while the reference data loads. */
  region: (code: string) => string;
  /** A cooperation field's name in the reader's language; the code when it is not (or not yet) known. */
  field: (code: string) => string;
}

/** Names of countries, regions and cooperation fields in the reader's language. */
export function useReferenceNames(): ReferenceNames {
  const { locale } = useFormat();
  const reference = usePartnerReference().data;
  return useMemo(() => {
    const regions = new Map(reference?.regions.map((region) => [region.code, region]));
    const fields = new Map(reference?.cooperationFields.map((field) => [field.code, field]));
    return {
      reference,
      country: (code) => countryName(code, locale),
      region: (code) => {
        const region = regions.get(code);
        if (!region) return code;
        return locale === 'th' ? region.nameTh : region.nameEn;
      },
      field: (code) => {
        const field = fields.get(code);
        if (!field) return code;
        return locale === 'th' ? field.nameTh : field.nameEn;
      },
    };
  }, [reference, locale]);
}
