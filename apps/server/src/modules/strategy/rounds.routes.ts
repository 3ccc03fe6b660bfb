/**
 * The plan's progress rounds (issue 15). The IAO and the strategy officer (`strategy:rounds`) open
 * rounds and review reports; executives (`strategy:approve`) approve a round; liaison officers and the
 * IAO (`strategy:submit`) report their unit's items; the office's staff (`strategy:read`) follow them.
 */
import {
  ErrorResponseSchema,
  StrategyAmendmentSchema,
  StrategyItemDetailSchema,
  StrategyItemParamsSchema,
  StrategyMyItemListSchema,
  StrategyReviewInputSchema,
  StrategyRoundApproveSchema,
  StrategyRoundCreateSchema,
  StrategyRoundDetailSchema,
  StrategyRoundListSchema,
  StrategyRoundParamsSchema,
  StrategySubmissionParamsSchema,
  StrategySubmissionSaveSchema,
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
  presentItemDetail,
  presentMyItems,
  presentRoundDetail,
  presentRoundList,
} from './rounds.presenter.ts';
import type { StrategyRounds } from './rounds.service.ts';

const tags = ['strategy'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const roundAnswer = jsonAnswer(
  StrategyRoundDetailSchema,
  'The round: its items, their state and who is late',
);
const itemAnswer = jsonAnswer(StrategyItemDetailSchema, "The item: every unit's report and its reviews");

const listRounds = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/rounds',
  tags,
  summary: 'Every progress round of the strategic plan, the latest period first',
  responses: { 200: jsonAnswer(StrategyRoundListSchema, 'The rounds') },
});

const openRound = defineRoute('strategy:rounds', {
  method: 'post',
  path: '/strategy/rounds',
  tags,
  summary:
    'Open a progress round: every KPI and project of the plan in force becomes an item of its lead unit',
  request: { body: jsonBody(StrategyRoundCreateSchema) },
  responses: {
    201: roundAnswer,
    400: error('A field is wrong (the period, a deadline in the past)'),
    404: error('No strategic plan is loaded'),
    409: error('A round for this period of the plan exists already'),
  },
});

const getRound = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/rounds/{id}',
  tags,
  summary: 'A round: its items with their state and lead unit, and the units late',
  request: { params: StrategyRoundParamsSchema },
  responses: { 200: roundAnswer, 404: error('No such round') },
});

const approveRound = defineRoute('strategy:approve', {
  method: 'post',
  path: '/strategy/rounds/{id}/approve',
  tags,
  summary: 'Approve a round whose every item is accepted, at the version read: it is frozen',
  request: { params: StrategyRoundParamsSchema, body: jsonBody(StrategyRoundApproveSchema) },
  responses: {
    200: roundAnswer,
    404: error('No such round'),
    409: error('Approved already, items not accepted, or changed since it was read'),
  },
});

const myItems = defineRoute('strategy:submit', {
  method: 'get',
  path: '/strategy/my-items',
  tags,
  summary: "The items of open rounds the reader's unit leads or supports, with its report's state",
  responses: { 200: jsonAnswer(StrategyMyItemListSchema, 'What the unit must report') },
});

const getItem = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/round-items/{id}',
  tags,
  summary: "A round's item: its measure, every unit's report and its review history",
  request: { params: StrategyItemParamsSchema },
  responses: { 200: itemAnswer, 404: error('No such item') },
});

const saveSubmission = defineRoute('strategy:submit', {
  method: 'put',
  path: '/strategy/round-items/{id}/submissions/{unitCode}',
  tags,
  summary: "Save a unit's report on an item, as a draft or submitted, at the version read",
  request: { params: StrategySubmissionParamsSchema, body: jsonBody(StrategySubmissionSaveSchema) },
  responses: {
    200: itemAnswer,
    400: error('A field does not fit the item (a level outside its rubric, a value of the wrong kind…)'),
    403: error('Not the reader’s unit, or the unit neither leads nor supports the item'),
    404: error('No such item'),
    409: error('The round is approved, the report is submitted, or it changed since it was read'),
  },
});

