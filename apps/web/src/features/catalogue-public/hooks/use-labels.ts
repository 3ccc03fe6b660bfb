import { useTranslation } from 'react-i18next';
import type { CertificationKind, ExportReadiness, ProductCategory } from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import type { PublicDistrict } from '../api/catalogue-public.ts';

/** The five Bangkok Brand categories, named in the viewer's language. */
export function useCategoryLabel(): (category: ProductCategory) => string {
  const { t } = useTranslation('catalogue_public');
  return (category) => {
    switch (category) {
      case 'food':
        return t('categories.food');
      case 'beverages':
        return t('categories.beverages');
      case 'textiles_clothing':
        return t('categories.textiles_clothing');
      case 'souvenirs_decor':
        return t('categories.souvenirs_decor');
      case 'herbal_non_food':
        return t('categories.herbal_non_food');
    }
  };
}

export function useCertificationLabel(): (kind: CertificationKind) => string {
  const { t } = useTranslation('catalogue_public');
  return (kind) => {
    switch (kind) {
      case 'bangkok_brand':
        return t('certifications.bangkok_brand');
      case 'thai_fda':
        return t('certifications.thai_fda');
      case 'halal':
        return t('certifications.halal');
      case 'gi':
        return t('certifications.gi');
      case 'organic':
        return t('certifications.organic');
      case 'other':
        return t('certifications.other');
    }
  };
}

export function useReadinessLabel(): (readiness: ExportReadiness) => string {
  const { t } = useTranslation('catalogue_public');
  return (readiness) => {
    switch (readiness) {
      case 'ready':
        return t('readiness.ready');
      case 'preparing':
        return t('readiness.preparing');
      case 'not_ready':
        return t('readiness.not_ready');
    }
  };
}

/** A district's name: Thai for a Thai reader, the romanized English name for everyone else. */
export function districtName(district: PublicDistrict, locale: CatalogueLocale): string {
  return locale === 'th' ? district.nameTh : district.nameEn;
}
