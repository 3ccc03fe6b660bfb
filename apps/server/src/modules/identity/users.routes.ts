/** Administration of users (administrators only). */
import { z } from 'zod';
import {
  CreatedUserSchema,
  CreateUserInputSchema,
  InvitationAnswerSchema,
  UpdateUserInputSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import type { UserService } from './users.service.ts';

const tags = ['administration'];
const UserIdParamsSchema = z.object({ id: z.uuid() });

const listUsers = defineRoute('users:manage', {
  method: 'get',
  path: '/users',
  tags,
  summary: 'Users, filtered by text, role and status',
  request: { query: UserListQuerySchema },
  responses: { 200: jsonAnswer(UserPageSchema, 'A page of users') },
});

const createUser = defineRoute('users:manage', {
  method: 'post',
  path: '/users',
  tags,
  summary: 'Create a user with roles; without a password an invitation is e-mailed',
  description:
    '`invitation.delivery` says where the invitation went: `outbox` (no mail server configured: the link is on the outbox page), `sent` (handed to the mail server) or `failed` (refused by it; kept in the outbox).',
  request: { body: jsonBody(CreateUserInputSchema) },
  responses: { 201: jsonAnswer(CreatedUserSchema, 'The new user, and where their invitation went') },
});

const getUser = defineRoute('users:manage', {
  method: 'get',
  path: '/users/{id}',
  tags,
  summary: 'One user',
  request: { params: UserIdParamsSchema },
  responses: { 200: jsonAnswer(UserSchema, 'The user'), 404: { description: 'No such user' } },
});

const updateUser = defineRoute('users:manage', {
  method: 'patch',
  path: '/users/{id}',
  tags,
  summary: 'Change a user’s name, roles or status (send the version you saw)',
  request: { params: UserIdParamsSchema, body: jsonBody(UpdateUserInputSchema) },
  responses: {
    200: jsonAnswer(UserSchema, 'The updated user'),
    409: { description: 'Changed by someone else meanwhile' },
  },
});

const resendInvitation = defineRoute('users:manage', {
  method: 'post',
  path: '/users/{id}/invitation',
  tags,
  summary: 'E-mail the user a new link to set their password',
  request: { params: UserIdParamsSchema },
  responses: { 202: jsonAnswer(InvitationAnswerSchema, 'Where the invitation went (outbox, sent, failed)') },
});

const unlockUser = defineRoute('users:manage', {
  method: 'post',
  path: '/users/{id}/unlock',
  tags,
  summary: 'Lift the lock that too many wrong passwords put on sign-in, before it ends by itself',
  request: { params: UserIdParamsSchema },
  responses: { 200: jsonAnswer(UserSchema, 'The user, no longer locked') },
});

export function createUserRoutes({ users }: { users: UserService }) {
  return createRouter()
    .openapi(listUsers, async (c) => c.json(await users.list(c.req.valid('query'), c.get('locale')), 200))
    .openapi(createUser, async (c) =>
      c.json(await users.create(c.req.valid('json'), requestContext(c), c.get('locale')), 201),
    )
    .openapi(getUser, async (c) => c.json(await users.get(c.req.valid('param').id, c.get('locale')), 200))
    .openapi(updateUser, async (c) =>
      c.json(
        await users.update(
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          requestContext(c),
          c.get('locale'),
        ),
        200,
      ),
    )
    .openapi(resendInvitation, async (c) =>
      c.json(await users.resendInvitation(c.req.valid('param').id, requestContext(c)), 202),
    )
    .openapi(unlockUser, async (c) =>
      c.json(await users.unlock(c.req.valid('param').id, requestContext(c), c.get('locale')), 200),
    );
}
