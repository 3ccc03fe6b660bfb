/**
 * The impact register (seed 000 indicators 2 and 3, issue 16, decision 0055): themes, each unit's
 * expected impacts and changing duties, the IAO's review, the matrix and its workbook, and the
 * conversion of an item into a coordination request through the `RequestOpener` port.
 */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createImpactMatrix } from './impacts.matrix.ts';
import { createImpactRoutes } from './impacts.routes.ts';
import { createImpactsService, type RequestOpener } from './impacts.service.ts';

export type { ImpactsService, RequestOpener } from './impacts.service.ts';
export type { RequestToOpen } from './impacts.rules.ts';
export { createImpactsService } from './impacts.service.ts';
export { createImpactsAuditDirectory } from './impacts.audit-directory.ts';

export interface ImpactsModuleDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
  /** Opens a coordination request (app.ts: the coordination module's); none: items cannot become requests. */
  requests?: RequestOpener | undefined;
}

export function createImpactsModule(deps: ImpactsModuleDeps) {
  const impacts = createImpactsService(deps);
  return {
    service: impacts,
    routes: createImpactRoutes({
      impacts,
      matrixOf: createImpactMatrix(deps),
      publicUrl: deps.publicUrl,
      now: () => deps.clock.now(),
    }),
  };
}
