/**
 * One's own sessions, for those outside the office (decision 0019): a partner city's coordinator sees
 * their city's, an entrepreneur those their business presents at, a partner city's buyer those they
 * registered for. Any signed-in person may ask; what they get follows from their role grants alone.
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  OwnSessionDetailSchema,
  OwnSessionListSchema,
  SessionParamsSchema,
} from '@bia/contracts';
import { actorOf, createRouter, defineRoute, jsonAnswer } from '../../../shared/http.ts';
import { calendarFileHeaders } from './calendar.ts';
import { presentOwnSession, presentOwnSessionDetail } from './sessions.presenter.ts';
import type { ProgrammeSessions } from './sessions.service.ts';

const tags = ['programme'];
const notOwn = jsonAnswer(ErrorResponseSchema, 'No such session among the reader’s own');

const listOwn = defineRoute('authenticated', {
  method: 'get',
  path: '/my-sessions',
  tags,
  summary:
    "The reader's own sessions: their city's (a coordinator), their business's (an entrepreneur), those they registered for (a buyer)",
  responses: { 200: jsonAnswer(OwnSessionListSchema, 'To come first, the soonest first; then past ones') },
});

const getOwn = defineRoute('authenticated', {
  method: 'get',
  path: '/my-sessions/{id}',
  tags,
  summary: "One of the reader's own sessions, read-only: times, agenda, and the meeting link",
  request: { params: SessionParamsSchema },
  responses: { 200: jsonAnswer(OwnSessionDetailSchema, 'The session'), 404: notOwn },
});

const ownCalendar = defineRoute('authenticated', {
  method: 'get',
  path: '/my-sessions/{id}/calendar.ics',
  tags,
  summary: "One's own session's calendar invitation, on one's city's clock (Bangkok's for a business)",
  request: { params: SessionParamsSchema },
  responses: {
    200: { description: 'An iCalendar file', content: { 'text/calendar': { schema: z.string() } } },
    404: notOwn,
  },
});

export function createOwnSessionsRoutes({ sessions }: { sessions: ProgrammeSessions }) {
  return createRouter()
    .openapi(listOwn, async (c) => {
      const own = await sessions.listOwnSessions(actorOf(c));
      return c.json(
        { items: own.map((parts) => presentOwnSession(parts, sessions.timesOf(parts), c.get('locale'))) },
        200,
      );
    })
    .openapi(ownCalendar, async (c) => {
      const ics = await sessions.ownCalendar(actorOf(c), c.req.valid('param').id, c.get('locale'));
      return c.body(ics.content, 200, calendarFileHeaders(ics.method));
    })
    .openapi(getOwn, async (c) => {
      const own = await sessions.getOwnSession(actorOf(c), c.req.valid('param').id);
      return c.json(presentOwnSessionDetail(own, sessions.timesOf(own), c.get('locale')), 200);
    });
}
