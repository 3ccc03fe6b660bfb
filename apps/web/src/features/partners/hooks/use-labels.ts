/**
 * The enumerations of the registry in words, from the `partners` namespace. Every key is spelled out
 * so that the translation check can find it (no keys built at run time).
 */
import { useTranslation } from 'react-i18next';
import type { ActivityKind, BmaRole, EngagementArea, PartnerStatus, Verification } from '@bia/contracts';

// Kinds and agreement types are named in lib/, for the analysis names them too.
export { useAgreementTypeLabel, usePartnerKindLabel as useKindLabel } from '../../../lib/partner-labels.ts';

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

/** The KPI 1.3.1 area an activity promotes, in the plan's words. */
export function useEngagementAreaLabel(): (area: EngagementArea) => string {
  const { t } = useTranslation('partners');
  return (area) => {
    switch (area) {
      case 'education':
        return t('engagement_area.education');
      case 'arts_culture_creativity':
        return t('engagement_area.arts_culture_creativity');
      case 'global_knowledge':
        return t('engagement_area.global_knowledge');
    }
  };
}

/** The BMA's part in an activity (KPI 2.3.1's levels). */
export function useBmaRoleLabel(): (role: BmaRole) => string {
  const { t } = useTranslation('partners');
  return (role) => {
    switch (role) {
      case 'participant':
        return t('bma_role.participant');
      case 'co_organiser':
        return t('bma_role.co_organiser');
      case 'main_host':
        return t('bma_role.main_host');
    }
  };
}
