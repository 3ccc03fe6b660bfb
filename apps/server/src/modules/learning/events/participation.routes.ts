/**
 * Taking part in an event (issue 16): registering (oneself, or a person by a manager) and cancelling,
 * checking in through a session's link, attendance ticked by hand (managers), and feedback.
 */
import {
  ErrorResponseSchema,
  LearningAttendanceParamsSchema,
  LearningAttendanceSetSchema,
  LearningCheckInParamsSchema,
  LearningCheckInResultSchema,
  LearningEventDetailSchema,
  LearningEventParamsSchema,
  LearningFeedbackCreateSchema,
  LearningRegistrationCreateSchema,
  LearningRegistrationParamsSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import type { LearningDeps } from '../learning.deps.ts';
import { presentCheckIn } from './events.presenter.ts';
import { eventDetailFor, type LearningEventParts } from './events.routes.ts';

const tags = ['learning'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const detailAnswer = jsonAnswer(LearningEventDetailSchema, 'The event as the reader sees it');

const register = defineRoute('learning:attend', {
  method: 'post',
  path: '/learning/events/{id}/registrations',
  tags,
  summary: 'Register (oneself, or a person by e-mail for a manager): a seat, or the waiting list when full',
  request: { params: LearningEventParamsSchema, body: jsonBody(LearningRegistrationCreateSchema) },
  responses: {
    201: detailAnswer,
    403: error('A unit not one’s own, or not invited'),
    404: error('No such event'),
    409: error('Registered already, or the event is not open'),
  },
});

const cancelRegistration = defineRoute('learning:attend', {
  method: 'post',
  path: '/learning/registrations/{id}/cancel',
  tags,
  summary:
    'Give up a seat or a place on the waiting list (one’s own; anyone’s for a manager); the first waiting moves up',
  request: { params: LearningRegistrationParamsSchema },
  responses: {
    200: detailAnswer,
    403: error('Someone else’s registration'),
    404: error('No such registration'),
  },
});

const checkIn = defineRoute('learning:attend', {
  method: 'post',
  path: '/learning/check-in/{token}',
  tags,
  summary: 'Check in to the session of a check-in link (from 30 minutes before it until its end)',
  request: { params: LearningCheckInParamsSchema },
  responses: {
    200: jsonAnswer(LearningCheckInResultSchema, 'Checked in (or had been)'),
    400: error('Outside the session’s check-in time'),
    403: error('Not registered with a seat'),
    404: error('No such check-in link'),
  },
});

const setAttendance = defineRoute('learning:manage', {
  method: 'put',
  path: '/learning/sessions/{sessionId}/attendance/{userId}',
  tags,
  summary: 'Tick (or untick) a person with a seat as present at a session',
  request: { params: LearningAttendanceParamsSchema, body: jsonBody(LearningAttendanceSetSchema) },
  responses: { 200: detailAnswer, 403: error('Not registered with a seat'), 404: error('No such session') },
});

const giveFeedback = defineRoute('learning:attend', {
  method: 'post',
  path: '/learning/events/{id}/feedback',
  tags,
  summary: 'Rate the event (1–5) with comments, once, after its first session began',
  request: { params: LearningEventParamsSchema, body: jsonBody(LearningFeedbackCreateSchema) },
  responses: {
    201: detailAnswer,
    400: error('Before the first session began'),
    403: error('Not registered with a seat'),
    409: error('Given already'),
  },
});

export function createParticipationRoutes(
  deps: LearningDeps,
  { events, registrations, attendance }: LearningEventParts,
) {
  return createRouter()
    .openapi(register, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await registrations.register(requestContext(c), actor, id, c.req.valid('json'));
      return c.json(await eventDetailFor(deps, events, actor, id, c.get('locale')), 201);
    })
    .openapi(cancelRegistration, async (c) => {
      const actor = actorOf(c);
      const eventId = await registrations.cancel(requestContext(c), actor, c.req.valid('param').id);
      return c.json(await eventDetailFor(deps, events, actor, eventId, c.get('locale')), 200);
    })
    .openapi(checkIn, async (c) => {
      const result = await attendance.checkIn(requestContext(c), actorOf(c), c.req.valid('param').token);
      return c.json(presentCheckIn(result, c.get('locale')), 200);
    })
    .openapi(setAttendance, async (c) => {
      const actor = actorOf(c);
      const { sessionId, userId } = c.req.valid('param');
      const eventId = await attendance.setAttendance(
        requestContext(c),
        actor,
        sessionId,
        userId,
        c.req.valid('json').isPresent,
      );
      return c.json(await eventDetailFor(deps, events, actor, eventId, c.get('locale')), 200);
    })
    .openapi(giveFeedback, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await attendance.giveFeedback(requestContext(c), actor, id, c.req.valid('json'));
      return c.json(await eventDetailFor(deps, events, actor, id, c.get('locale')), 201);
    });
}
