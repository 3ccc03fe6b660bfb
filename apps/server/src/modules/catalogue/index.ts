/**
 * The Bangkok Brand catalogue (PRODUCT.md §3): the HS nomenclature products are classified in, and the
 * records — entrepreneurs, their products and certifications, consent, invitations, buyers' interest.
 */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createRouter } from '../../shared/http.ts';
import { createCatalogueImport } from './catalogue.import.ts';
import { createCatalogueImportRoutes } from './catalogue.import.routes.ts';
import { createCatalogueRoutes } from './catalogue.routes.ts';
import {
  createCatalogueService,
  type BusinessUses,
  type EntrepreneurInvitations,
} from './catalogue.service.ts';
import { createHsRoutes } from './hs.routes.ts';
import { createPhotoRoutes } from './catalogue.photos.routes.ts';
import { createPublicCatalogueRoutes } from './catalogue.public.ts';

export { loadHsNomenclature } from './hs-reference.ts';
export { createBusinessScopeDirectory } from './catalogue.scope-directory.ts';
export { createCatalogueAuditDirectory } from './catalogue.audit-directory.ts';
export { businessDistrictsSql, productClassesSql } from './catalogue.classes-sql.ts';
export {
  businessNamedLikeSql,
  entrepreneursNamed,
  isListedSql,
  listedToday,
  productsNamed,
} from './catalogue.repository.ts';
export {
  findSessionBusinesses,
  listSessionCandidates,
  type CandidateBusiness,
  type CandidateProduct,
} from './catalogue.candidates.ts';
export { rebuildSearchDocumentsOnce, refreshSearchDocuments } from './catalogue.search-documents.ts';
export { searchCatalogue } from './catalogue.search.ts';
export {
  generateSampleCatalogue,
  listSampleProducts,
  removeSampleCatalogue,
  sampleWords,
  type SampleProductFacts,
} from './catalogue.samples.ts';
export { addSamplePhotos, type SamplePhoto } from './product-photos.service.ts';
export type {
  BusinessUses,
  CatalogueService,
  EntrepreneurInvitations,
  ProductView,
} from './catalogue.service.ts';

export interface CatalogueModuleDeps {
  db: Db;
  clock: Clock;
  /** Identity's account creation, which e-mails the invitation (`identity.users`). */
  invitations: EntrepreneurInvitations;
  /** What the programme, identity and outcomes modules record of a business (before deleting it). */
  businessUses: BusinessUses;
}

export function createCatalogueModule(deps: CatalogueModuleDeps) {
  const catalogue = createCatalogueService(deps);
  return {
    service: catalogue,
    routes: createRouter()
      .route('/', createHsRoutes({ db: deps.db }))
      .route('/', createPublicCatalogueRoutes({ db: deps.db, clock: deps.clock }))
      .route('/', createPhotoRoutes({ catalogue }))
      // Before the record routes: `/catalogue/import/…` is not a record.
      .route('/', createCatalogueImportRoutes({ imports: createCatalogueImport({ db: deps.db }) }))
      .route('/', createCatalogueRoutes({ catalogue })),
  };
}
