/** Liaison: the directory of BMA units and their international-relations liaison officers (seed 000). */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createRouter } from '../../shared/http.ts';
import { createUnitScopeDirectory } from './units.scope-directory.ts';

export interface LiaisonModuleDeps {
  db: Db;
  clock: Clock;
}

export function createLiaisonModule(deps: LiaisonModuleDeps) {
  return { scopes: createUnitScopeDirectory(deps.db), routes: createRouter() };
}
