/**
 * The enumerations of the registry in words, from the `partners` namespace. Every key is spelled out
 * so that the translation check can find it (no keys built at run time).
 */
import { useTranslation } from 'react-i18next';
import type { ActivityKind, AgreementType, PartnerKind, PartnerStatus, Verification } from '@bia/contracts';

export function useKindLabel(): (kind: PartnerKind) => string {
  const { t } = useTranslation('partners');
  return (kind) => {
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
  };
}

export function useAgreementTypeLabel(): (type: AgreementType) => string {
  const { t } = useTranslation('partners');
  return (type) => {
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
  };
}

export function useActivityKindLabel(): (kind: ActivityKind) => string {
  const { t } = useTranslation('partners');
  return (kind) => {
    switch (kind) {
      case 'visit_to_bangkok':
        return t('activity_kind.visit_to_bangkok');
      case 'visit_abroad':
        return t('activity_kind.visit_abroad');
      case 'delegation':
        return t('activity_kind.delegation');
      case 'event':
        return t('activity_kind.event');
      case 'meeting':
        return t('activity_kind.meeting');
      case 'video_conference':
        return t('activity_kind.video_conference');
      case 'project':
        return t('activity_kind.project');
      case 'mou_signing':
        return t('activity_kind.mou_signing');
    }
  };
}

export function useVerificationLabel(): (verification: Verification) => string {
  const { t } = useTranslation('partners');
  return (verification) => {
    switch (verification) {
      case 'bma':
        return t('verification.bma');
      case 'bma_list':
        return t('verification.bma_list');
      case 'partner_news':
        return t('verification.partner_news');
      case 'unconfirmed':
        return t('verification.unconfirmed');
    }
  };
}

export function useStatusLabel(): (status: PartnerStatus) => string {
  const { t } = useTranslation('partners');
  return (status) => (status === 'active' ? t('status.active') : t('status.dormant'));
}
