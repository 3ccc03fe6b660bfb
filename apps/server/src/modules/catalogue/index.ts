/** The Bangkok Brand catalogue (PRODUCT.md §3). So far: the HS nomenclature products are classified in. */
import type { Db } from '../../db/client.ts';
import { createHsRoutes } from './hs.routes.ts';

export { loadHsNomenclature } from './hs-reference.ts';

export function createCatalogueModule({ db }: { db: Db }) {
  return { routes: createHsRoutes({ db }) };
}
