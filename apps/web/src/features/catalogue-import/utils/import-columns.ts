/**
 * The columns of each kind of catalogue import file, as the import page explains them. The server's
 * list (apps/server/src/modules/catalogue/catalogue.import.ts, `catalogueImportLayouts`) is the rule;
 * import-columns.test.ts fails if this guide and the template drift apart.
 */
import type { CatalogueImportKind } from '@bia/contracts';

/** A column the header must hold, and its description's key spelled out for the translation check. */
const required = <Key extends string>(name: string, descriptionKey: Key) =>
  ({ name, isRequired: true, descriptionKey }) as const;

const optional = <Key extends string>(name: string, descriptionKey: Key) =>
  ({ name, isRequired: false, descriptionKey }) as const;

export const catalogueImportColumnGuide = {
  entrepreneurs: [
    optional('import_key', 'catalogue_import:columns.entrepreneurs.import_key'),
    required('name_th', 'catalogue_import:columns.entrepreneurs.name_th'),
    optional('name_en', 'catalogue_import:columns.shared.name_en'),
    optional('name_ja', 'catalogue_import:columns.shared.name_ja'),
    optional('name_ko', 'catalogue_import:columns.shared.name_ko'),
    optional('name_zh', 'catalogue_import:columns.shared.name_zh'),
    required('owner_name', 'catalogue_import:columns.entrepreneurs.owner_name'),
    required('legal_form', 'catalogue_import:columns.entrepreneurs.legal_form'),
    optional('registration_number', 'catalogue_import:columns.entrepreneurs.registration_number'),
    required('district', 'catalogue_import:columns.entrepreneurs.district'),
    optional('address', 'catalogue_import:columns.entrepreneurs.address'),
    optional('email', 'catalogue_import:columns.entrepreneurs.email'),
    optional('phone', 'catalogue_import:columns.entrepreneurs.phone'),
    optional('website', 'catalogue_import:columns.entrepreneurs.website'),
    optional('line_id', 'catalogue_import:columns.entrepreneurs.line_id'),
    optional('languages', 'catalogue_import:columns.entrepreneurs.languages'),
    optional('export_experience', 'catalogue_import:columns.entrepreneurs.export_experience'),
    optional('export_readiness', 'catalogue_import:columns.entrepreneurs.export_readiness'),
    optional('production_capacity', 'catalogue_import:columns.entrepreneurs.production_capacity'),
  ],
  products: [
    optional('import_key', 'catalogue_import:columns.products.import_key'),
    optional('business_import_key', 'catalogue_import:columns.products.business_import_key'),
    optional('business_name_th', 'catalogue_import:columns.products.business_name_th'),
    optional('business_district', 'catalogue_import:columns.products.business_district'),
    required('name_th', 'catalogue_import:columns.products.name_th'),
    optional('name_en', 'catalogue_import:columns.shared.name_en'),
    optional('name_ja', 'catalogue_import:columns.shared.name_ja'),
    optional('name_ko', 'catalogue_import:columns.shared.name_ko'),
    optional('name_zh', 'catalogue_import:columns.shared.name_zh'),
    optional('description_th', 'catalogue_import:columns.products.description_th'),
    optional('description_en', 'catalogue_import:columns.products.description_en'),
    optional('description_ja', 'catalogue_import:columns.products.description_ja'),
    optional('description_ko', 'catalogue_import:columns.products.description_ko'),
    optional('description_zh', 'catalogue_import:columns.products.description_zh'),
    required('category', 'catalogue_import:columns.products.category'),
    required('hs_code', 'catalogue_import:columns.products.hs_code'),
    optional('price_min_thb', 'catalogue_import:columns.products.price_min_thb'),
    optional('price_max_thb', 'catalogue_import:columns.products.price_max_thb'),
    optional('minimum_order_quantity', 'catalogue_import:columns.products.minimum_order_quantity'),
    optional('minimum_order_unit', 'catalogue_import:columns.products.minimum_order_unit'),
    optional('lead_time_days', 'catalogue_import:columns.products.lead_time_days'),
    optional('shelf_life_days', 'catalogue_import:columns.products.shelf_life_days'),
    optional('packaging', 'catalogue_import:columns.products.packaging'),
    optional('bangkok_brand_year', 'catalogue_import:columns.products.bangkok_brand_year'),
    optional('bangkok_brand_valid_until', 'catalogue_import:columns.products.bangkok_brand_valid_until'),
    optional('bangkok_brand_district', 'catalogue_import:columns.products.bangkok_brand_district'),
    optional('fda_number', 'catalogue_import:columns.products.fda_number'),
  ],
} as const;

/** One column of the guide. */
export type CatalogueImportColumn = (typeof catalogueImportColumnGuide)[CatalogueImportKind][number];

/** The server's template of a kind: the header row, as a CSV file to download. */
export function catalogueImportTemplateUrl(kind: CatalogueImportKind): string {
  return `/api/catalogue/import/template.csv?kind=${kind}`;
}
