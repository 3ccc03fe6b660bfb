/** The events part: events and sessions, registration, attendance and feedback, as one router. */
import { createRouter } from '../../../shared/http.ts';
import type { LearningDeps } from '../learning.deps.ts';
import { createLearningAttendance } from './attendance.service.ts';
import { createEventRoutes } from './events.routes.ts';
import { createLearningEvents } from './events.service.ts';
import { createParticipationRoutes } from './participation.routes.ts';
import { createLearningRegistrations } from './registrations.service.ts';

export function createLearningEventParts(deps: LearningDeps) {
  const events = createLearningEvents(deps);
  const registrations = createLearningRegistrations({ ...deps, events });
  const attendance = createLearningAttendance({ ...deps, events });
  return { events, registrations, attendance };
}

export function createLearningEventRoutes(deps: LearningDeps) {
  const parts = createLearningEventParts(deps);
  return createRouter()
    .route('/', createEventRoutes(deps, parts))
    .route('/', createParticipationRoutes(deps, parts));
}
