/**
 * Words for the partner registry's codes, from the `partners` catalogue. Every key is spelled out,
 * so the translation check can find it (no key is built at run time).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerReference } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { NO_REGION } from '../utils/regions.ts';

// Kinds and agreement types are named in lib/, for the registry names them too.
export { useAgreementTypeLabel, usePartnerKindLabel as useKindLabel } from '../../../lib/partner-labels.ts';

/** A region's name in the reader's language, from the reference data; "no region" for `none`. */
export function useRegionName(reference: PartnerReference): (code: string) => string {
  const { t } = useTranslation('partner_analysis');
  const { locale } = useFormat();
  return useCallback(
    (code) => {
      if (code === NO_REGION) return t('regions.none');
      const region = reference.regions.find((candidate) => candidate.code === code);
      if (!region) return code;
      return locale === 'th' ? region.nameTh : region.nameEn || region.nameTh;
    },
    [reference, locale, t],
  );
}

/** A cooperation field's name in the reader's language, from the reference data. */
export function useFieldName(reference: PartnerReference): (code: string) => string {
  const { locale } = useFormat();
  return useCallback(
    (code) => {
      const field = reference.cooperationFields.find((candidate) => candidate.code === code);
      if (!field) return code;
      return locale === 'th' ? field.nameTh : field.nameEn || field.nameTh;
    },
    [reference, locale],
  );
}
