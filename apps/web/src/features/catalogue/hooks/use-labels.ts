/**
 * The catalogue's enumerations in words, from the `catalogue_pages` namespace. Every key is spelled
 * out so that the translation check can find it (no keys built at run time).
 */
import { useTranslation } from 'react-i18next';
import type {
  CertificationKind,
  ConsentMethod,
  ExportExperience,
  ExportReadiness,
  LegalForm,
  ProductCategory,
} from '@bia/contracts';

export function useLegalFormLabel(): (form: LegalForm) => string {
  const { t } = useTranslation('catalogue_pages');
  return (form) => {
    switch (form) {
      case 'individual':
        return t('legal_form.individual');
      case 'community_enterprise':
        return t('legal_form.community_enterprise');
      case 'partnership':
        return t('legal_form.partnership');
      case 'company':
        return t('legal_form.company');
      case 'cooperative':
        return t('legal_form.cooperative');
      case 'other':
        return t('legal_form.other');
    }
  };
}

export function useExportExperienceLabel(): (experience: ExportExperience) => string {
  const { t } = useTranslation('catalogue_pages');
  return (experience) => {
    switch (experience) {
      case 'none':
        return t('export_experience.none');
      case 'occasional':
        return t('export_experience.occasional');
      case 'regular':
        return t('export_experience.regular');
    }
  };
}

export function useExportReadinessLabel(): (readiness: ExportReadiness) => string {
  const { t } = useTranslation('catalogue_pages');
  return (readiness) => {
    switch (readiness) {
      case 'not_ready':
        return t('export_readiness.not_ready');
      case 'preparing':
        return t('export_readiness.preparing');
      case 'ready':
        return t('export_readiness.ready');
    }
  };
}

export function useConsentMethodLabel(): (method: ConsentMethod) => string {
  const { t } = useTranslation('catalogue_pages');
  return (method) => {
    switch (method) {
      case 'signed_form':
        return t('consent_method.signed_form');
      case 'online_form':
        return t('consent_method.online_form');
      case 'email':
        return t('consent_method.email');
      case 'recorded_verbal':
        return t('consent_method.recorded_verbal');
    }
  };
}

export function useCategoryLabel(): (category: ProductCategory) => string {
  const { t } = useTranslation('catalogue_pages');
  return (category) => {
    switch (category) {
      case 'food':
        return t('category.food');
      case 'beverages':
        return t('category.beverages');
      case 'textiles_clothing':
        return t('category.textiles_clothing');
      case 'souvenirs_decor':
        return t('category.souvenirs_decor');
      case 'herbal_non_food':
        return t('category.herbal_non_food');
    }
  };
}

export function useCertificationKindLabel(): (kind: CertificationKind) => string {
  const { t } = useTranslation('catalogue_pages');
  return (kind) => {
    switch (kind) {
      case 'bangkok_brand':
        return t('certification_kind.bangkok_brand');
      case 'thai_fda':
        return t('certification_kind.thai_fda');
      case 'halal':
        return t('certification_kind.halal');
      case 'gi':
        return t('certification_kind.gi');
      case 'organic':
        return t('certification_kind.organic');
      case 'other':
        return t('certification_kind.other');
    }
  };
}
