/**
 * The catalogue's reference lists as shipped in `data/reference/`: Bangkok's 50 districts and the five
 * Bangkok Brand categories with their names. Read once; they are not edited in the platform.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { productCategories, type ProductCategory } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { referenceDataDir } from '../../shared/paths.ts';

function readCsv<Row>(file: string): Row[] {
  return parse(fs.readFileSync(path.join(referenceDataDir, file)), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
}

export interface District {
  code: string;
  /** `เขตบางรัก` */
  nameTh: string;
  /** `บางรัก` */
  nameThShort: string;
  /** `Bang Rak` */
  nameEn: string;
  /** `Khet Bang Rak` */
  nameEnWithPrefix: string;
}

interface DistrictRow {
  district_code: string;
  name_th: string;
  name_th_short: string;
  name_en: string;
  name_en_with_prefix: string;
}

let districts: District[] | undefined;

/** The 50 districts in code order, from `data/reference/districts.csv`. */
export function bangkokDistricts(): readonly District[] {
  districts ??= readCsv<DistrictRow>('districts.csv')
    .map((row) => ({
      code: row.district_code,
      nameTh: row.name_th,
      nameThShort: row.name_th_short,
      nameEn: row.name_en,
      nameEnWithPrefix: row.name_en_with_prefix,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return districts;
}

interface CategoryRow {
  code: string;
  name_th: string;
  name_en: string;
  name_ja: string;
  name_ko: string;
  name_zh: string;
}

let categoryNames: Map<string, string[]> | undefined;

/** The name of a category in the five languages, from `data/reference/catalogue/categories.csv`. */
export function categoryNamesOf(category: string): string[] {
  categoryNames ??= new Map(
    readCsv<CategoryRow>('catalogue/categories.csv').map((row) => [
      row.code,
      [row.name_th, row.name_en, row.name_ja, row.name_ko, row.name_zh],
    ]),
  );
  return categoryNames.get(category) ?? [];
}

function comparable(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The district a spreadsheet names: by its code, or its Thai or English name (with or without เขต/Khet). */
export function districtCodeFor(text: string): string | undefined {
  const wanted = comparable(text);
  return bangkokDistricts().find(
    (district) =>
      district.code === wanted ||
      [district.nameTh, district.nameThShort, district.nameEn, district.nameEnWithPrefix].some(
        (name) => comparable(name) === wanted,
      ),
  )?.code;
}

/**
 * The category a spreadsheet names: by its code, its name in any of the five languages, or the
 * shorter Thai or English label the staff pages show ("อาหาร" for "ผลิตภัณฑ์อาหาร").
 */
export function categoryFor(text: string): ProductCategory | undefined {
  const wanted = comparable(text);
  return productCategories.find(
    (category) =>
      category === wanted ||
      [
        ...categoryNamesOf(category),
        catalogues.th.catalogue_pages.category[category],
        catalogues.en.catalogue_pages.category[category],
      ].some((name) => comparable(name) === wanted),
  );
}
