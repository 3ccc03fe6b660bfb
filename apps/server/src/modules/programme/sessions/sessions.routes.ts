/** A year's trade sessions: suggested times, scheduling across time zones, the agenda and the connection test. */
import { z } from 'zod';
import {
  CreateSessionInputSchema,
  ErrorResponseSchema,
  FiscalYearParamsSchema,
  SessionDetailSchema,
  SessionListSchema,
  SessionParamsSchema,
  SlotSuggestionQuerySchema,
  SlotSuggestionsSchema,
  UpdateSessionInputSchema,
} from '@bia/contracts';
import { calendarFileHeaders } from './calendar.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import { presentSession, presentSessionSummary } from './sessions.presenter.ts';
import type { ProgrammeSessions, SessionWithCities } from './sessions.service.ts';

const tags = ['programme'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No programme for this fiscal year, or no such session');
const needsReason = jsonAnswer(
  ErrorResponseSchema,
  'The time does not suit every city (office hours, lunch, work day, holiday, length): send overrideReason to keep it',
);

const listAllSessions = defineRoute('sessions:read', {
  method: 'get',
  path: '/programme-sessions',
  tags,
  summary: "Sessions of every year, newest first (a partner city's coordinator: those of their city)",
  request: { query: z.object({ fiscalYear: z.coerce.number().int().min(2560).max(2600).optional() }) },
  responses: { 200: jsonAnswer(SessionListSchema, 'The sessions'), 404: notFound },
});

const suggest = defineRoute('programme:read', {
  method: 'get',
  path: '/programmes/{fiscalYear}/session-slots',
  tags,
  summary: 'Times inside the office hours of Bangkok and every city given, out of lunch and holidays',
  request: { params: FiscalYearParamsSchema, query: SlotSuggestionQuerySchema },
  responses: { 200: jsonAnswer(SlotSuggestionsSchema, 'Suggested times, earliest first'), 404: notFound },
});

const createSession = defineRoute('programme:manage', {
  method: 'post',
  path: '/programmes/{fiscalYear}/sessions',
  tags,
  summary: 'Schedule a session with one accepted city or several (times in UTC or with their offset)',
  request: { params: FiscalYearParamsSchema, body: jsonBody(CreateSessionInputSchema) },
  responses: { 201: jsonAnswer(SessionDetailSchema, 'The session'), 404: notFound, 422: needsReason },
});

const getSession = defineRoute('sessions:read', {
  method: 'get',
  path: '/programme-sessions/{id}',
  tags,
  summary:
    "A session with each city's local time, what does not suit about it, its agenda and connection test",
  request: { params: SessionParamsSchema },
  responses: { 200: jsonAnswer(SessionDetailSchema, 'The session'), 404: notFound },
});

const updateSession = defineRoute('programme:manage', {
  method: 'patch',
  path: '/programme-sessions/{id}',
  tags,
  summary: 'Reschedule, change the agenda or link, record the connection test, mark held or cancelled',
  request: { params: SessionParamsSchema, body: jsonBody(UpdateSessionInputSchema) },
  responses: {
    200: jsonAnswer(SessionDetailSchema, 'The session changed'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'A stale version, or marked held before it took place'),
    422: needsReason,
  },
});

const sessionCalendar = defineRoute('sessions:read', {
  method: 'get',
  path: '/programme-sessions/{id}/calendar.ics',
  tags,
  summary:
    "The session's calendar invitation (RFC 5545): in Bangkok's time for staff, a city's for its coordinator",
  request: { params: SessionParamsSchema },
  responses: {
    200: { description: 'An iCalendar file', content: { 'text/calendar': { schema: z.string() } } },
    404: notFound,
  },
});

export function createProgrammeSessionsRoutes({ sessions }: { sessions: ProgrammeSessions }) {
  const detail = async (parts: SessionWithCities, actor: Parameters<typeof presentSession>[2]) =>
    presentSession(
      parts,
      { times: sessions.timesOf(parts), problems: await sessions.currentProblems(parts) },
      actor,
    );
  return createRouter()
    .openapi(listAllSessions, async (c) => {
      const items = await sessions.listSessions(actorOf(c), c.req.valid('query').fiscalYear);
      return c.json({ items: items.map(presentSessionSummary) }, 200);
    })
    .openapi(suggest, async (c) =>
      c.json(await sessions.suggestions(c.req.valid('param').fiscalYear, c.req.valid('query')), 200),
    )
    .openapi(createSession, async (c) => {
      const created = await sessions.createSession(
        c.req.valid('param').fiscalYear,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(await detail(created, c.get('actor')), 201);
    })
    .openapi(sessionCalendar, async (c) => {
      const ics = await sessions.calendarFor(actorOf(c), c.req.valid('param').id);
      return c.body(ics.content, 200, calendarFileHeaders(ics.method));
    })
    .openapi(getSession, async (c) => {
      const found = await sessions.getSession(actorOf(c), c.req.valid('param').id);
      return c.json(await detail(found, c.get('actor')), 200);
    })
    .openapi(updateSession, async (c) => {
      const updated = await sessions.updateSession(
        c.req.valid('param').id,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(await detail(updated, c.get('actor')), 200);
    });
}
