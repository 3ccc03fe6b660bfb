/**
 * Events and their sessions (issue 16): staff (`learning:attend`) list and read the events open to
 * them; managers (`learning:manage`, the IAO) see drafts too, create and change events, move their
 * status, and read the roster (registrants, attendance, check-in links, coverage, comments).
 */
import {
  ErrorResponseSchema,
  LearningEventCreateSchema,
  LearningEventDetailSchema,
  LearningEventListSchema,
  LearningEventParamsSchema,
  LearningEventRosterSchema,
  LearningEventStatusChangeSchema,
  LearningEventUpdateSchema,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor } from '../../../shared/actor.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import type { LearningDeps } from '../learning.deps.ts';
import type { LearningAttendance } from './attendance.service.ts';
import { presentEventDetail, presentEventList, presentRoster } from './events.presenter.ts';
import type { LearningEvents } from './events.service.ts';
import type { LearningRegistrations } from './registrations.service.ts';

const tags = ['learning'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const detailAnswer = jsonAnswer(LearningEventDetailSchema, 'The event as the reader sees it');

const listEvents = defineRoute('learning:attend', {
  method: 'get',
  path: '/learning/events',
  tags,
  summary:
    'The events, the next first, with seats taken, the waiting list and the reader’s place (drafts for managers)',
  responses: { 200: jsonAnswer(LearningEventListSchema, 'The events') },
});

const createEvent = defineRoute('learning:manage', {
  method: 'post',
  path: '/learning/events',
  tags,
  summary: 'Create an event with its sessions, as a draft seen only by managers',
  request: { body: jsonBody(LearningEventCreateSchema) },
  responses: {
    201: detailAnswer,
    400: error('A field is wrong (a session ending before it starts, an unknown unit)'),
  },
});

const getEvent = defineRoute('learning:attend', {
  method: 'get',
  path: '/learning/events/{id}',
  tags,
  summary: 'An event: its sessions, seats, the reader’s registration, attendance and feedback',
  request: { params: LearningEventParamsSchema },
  responses: {
    200: detailAnswer,
    404: error('No such event (a draft, to someone who does not manage events)'),
  },
});

const updateEvent = defineRoute('learning:manage', {
  method: 'put',
  path: '/learning/events/{id}',
  tags,
  summary: 'Change an event and its sessions at the version read; a larger capacity moves waiting people up',
  request: { params: LearningEventParamsSchema, body: jsonBody(LearningEventUpdateSchema) },
  responses: {
    200: detailAnswer,
    404: error('No such event'),
    409: error('Changed since it was read, cancelled, or a removed session was attended'),
  },
});

const changeStatus = defineRoute('learning:manage', {
  method: 'post',
  path: '/learning/events/{id}/status',
  tags,
  summary: 'Open, close or cancel an event (draft → open → closed; any but cancelled → cancelled)',
  request: { params: LearningEventParamsSchema, body: jsonBody(LearningEventStatusChangeSchema) },
  responses: {
    200: detailAnswer,
    404: error('No such event'),
    409: error('Not a possible change, or stale'),
  },
});

const getRoster = defineRoute('learning:manage', {
  method: 'get',
  path: '/learning/events/{id}/roster',
  tags,
  summary:
    'Registrants with units and the waiting list, attendance per session, check-in links, coverage, comments',
  request: { params: LearningEventParamsSchema },
  responses: { 200: jsonAnswer(LearningEventRosterSchema, 'The roster'), 404: error('No such event') },
});

export interface LearningEventParts {
  events: LearningEvents;
  registrations: LearningRegistrations;
  attendance: LearningAttendance;
}

/** The event's page answer, for the reader. */
export async function eventDetailFor(
  deps: LearningDeps,
  events: LearningEvents,
  actor: Actor,
  id: string,
  locale: InterfaceLocale,
) {
  const view = await events.detail(actor, id);
  const names = await events.unitNames(view.event.invitedUnitCodes, locale);
  return presentEventDetail(view, names, actor, deps.clock, locale);
}

export function createEventRoutes(
  deps: LearningDeps,
  { events, registrations, attendance }: LearningEventParts,
) {
  const detail = (actor: Actor, id: string, locale: InterfaceLocale) =>
    eventDetailFor(deps, events, actor, id, locale);
  return createRouter()
    .openapi(listEvents, async (c) => {
      const actor = actorOf(c);
      return c.json(presentEventList(await events.list(actor), actor, c.get('locale')), 200);
    })
    .openapi(createEvent, async (c) => {
      const actor = actorOf(c);
      const id = await events.create(requestContext(c), actor, c.req.valid('json'));
      return c.json(await detail(actor, id, c.get('locale')), 201);
    })
    .openapi(getEvent, async (c) =>
      c.json(await detail(actorOf(c), c.req.valid('param').id, c.get('locale')), 200),
    )
    .openapi(updateEvent, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await registrations.updateEvent(requestContext(c), id, c.req.valid('json'));
      return c.json(await detail(actor, id, c.get('locale')), 200);
    })
    .openapi(changeStatus, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await events.changeStatus(requestContext(c), id, c.req.valid('json'));
      return c.json(await detail(actor, id, c.get('locale')), 200);
    })
    .openapi(getRoster, async (c) =>
      c.json(
        presentRoster(await attendance.roster(actorOf(c), c.req.valid('param').id, c.get('locale'))),
        200,
      ),
    );
}
