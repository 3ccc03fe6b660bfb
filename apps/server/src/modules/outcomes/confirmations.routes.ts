/**
 * The buyer's confirmations of deals' entries: asked for by whoever records the deal, answered by the
 * buyer from a single-use link (public: the link is the key) or from their buyer account.
 */
import {
  AccountConfirmationInputSchema,
  ConfirmationAnswerInputSchema,
  ConfirmationAnswerSchema,
  ConfirmationRequestInputSchema,
  ConfirmationTokenParamsSchema,
  CreatedConfirmationRequestSchema,
  DealConfirmationsSchema,
  DealEntryParamsSchema,
  DealParamsSchema,
  DealSchema,
  ErrorResponseSchema,
  PublicConfirmationQuerySchema,
  PublicConfirmationSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import {
  presentConfirmationRequest,
  presentCreatedConfirmationRequest,
  presentDispute,
  presentPublicConfirmation,
} from './confirmations.presenter.ts';
import { createDealConfirmations, type DealConfirmations } from './confirmations.service.ts';
import { presentDeal } from './deals.presenter.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';

const tags = ['outcomes'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No such deal (or entry) among those the reader may see');
const unknownLink = jsonAnswer(
  ErrorResponseSchema,
  'No such link, however it is written, or its entry was removed (`confirmation_link_not_found`)',
);
const gone = jsonAnswer(
  ErrorResponseSchema,
  'The link has expired (`confirmation_link_expired`) or was answered already (`confirmation_link_used`)',
);
const entryMovedOn = jsonAnswer(
  ErrorResponseSchema,
  'The entry was amended (`confirmation_entry_superseded`), changed (`confirmation_entry_changed`) or confirmed (`confirmation_already_confirmed`) since the link was made',
);

const requestConfirmation = defineRoute('authenticated', {
  method: 'post',
  path: '/deals/{id}/entries/{entryId}/confirmation-requests',
  tags,
  summary:
    "Ask the deal's buyer to confirm an order, repeat order or agreement: a single-use link (30 days unless asked, 1–90) mailed to the buyer in their language; the link is never shown (outcomes:edit any deal; outcomes:own the own business's)",
  request: { params: DealEntryParamsSchema, body: jsonBody(ConfirmationRequestInputSchema) },
  responses: {
    201: jsonAnswer(
      CreatedConfirmationRequestSchema,
      'The request, and what became of its mail (outbox, sent, failed)',
    ),
    403: jsonAnswer(ErrorResponseSchema, 'The reader may see the deal but not record it'),
    404: notFound,
    409: jsonAnswer(
      ErrorResponseSchema,
      'Not an order, repeat order or agreement (`confirmation_kind_not_confirmable`), confirmed already, superseded, or the deal has no buyer e-mail (`confirmation_no_buyer_email`)',
    ),
  },
});

const listConfirmations = defineRoute('authenticated', {
  method: 'get',
  path: '/deals/{id}/confirmations',
  tags,
  summary:
    "A deal's requests for confirmation with where each stands, and what its buyer said was not right (with their notes)",
  request: { params: DealParamsSchema },
  responses: {
    200: jsonAnswer(DealConfirmationsSchema, 'Requests, newest first, and disputes'),
    404: notFound,
  },
});

const confirmFromAccount = defineRoute('outcomes:confirm', {
  method: 'post',
  path: '/deals/{id}/entries/{entryId}/confirmation',
  tags,
  summary:
    'As the buyer named by the deal (their account, or their e-mail address): confirm an order, repeat order or agreement, or say it is not right with a note (at the version read)',
  request: { params: DealEntryParamsSchema, body: jsonBody(AccountConfirmationInputSchema) },
  responses: {
    200: jsonAnswer(DealSchema, 'The deal as it is now'),
    403: jsonAnswer(ErrorResponseSchema, 'The reader may see the deal but is not its buyer'),
    404: notFound,
    409: jsonAnswer(
      ErrorResponseSchema,
      'Not a confirmable kind, confirmed already, superseded, or changed since it was read (`conflict_stale`)',
    ),
  },
});

const publicView = defineRoute('public', {
  method: 'get',
  path: '/public/deal-confirmations/{token}',
  tags,
  summary:
    'What a confirmation link shows: the entry (business, products, quantities, values, dates) in the language asked for (the link’s unless said)',
  request: { params: ConfirmationTokenParamsSchema, query: PublicConfirmationQuerySchema },
  responses: {
    200: jsonAnswer(PublicConfirmationSchema, 'The entry to confirm'),
    404: unknownLink,
    409: entryMovedOn,
    410: gone,
  },
});

const answerLink = defineRoute('public', {
  method: 'post',
  path: '/public/deal-confirmations/{token}/answer',
  tags,
  summary:
    'The buyer’s answer through the link, once: confirm, or say it is not right with a note (the entry then stays unconfirmed)',
  request: { params: ConfirmationTokenParamsSchema, body: jsonBody(ConfirmationAnswerInputSchema) },
  responses: {
    200: jsonAnswer(ConfirmationAnswerSchema, 'What the answer did'),
    404: unknownLink,
    409: entryMovedOn,
    410: gone,
  },
});

export function createConfirmationRoutes(deps: OutcomesDeps) {
  return createConfirmationRouter(createDealConfirmations(deps));
}

function createConfirmationRouter(confirmations: DealConfirmations) {
  return createRouter()
    .openapi(requestConfirmation, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const { link, delivery } = await confirmations.request(
        requestContext(c),
        actorOf(c),
        id,
        entryId,
        c.req.valid('json'),
      );
      return c.json(presentCreatedConfirmationRequest(link, delivery, confirmations.now()), 201);
    })
    .openapi(listConfirmations, async (c) => {
      const { requests, disputes } = await confirmations.list(actorOf(c), c.req.valid('param').id);
      const now = confirmations.now();
      return c.json(
        {
          requests: requests.map((request) => presentConfirmationRequest(request, now)),
          disputes: disputes.map(presentDispute),
        },
        200,
      );
    })
    .openapi(confirmFromAccount, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const { view, names } = await confirmations.answerByAccount(
        requestContext(c),
        actorOf(c),
        id,
        entryId,
        c.req.valid('json'),
      );
      return c.json(presentDeal(view, names, c.get('locale')), 200);
    })
    .openapi(publicView, async (c) => {
      const { link, view } = await confirmations.publicView(c.req.valid('param').token);
      return c.json(presentPublicConfirmation(view, link, c.req.valid('query').lang), 200);
    })
    .openapi(answerLink, async (c) => {
      const { answer, answeredAt } = await confirmations.answerByLink(
        c.req.valid('param').token,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json({ answer, answeredAt: answeredAt.toISOString() }, 200);
    });
}
