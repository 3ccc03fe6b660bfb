/** The trade programme: a fiscal year's plan of sister-city trade sessions (seed 003 §6). */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Mailer } from '../mail/index.ts';
import { createRouter } from '../../shared/http.ts';
import { createProgrammeCities } from './programme.cities.ts';
import { createProgrammeCitiesRoutes } from './programme.cities.routes.ts';
import { createProgrammeInvitations } from './programme.invitations.ts';
import { createProgrammeInvitationsRoutes } from './programme.invitations.routes.ts';
import { createProgrammeLetters } from './programme.letters.ts';
import { createProgrammeLettersRoutes } from './programme.letters.routes.ts';
import { createProgrammeRoutes } from './programme.routes.ts';
import { createSessionBusinesses } from './programme.session-businesses.ts';
import { createSessionBusinessesRoutes } from './programme.session-businesses.routes.ts';
import { createSessionRecords } from './programme.session-record.ts';
import { createSessionRecordRoutes } from './programme.session-record.routes.ts';
import { createProgrammeSessions } from './programme.sessions.ts';
import { createProgrammeSessionsRoutes } from './programme.sessions.routes.ts';
import { createProgrammeService } from './programme.service.ts';
import { createStepDocuments } from './programme.step-documents.ts';
import { createStepDocumentsRoutes } from './programme.step-documents.routes.ts';

export type { ProgrammeService } from './programme.service.ts';
export { loadHolidayReferenceData } from './holidays.reference.ts';
export { createSessionReminders, scheduleReminders } from './programme.reminders.ts';
export { isStepDocumentUpload, stepDocumentUploadBodyLimit } from './programme.step-documents.ts';

export interface ProgrammeModuleDeps {
  db: Db;
  clock: Clock;
  /** Where the platform is reached, for invitation links. */
  publicUrl: string;
  /** The sender of the platform's mail, the organizer of calendar invitations. */
  mailFrom: string;
  /** Mails participants their calendar invitations. */
  mailer: Mailer;
}

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
