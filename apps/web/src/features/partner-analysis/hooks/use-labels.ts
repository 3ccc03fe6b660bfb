/**
 * Words for the partner registry's codes, from the `partners` catalogue. Every key is spelled out,
 * so the translation check can find it (no key is built at run time).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementType, PartnerKind, PartnerReference } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { NO_REGION } from '../utils/regions.ts';

export function useKindLabel(): (kind: PartnerKind) => string {
  const { t } = useTranslation('partners');
  return useCallback(
    (kind) => {
      switch (kind) {
        case 'sister_city':
          return t('kind.sister_city');
        case 'friendship_city':
          return t('kind.friendship_city');
        case 'partner_province':
          return t('kind.partner_province');
        case 'international_organisation':
          return t('kind.international_organisation');
        case 'city_network':
          return t('kind.city_network');
        case 'embassy':
          return t('kind.embassy');
        case 'consulate':
          return t('kind.consulate');
      }
    },
    [t],
  );
}

export function useAgreementTypeLabel(): (type: AgreementType) => string {
  const { t } = useTranslation('partners');
  return useCallback(
    (type) => {
      switch (type) {
        case 'sister_city_agreement':
          return t('agreement_type.sister_city_agreement');
        case 'friendship_agreement':
          return t('agreement_type.friendship_agreement');
        case 'mou':
          return t('agreement_type.mou');
        case 'protocol':
          return t('agreement_type.protocol');
        case 'cooperation_agreement':
          return t('agreement_type.cooperation_agreement');
        case 'other':
          return t('agreement_type.other');
      }
    },
    [t],
  );
}

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
