/**
 * The catalogue's use cases, composed from one service for each kind of record: entrepreneurs (with
 * consent and invitations), products (with buyers' interest), certifications and photos. Every change
 * runs in one transaction with its audit entry, against the version the user loaded.
 */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createProductViews } from './catalogue.checks.ts';
import type { EntrepreneurRow } from './catalogue.repository.ts';
import { createCertificationsService } from './certifications.service.ts';
import {
  createEntrepreneursService,
  type BusinessUses,
  type EntrepreneurInvitations,
} from './entrepreneurs.service.ts';
import { createProductPhotosService } from './product-photos.service.ts';
import { createProductsService } from './products.service.ts';

export { MAX_PHOTOS_PER_PRODUCT } from './product-photos.service.ts';
export type { ProductView } from './catalogue.checks.ts';
export type { BusinessUses, EntrepreneurInvitations } from './entrepreneurs.service.ts';

export interface CatalogueServiceDeps {
  db: Db;
  clock: Clock;
  invitations: EntrepreneurInvitations;
  businessUses: BusinessUses;
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;

export function createCatalogueService({ db, clock, invitations, businessUses }: CatalogueServiceDeps) {
  const views = createProductViews({ db, clock });
  return {
    today: views.today,
    ...createEntrepreneursService({ db, clock, invitations, businessUses, views }),
    ...createProductsService({ db, views }),
    ...createCertificationsService({ db }),
    ...createProductPhotosService({ db, views }),
  };
}

export type { EntrepreneurRow };
