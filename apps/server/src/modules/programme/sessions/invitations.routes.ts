/**
 * Invitation links to a session's partner side (for the IAO and the city's coordinator), and the
 * public registration that a link opens: no account, the link is the key.
 */
import { z } from 'zod';
import {
  CreatedInvitationSchema,
  CreateInvitationInputSchema,
  ErrorResponseSchema,
  InvitationListSchema,
  InvitationParamsSchema,
  InvitationTokenParamsSchema,
  NewInvitationLinkInputSchema,
  PublicInvitationQuerySchema,
  PublicInvitationSchema,
  RegistrationInputSchema,
  SessionParamsSchema,
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
import {
  presentCreatedInvitation,
  presentInvitation,
  presentPublicInvitation,
} from './invitations.presenter.ts';
import type { ProgrammeInvitations } from './invitations.service.ts';

const tags = ['programme'];
const gone = jsonAnswer(
  ErrorResponseSchema,
  'The link has expired (invitation_expired) or registered someone already (invitation_used), or the session is over (session_over) or cancelled (invitation_session_cancelled)',
);
const unknownLink = jsonAnswer(
  ErrorResponseSchema,
  'No such link, however it is written (invitation_not_found)',
);

const invite = defineRoute('sessions:invite', {
  method: 'post',
  path: '/programme-sessions/{id}/invitations',
  tags,
  summary:
    "Issue an invitation link for a participant of one of the session's cities (shown once), usable until the session ends unless an earlier expiry is given; mailed to the invitee when an address is given",
  request: { params: SessionParamsSchema, body: jsonBody(CreateInvitationInputSchema) },
  responses: {
    201: jsonAnswer(
      CreatedInvitationSchema,
      'The invitation, its link, and what became of the e-mail (sent, outbox, failed; null: none)',
    ),
    403: jsonAnswer(ErrorResponseSchema, 'A coordinator inviting for another city'),
    404: jsonAnswer(ErrorResponseSchema, 'No such session'),
  },
});

const newLink = defineRoute('sessions:invite', {
  method: 'post',
  path: '/programme-sessions/{id}/invitations/{invitationId}/link',
  tags,
  summary:
    'A new link for an invitation whose link was lost (shown once): the old link stops working; mailed to the invitee when asked',
  request: { params: InvitationParamsSchema, body: jsonBody(NewInvitationLinkInputSchema) },
  responses: {
    200: jsonAnswer(CreatedInvitationSchema, 'The invitation, its new link, and what became of the e-mail'),
    400: jsonAnswer(ErrorResponseSchema, 'Mail asked for an invitation with no address, or used already'),
    403: jsonAnswer(ErrorResponseSchema, 'A coordinator asking for another city’s invitation'),
    404: jsonAnswer(ErrorResponseSchema, 'No such session or invitation'),
    409: jsonAnswer(
      ErrorResponseSchema,
      'The invitation expired unused (invitation_closed), or the session is held or cancelled',
    ),
  },
});

const listInvitations = defineRoute('sessions:invite', {
  method: 'get',
  path: '/programme-sessions/{id}/invitations',
  tags,
  summary: "A session's invitations (a coordinator: their city's), with who registered",
  request: { params: SessionParamsSchema },
  responses: {
    200: jsonAnswer(InvitationListSchema, 'The invitations'),
    404: jsonAnswer(ErrorResponseSchema, 'No such session'),
  },
});

const view = defineRoute('public', {
  method: 'get',
  path: '/public/invitations/{token}',
  tags,
  summary: 'What an invitation link shows: the session in the participant’s time, agenda and products',
  request: { params: InvitationTokenParamsSchema, query: PublicInvitationQuerySchema },
  responses: {
    200: jsonAnswer(PublicInvitationSchema, 'The session'),
    404: unknownLink,
    410: gone,
  },
});

const register = defineRoute('public', {
  method: 'post',
  path: '/public/invitations/{token}/registration',
  tags,
  summary: 'Register with an invitation link: once, before it expires',
  request: {
    params: InvitationTokenParamsSchema,
    query: PublicInvitationQuerySchema,
    body: jsonBody(RegistrationInputSchema),
  },
  responses: {
    201: jsonAnswer(PublicInvitationSchema, 'Registered: the session with its meeting link'),
    404: unknownLink,
    409: jsonAnswer(ErrorResponseSchema, 'This e-mail address is registered for the session already'),
    410: gone,
  },
});

const calendar = defineRoute('public', {
  method: 'get',
  path: '/public/invitations/{token}/calendar.ics',
  tags,
  summary:
    "The registered participant's calendar invitation (RFC 5545), in their city's time zone and their language (or the one asked for)",
  request: { params: InvitationTokenParamsSchema, query: PublicInvitationQuerySchema },
  responses: {
    200: {
      description: 'An iCalendar file',
      content: { 'text/calendar': { schema: z.string() } },
    },
    404: unknownLink,
    409: jsonAnswer(ErrorResponseSchema, 'Not registered yet'),
  },
});

const join = defineRoute('public', {
  method: 'get',
  path: '/public/invitations/{token}/join',
  tags,
  summary:
    'Join the meeting: redirects a registered participant to its link, checking them in once the session is open',
  request: { params: InvitationTokenParamsSchema },
  responses: {
    302: { description: 'To the meeting link' },
    404: unknownLink,
    409: jsonAnswer(
      ErrorResponseSchema,
      'Not registered yet, no meeting link yet, or the session was cancelled',
    ),
  },
});

export function createProgrammeInvitationsRoutes({ invitations }: { invitations: ProgrammeInvitations }) {
  return createRouter()
    .openapi(invite, async (c) => {
      const created = await invitations.invite(
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentCreatedInvitation(created, invitations.now()), 201);
    })
    .openapi(newLink, async (c) => {
      const { id, invitationId } = c.req.valid('param');
      const renewed = await invitations.newLink(
        actorOf(c),
        id,
        invitationId,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentCreatedInvitation(renewed, invitations.now()), 200);
    })
    .openapi(listInvitations, async (c) => {
      const items = await invitations.list(actorOf(c), c.req.valid('param').id);
      const now = invitations.now();
      return c.json({ items: items.map((item) => presentInvitation(item, now)) }, 200);
    })
    .openapi(view, async (c) =>
      c.json(
        presentPublicInvitation(
          await invitations.publicView(c.req.valid('param').token),
          c.req.valid('query').lang,
        ),
        200,
      ),
    )
    .openapi(register, async (c) => {
      const token = c.req.valid('param').token;
      await invitations.register(token, c.req.valid('json'), requestContext(c));
      return c.json(
        presentPublicInvitation(await invitations.publicView(token), c.req.valid('query').lang),
        201,
      );
    })
    .openapi(join, async (c) =>
      c.redirect(await invitations.join(c.req.valid('param').token, requestContext(c)), 302),
    )
    .openapi(calendar, async (c) => {
      const ics = await invitations.calendar(c.req.valid('param').token, c.req.valid('query').lang);
      return c.body(ics.content, 200, calendarFileHeaders(ics.method));
    });
}
