/** Liaison: the directory of BMA units and their international-relations liaison officers (seed 000). */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createLiaisonRoutes } from './liaison.routes.ts';
import { createLiaisonService } from './liaison.service.ts';
import { createUnitScopeDirectory } from './units.scope-directory.ts';

export type { LiaisonService } from './liaison.service.ts';
export { createLiaisonAuditDirectory } from './liaison.audit-directory.ts';
export { existingUnitCodes as knownUnitCodes, unitCodesOfKind } from './liaison.repository.ts';
export {
  listLiaisonOfficersWithUnits,
  unitNamesByCode,
  type LiaisonOfficerRead,
} from './liaison-officers.read.ts';

/**
 * The International Affairs Office's code in the unit directory: its officers act for it (they report
 * the plan items it leads, they answer the coordination requests addressed to it).
 */
export const IAO_UNIT_CODE = '04160000';

export interface LiaisonModuleDeps {
  db: Db;
  clock: Clock;
}

export function createLiaisonModule(deps: LiaisonModuleDeps) {
  const liaison = createLiaisonService(deps);
  return {
    scopes: createUnitScopeDirectory(deps.db),
    service: liaison,
    routes: createLiaisonRoutes({ liaison }),
  };
}
