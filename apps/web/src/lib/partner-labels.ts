/**
 * Words for the partner registry's kinds and agreement types, from the `partners` catalogue: the
 * registry and its analysis both name them. Every key is spelled out, so the translation check can
 * find it (no key is built at run time).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementType, PartnerKind } from '@bia/contracts';

export function usePartnerKindLabel(): (kind: PartnerKind) => string {
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
