/** Partners: Bangkok's sister cities, organisations and networks, their agreements and activity (PRODUCT.md §2). */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createRouter } from '../../shared/http.ts';
import { createPartnerDocuments } from './partners.documents.ts';
import { createPartnerExport } from './partners.export.ts';
import { createPartnerFilesRoutes } from './partners.files.routes.ts';
import { createPartnerImport } from './partners.import.ts';
import { createPartnerScopeDirectory } from './partners.scope-directory.ts';
import { createPartnersRoutes } from './partners.routes.ts';
import { createPartnersService, type ProgrammeParticipation } from './partners.service.ts';

export type { ParticipationSession, PartnersService, ProgrammeParticipation } from './partners.service.ts';
export { createPartnersAuditDirectory } from './partners.audit-directory.ts';
export { combineScopeDirectories } from './partners.scope-directory.ts';
export { loadPartnerReferenceData } from './reference-loader.ts';
export { partnersNamed } from './partners.repository.ts';
export { partnerCountriesSql } from './partners.classes-sql.ts';
export { countryName } from './countries.ts';
export { displayName as partnerDisplayName } from './partners.presenter.ts';

export interface PartnersModuleDeps {
  db: Db;
  clock: Clock;
  /** What the registry reads of the trade programme: when each partner last took part, its sessions. */
  participation?: ProgrammeParticipation;
}

export function createPartnersModule(deps: PartnersModuleDeps) {
  const partners = createPartnersService(deps);
  return {
    scopes: createPartnerScopeDirectory(deps.db),
    service: partners,
    // The file routes first: `/partners/export.xlsx` must not be taken for `/partners/{id}`.
    routes: createRouter()
      .route(
        '/',
        createPartnerFilesRoutes({
          documents: createPartnerDocuments(deps),
          exports: createPartnerExport({ partners, clock: deps.clock }),
          imports: createPartnerImport(deps),
        }),
      )
      .route('/', createPartnersRoutes({ partners })),
  };
}
export { listTradeCandidateFacts, type TradeCandidateFacts } from './partners.candidates.ts';
export { listActivityPlanFacts, type ActivityPlanFacts } from './partners.plan-facts.ts';
