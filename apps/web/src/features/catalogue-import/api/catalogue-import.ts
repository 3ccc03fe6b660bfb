/** Where the catalogue import sends its files, and the queries an applied import makes out of date. */
import type { ImportEndpoints } from '../../../components/spreadsheet-import/index.ts';

export const catalogueImportEndpoints: ImportEndpoints = {
  preview: '/api/catalogue/import/preview',
  apply: '/api/catalogue/import/apply',
};

/**
 * Every query of the catalogue's staff pages starts with `catalogue` (`catalogueKeys.all` in
 * features/catalogue/api/businesses.ts) and every query of the public catalogue with
 * `catalogue-public`: an import changes what both show.
 */
export const catalogueQueryPrefixes = [['catalogue'], ['catalogue-public']] as const;
