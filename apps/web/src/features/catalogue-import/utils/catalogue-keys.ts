/**
 * The catalogue keys of the import page's texts that depend on a code (the kind of file, a legal
 * form, a category…). Every key is spelled out, so the translation check finds it and no key is built
 * at run time; `satisfies` makes a new code in the contracts fail here until it has its text. The
 * codes' names are the ones the catalogue's own pages show (the `catalogue_pages` namespace).
 */
import type {
  CatalogueImportKind,
  ExportExperience,
  ExportReadiness,
  LegalForm,
  ProductCategory,
} from '@bia/contracts';

export const importKindKey = {
  entrepreneurs: 'catalogue_import:kinds.entrepreneurs',
  products: 'catalogue_import:kinds.products',
} as const satisfies Record<CatalogueImportKind, string>;

export const guideHeadingKey = {
  entrepreneurs: 'catalogue_import:guide.heading.entrepreneurs',
  products: 'catalogue_import:guide.heading.products',
} as const satisfies Record<CatalogueImportKind, string>;

export const guideTableCaptionKey = {
  entrepreneurs: 'catalogue_import:guide.table_caption.entrepreneurs',
  products: 'catalogue_import:guide.table_caption.products',
} as const satisfies Record<CatalogueImportKind, string>;

export const guideExampleKey = {
  entrepreneurs: 'catalogue_import:examples.entrepreneurs',
  products: 'catalogue_import:examples.products',
} as const satisfies Record<CatalogueImportKind, string>;

export const legalFormKey = {
  individual: 'catalogue_pages:legal_form.individual',
  community_enterprise: 'catalogue_pages:legal_form.community_enterprise',
  partnership: 'catalogue_pages:legal_form.partnership',
  company: 'catalogue_pages:legal_form.company',
  cooperative: 'catalogue_pages:legal_form.cooperative',
  other: 'catalogue_pages:legal_form.other',
} as const satisfies Record<LegalForm, string>;

export const exportExperienceKey = {
  none: 'catalogue_pages:export_experience.none',
  occasional: 'catalogue_pages:export_experience.occasional',
  regular: 'catalogue_pages:export_experience.regular',
} as const satisfies Record<ExportExperience, string>;

export const exportReadinessKey = {
  not_ready: 'catalogue_pages:export_readiness.not_ready',
  preparing: 'catalogue_pages:export_readiness.preparing',
  ready: 'catalogue_pages:export_readiness.ready',
} as const satisfies Record<ExportReadiness, string>;

export const categoryKey = {
  food: 'catalogue_pages:category.food',
  beverages: 'catalogue_pages:category.beverages',
  textiles_clothing: 'catalogue_pages:category.textiles_clothing',
  souvenirs_decor: 'catalogue_pages:category.souvenirs_decor',
  herbal_non_food: 'catalogue_pages:category.herbal_non_food',
} as const satisfies Record<ProductCategory, string>;
