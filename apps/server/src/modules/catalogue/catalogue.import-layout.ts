/**
 * The columns of the catalogue import files (businesses, products), in the template's order, and what
 * the header row of each must hold.
 */
import type { CatalogueImportKind } from '@bia/contracts';
import type { ImportLayout } from '../../shared/spreadsheet-import.ts';

const languageColumns = (prefix: string, field: string) =>
  (['th', 'en', 'ja', 'ko', 'zh'] as const).map((language) => ({
    name: `${prefix}_${language}`,
    field: `${field}.${language}`,
    required: prefix === 'name' && language === 'th',
  }));

/** The columns of each kind of file, in the template's order, and what the header must hold. */
export const catalogueImportLayouts: Record<CatalogueImportKind, ImportLayout> = {
  entrepreneurs: {
    columns: [
      { name: 'import_key' },
      ...languageColumns('name', 'name'),
      { name: 'owner_name', field: 'ownerName', required: true },
      { name: 'legal_form', field: 'legalForm', cell: 'code', required: true },
      { name: 'registration_number', field: 'registrationNumber' },
      { name: 'district', field: 'districtCode', required: true },
      { name: 'address', field: 'address' },
      { name: 'email', field: 'email' },
      { name: 'phone', field: 'phone' },
      { name: 'website', field: 'website' },
      { name: 'line_id', field: 'lineId' },
      { name: 'languages', field: 'languages', cell: 'list' },
      { name: 'export_experience', field: 'exportExperience', cell: 'code' },
      { name: 'export_readiness', field: 'exportReadiness', cell: 'code' },
      { name: 'production_capacity', field: 'productionCapacity' },
    ],
  },
  products: {
    columns: [
      { name: 'import_key' },
      { name: 'business_import_key' },
      { name: 'business_name_th' },
      { name: 'business_district' },
      ...languageColumns('name', 'name'),
      ...languageColumns('description', 'description'),
      { name: 'category', field: 'category', required: true },
      { name: 'hs_code', field: 'hsCode', required: true },
      { name: 'price_min_thb', field: 'priceMinThb', cell: 'number' },
      { name: 'price_max_thb', field: 'priceMaxThb', cell: 'number' },
      { name: 'minimum_order_quantity', field: 'minimumOrderQuantity', cell: 'number' },
      { name: 'minimum_order_unit', field: 'minimumOrderUnit' },
      { name: 'lead_time_days', field: 'leadTimeDays', cell: 'number' },
      { name: 'shelf_life_days', field: 'shelfLifeDays', cell: 'number' },
      { name: 'packaging', field: 'packaging' },
      { name: 'bangkok_brand_year', field: 'bangkokBrand.yearCertified', cell: 'year' },
      { name: 'bangkok_brand_valid_until', field: 'bangkokBrand.validUntil', cell: 'date' },
      { name: 'bangkok_brand_district', field: 'bangkokBrand.districtCode' },
      { name: 'fda_number', field: 'thaiFda.number' },
    ],
    oneOf: [
      {
        columns: ['business_import_key', 'business_name_th'],
        label: 'business_import_key / business_name_th',
      },
    ],
  },
};
