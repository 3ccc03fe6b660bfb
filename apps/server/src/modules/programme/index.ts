/** The trade programme: a fiscal year's plan of sister-city trade sessions (seed 003 §6). */
import { createRouter } from '../../shared/http.ts';
import { createProgrammeCitiesRoutes } from './cities/cities.routes.ts';
import { createProgrammeCities } from './cities/cities.service.ts';
import { createProgrammeLettersRoutes } from './cities/letters.routes.ts';
import { createProgrammeLetters } from './cities/letters.service.ts';
import { createProgrammeRoutes } from './plan/plan.routes.ts';
import { createProgrammeService } from './plan/plan.service.ts';
import { createStepDocumentsRoutes } from './plan/step-documents.routes.ts';
import { createStepDocuments } from './plan/step-documents.service.ts';
import { createSessionBusinessesRoutes } from './record/businesses.routes.ts';
import { createSessionBusinesses } from './record/businesses.service.ts';
import { createSessionRecordRoutes } from './record/record.routes.ts';
import { createSessionRecords } from './record/record.service.ts';
import { createProgrammeInvitationsRoutes } from './sessions/invitations.routes.ts';
import { createProgrammeInvitations } from './sessions/invitations.service.ts';
import { createProgrammeSessionsRoutes } from './sessions/sessions.routes.ts';
import { createProgrammeSessions } from './sessions/sessions.service.ts';
import type { ProgrammeDeps } from './programme.deps.ts';

export type { ProgrammeService } from './plan/plan.service.ts';
export { loadHolidayReferenceData } from './sessions/holidays.reference.ts';
export { createSessionReminders } from './sessions/reminders.service.ts';
export { pruneSentReminders } from './sessions/sessions.repository.ts';

/** What the module is built from (see ProgrammeDeps). */
export type ProgrammeModuleDeps = ProgrammeDeps;

export function createProgrammeModule(deps: ProgrammeModuleDeps) {
  const programme = createProgrammeService(deps);
  const cities = createProgrammeCities(deps);
  const sessions = createProgrammeSessions(deps);
  const letters = createProgrammeLetters({ ...deps, cities });
  return {
    service: programme,
    routes: createRouter()
      .route('/', createProgrammeRoutes({ programme }))
      .route('/', createStepDocumentsRoutes({ documents: createStepDocuments(deps) }))
      .route('/', createProgrammeCitiesRoutes({ cities }))
      .route('/', createProgrammeLettersRoutes({ letters }))
      .route('/', createProgrammeSessionsRoutes({ sessions }))
      .route('/', createSessionBusinessesRoutes({ businesses: createSessionBusinesses(deps), sessions }))
      .route('/', createProgrammeInvitationsRoutes({ invitations: createProgrammeInvitations(deps) }))
      .route(
        '/',
        createSessionRecordRoutes({ records: createSessionRecords({ ...deps, sessions, letters }) }),
      ),
  };
}
