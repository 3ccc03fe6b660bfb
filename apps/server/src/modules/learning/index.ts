/**
 * Learning: the seminars, workshops, trainings and consultations the IAO runs for the liaison network
 * (issue 16, seed 000), in parts: `events/` (events, sessions, registration, attendance, feedback),
 * `tests/` (the question bank and the tests before and after), `training/` (officers' training records),
 * `documents/` (the certificates of attendance and the event's summary report).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, type AppEnv } from '../../shared/http.ts';
import { createEventDocumentRoutes } from './documents/event-documents.routes.ts';
import { createEventDocuments } from './documents/event-documents.service.ts';
import { createLearningEventRoutes } from './events/index.ts';
import { createLearningTestRoutes } from './tests/tests.routes.ts';
import type { LearningDeps } from './learning.deps.ts';
import { createTrainingPart } from './training/index.ts';

export type { LearningDeps } from './learning.deps.ts';
// The audit list's names and pages of the module's records (app.ts wires it).
export { createLearningAuditDirectory } from './learning.audit-directory.ts';
// KPI 3.2.1 for the strategy module's computed proposal (app.ts wires it; decision 0058).
export { officersDevelopedOfYear, type TrainingService } from './training/index.ts';

export function createLearningModule(deps: LearningDeps) {
  const training = createTrainingPart(deps);
  // Each part's routes; a part adds its router to this list.
  const parts: OpenAPIHono<AppEnv>[] = [
    createLearningEventRoutes(deps),
    createLearningTestRoutes(deps),
    training.routes,
    createEventDocumentRoutes({ documents: createEventDocuments(deps) }),
  ];
  const routes = createRouter();
  for (const part of parts) routes.route('/', part);
  // `training.recordFromEvent` gives an event's attendees their training records (the lead wires it).
  return { routes, training: training.service };
}
