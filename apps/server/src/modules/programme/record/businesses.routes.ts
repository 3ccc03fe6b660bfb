/** The businesses presenting at a session, and the ones recommended for it. */
import {
  AddSessionEntrepreneurInputSchema,
  ErrorResponseSchema,
  RecommendationListSchema,
  SessionEntrepreneurListSchema,
  SessionEntrepreneurParamsSchema,
  SessionParamsSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import type { ProgrammeSessions } from '../sessions/sessions.service.ts';
import type { SessionBusinesses } from './businesses.service.ts';
import { presentRecommendations, presentSessionBusinesses } from './record.presenter.ts';

const tags = ['programme'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No such session, or the business is not presenting');

const recommend = defineRoute('sessions:entrepreneurs', {
  method: 'get',
  path: '/programme-sessions/{id}/recommendations',
  tags,
  summary:
    "Businesses whose listed products match the categories and HS chapters the session's cities asked for",
  request: { params: SessionParamsSchema },
  responses: { 200: jsonAnswer(RecommendationListSchema, 'Best first, with what matched'), 404: notFound },
});

const list = defineRoute('sessions:read', {
  method: 'get',
  path: '/programme-sessions/{id}/entrepreneurs',
  tags,
  summary: 'The businesses presenting at a session, with their products',
  request: { params: SessionParamsSchema },
  responses: { 200: jsonAnswer(SessionEntrepreneurListSchema, 'The businesses presenting'), 404: notFound },
});

const add = defineRoute('sessions:entrepreneurs', {
  method: 'post',
  path: '/programme-sessions/{id}/entrepreneurs',
  tags,
  summary: "Add a business and the products it presents (beyond the year's plan only with overPlanReason)",
  request: { params: SessionParamsSchema, body: jsonBody(AddSessionEntrepreneurInputSchema) },
  responses: {
    201: jsonAnswer(SessionEntrepreneurListSchema, 'The businesses presenting'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The business is presenting already'),
    422: jsonAnswer(ErrorResponseSchema, 'More businesses than the year plans per session, with no reason'),
  },
});

const remove = defineRoute('sessions:entrepreneurs', {
  method: 'delete',
  path: '/programme-sessions/{id}/entrepreneurs/{entrepreneurId}',
  tags,
  summary: 'Take a business off a session',
  request: { params: SessionEntrepreneurParamsSchema },
  responses: { 204: { description: 'Removed' }, 404: notFound },
});

export function createSessionBusinessesRoutes({
  businesses,
  sessions,
}: {
  businesses: SessionBusinesses;
  sessions: ProgrammeSessions;
}) {
  return createRouter()
    .openapi(recommend, async (c) =>
      c.json(presentRecommendations(await businesses.recommendations(c.req.valid('param').id)), 200),
    )
    .openapi(list, async (c) => {
      // A partner city's coordinator sees the businesses of their own city's sessions only.
      await sessions.getSession(actorOf(c), c.req.valid('param').id);
      return c.json(presentSessionBusinesses(await businesses.list(c.req.valid('param').id)), 200);
    })
    .openapi(add, async (c) => {
      const id = c.req.valid('param').id;
      await businesses.add(id, c.req.valid('json'), requestContext(c));
      return c.json(presentSessionBusinesses(await businesses.list(id)), 201);
    })
    .openapi(remove, async (c) => {
      const { id, entrepreneurId } = c.req.valid('param');
      await businesses.remove(id, entrepreneurId, requestContext(c));
      return c.body(null, 204);
    });
}