const reviewSubmission = defineRoute('strategy:rounds', {
  method: 'post',
  path: '/strategy/round-items/{id}/submissions/{unitCode}/review',
  tags,
  summary: "Accept a unit's submitted report, or return it with a comment",
  request: { params: StrategySubmissionParamsSchema, body: jsonBody(StrategyReviewInputSchema) },
  responses: {
    200: itemAnswer,
    400: error('A return without a comment'),
    404: error('No such item or report'),
    409: error('The report is not submitted, or it changed since it was read'),
  },
});

const amendSubmission = defineRoute('strategy:submit', {
  method: 'post',
  path: '/strategy/round-items/{id}/submissions/{unitCode}/amendment',
  tags,
  summary: 'Correct an accepted report of an approved round: an amendment, reviewed again',
  request: { params: StrategySubmissionParamsSchema, body: jsonBody(StrategyAmendmentSchema) },
  responses: {
    200: itemAnswer,
    400: error('A field does not fit the item, or no reason is given'),
    403: error('Not the reader’s unit, or the unit neither leads nor supports the item'),
    404: error('No such item or report'),
    409: error('The round is not approved, the report is not accepted, or it changed since it was read'),
  },
});

export function createStrategyRoundRoutes({ rounds }: { rounds: StrategyRounds }) {
  const detail = async (actor: Parameters<StrategyRounds['canReview']>[0], id: string, locale: 'th' | 'en') =>
    presentRoundDetail(
      await rounds.detail(id, locale),
      rounds,
      { canReview: rounds.canReview(actor), canApprove: rounds.canApprove(actor) },
      locale,
    );
  return createRouter()
    .openapi(listRounds, async (c) => c.json(presentRoundList(await rounds.list(c.get('locale'))), 200))
    .openapi(openRound, async (c) => {
      const actor = actorOf(c);
      const id = await rounds.open(requestContext(c), actor, c.req.valid('json'));
      return c.json(await detail(actor, id, c.get('locale')), 201);
    })
    .openapi(getRound, async (c) =>
      c.json(await detail(actorOf(c), c.req.valid('param').id, c.get('locale')), 200),
    )
    .openapi(approveRound, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await rounds.approve(requestContext(c), actor, id, c.req.valid('json').version);
      return c.json(await detail(actor, id, c.get('locale')), 200);
    })
    .openapi(myItems, async (c) =>
      c.json(presentMyItems(await rounds.myItems(actorOf(c), c.get('locale')), rounds, c.get('locale')), 200),
    )
    .openapi(getItem, async (c) =>
      c.json(
        presentItemDetail(
          await rounds.item(c.req.valid('param').id, c.get('locale'), c.get('actor')),
          c.get('locale'),
        ),
        200,
      ),
    )
    .openapi(saveSubmission, async (c) => {
      const { id, unitCode } = c.req.valid('param');
      await rounds.save(requestContext(c), actorOf(c), id, unitCode, c.req.valid('json'));
      return c.json(
        presentItemDetail(await rounds.item(id, c.get('locale'), c.get('actor')), c.get('locale')),
        200,
      );
    })
    .openapi(reviewSubmission, async (c) => {
      const { id, unitCode } = c.req.valid('param');
      await rounds.review(requestContext(c), actorOf(c), id, unitCode, c.req.valid('json'));
      return c.json(
        presentItemDetail(await rounds.item(id, c.get('locale'), c.get('actor')), c.get('locale')),
        200,
      );
    })
    .openapi(amendSubmission, async (c) => {
      const { id, unitCode } = c.req.valid('param');
      await rounds.amend(requestContext(c), actorOf(c), id, unitCode, c.req.valid('json'));
      return c.json(
        presentItemDetail(await rounds.item(id, c.get('locale'), c.get('actor')), c.get('locale')),
        200,
      );
    });
}
