/**
 * Follow-up rounds (seed 003 §9.2, §10.4). Social Development (`outcomes:rounds`) opens and closes
 * them and enters answers on a business's behalf; the IAO, executives and Strategy and Evaluation
 * (`outcomes:read`) follow them and take their workbook and report; a business answers its own form
 * signed in (`outcomes:own`) or from the single-use link mailed to it (public: the link is the key).
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  FollowUpAnswerInputSchema,
  FollowUpDocumentQuerySchema,
  FollowUpFormQuerySchema,
  FollowUpFormSchema,
  FollowUpLinkAnswerInputSchema,
  FollowUpRatesUpdateSchema,
  FollowUpRoundCloseSchema,
  FollowUpRoundCreateSchema,
  FollowUpRoundDefaultsSchema,
  FollowUpRoundDetailSchema,
  FollowUpRoundListSchema,
  FollowUpRoundOpenedSchema,
  FollowUpRoundParamsSchema,
  FollowUpTokenParamsSchema,
  OwnFollowUpRoundListSchema,
} from '@bia/contracts';
import { renderDocx, renderPdf } from '../../shared/documents/official-document.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';
import {
  presentDefaults,
  presentFigures,
  presentForm,
  presentOwnRounds,
  presentRoundDetail,
  presentRoundSummary,
} from './rounds.presenter.ts';
import { createFollowUpAnswers } from './rounds.answers.ts';
import { roundReportOf } from './rounds.report-document.ts';
import { createFollowUpRounds, type FollowUpRounds } from './rounds.service.ts';
import {
  buildRoundWorkbook,
  roundFileName,
  XLSX_MEDIA_TYPE,
  type RoundSheetFacts,
} from './rounds.workbook.ts';

const tags = ['outcomes'];
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_MEDIA_TYPE = 'application/pdf';
const binary = (mediaType: string) => ({ [mediaType]: { schema: z.string().meta({ format: 'binary' }) } });

const detailAnswer = jsonAnswer(FollowUpRoundDetailSchema, 'The round live: answers, reminders, figures');
const formAnswer = jsonAnswer(FollowUpFormSchema, "The business's form: what is on record, and its answer");
const notFound = jsonAnswer(ErrorResponseSchema, 'No such round');
const invalid = jsonAnswer(
  ErrorResponseSchema,
  'A field at fault (a date before the period or to come, a product of another business, a deal of another business, a quantity out of range, a currency not of ISO 4217); nothing was written',
);

const listRounds = defineRoute('outcomes:read', {
  method: 'get',
  path: '/follow-up-rounds',
  tags,
  summary: 'The follow-up rounds, the latest period first, with how many businesses answered',
  responses: { 200: jsonAnswer(FollowUpRoundListSchema, 'The rounds') },
});

const roundDefaults = defineRoute('outcomes:rounds', {
  method: 'get',
  path: '/follow-up-rounds/defaults',
  tags,
  summary:
    'What a new round proposes: the six months ending 31 March or 30 September last ended, a deadline, and the businesses that presented at a held session in the last two fiscal years',
  responses: { 200: jsonAnswer(FollowUpRoundDefaultsSchema, 'The proposal') },
});

const openRound = defineRoute('outcomes:rounds', {
  method: 'post',
  path: '/follow-up-rounds',
  tags,
  summary:
    'Open a round: its period, deadline, businesses and exchange rates; each business is mailed its form (the mail counted as kept in the outbox, sent, or refused)',
  request: { body: jsonBody(FollowUpRoundCreateSchema) },
  responses: {
    201: jsonAnswer(FollowUpRoundOpenedSchema, 'The round, and what became of its mail'),
    400: invalid,
    409: jsonAnswer(ErrorResponseSchema, 'A round for this period exists already'),
  },
});

const getRound = defineRoute('outcomes:read', {
  method: 'get',
  path: '/follow-up-rounds/{id}',
  tags,
  summary: 'A round live: who answered and how, who not, the reminders sent; its figures, frozen and now',
  request: { params: FollowUpRoundParamsSchema },
  responses: { 200: detailAnswer, 404: notFound },
});

const closeRound = defineRoute('outcomes:rounds', {
  method: 'post',
  path: '/follow-up-rounds/{id}/close',
  tags,
  summary: 'Close a round at the version loaded: its figures are frozen, later corrections are amendments',
  request: { params: FollowUpRoundParamsSchema, body: jsonBody(FollowUpRoundCloseSchema) },
  responses: {
    200: detailAnswer,
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'Closed already, or changed since it was loaded'),
  },
});

const setRates = defineRoute('outcomes:rounds', {
  method: 'put',
  path: '/follow-up-rounds/{id}/rates',
  tags,
  summary:
    "Set an open round's exchange rates (baht per unit of each currency), the whole list, at the version loaded: its figures now convert at them",
  request: { params: FollowUpRoundParamsSchema, body: jsonBody(FollowUpRatesUpdateSchema) },
  responses: {
    200: detailAnswer,
    400: jsonAnswer(
      ErrorResponseSchema,
      'A rate at fault (a currency not of ISO 4217, baht, a currency twice, a rate not above zero or absurd); nothing was written',
    ),
    404: notFound,
    409: jsonAnswer(
      ErrorResponseSchema,
      'The round has closed (its figures are frozen at the rates it closed with), or it changed since it was loaded',
    ),
  },
});

const exportRound = defineRoute('outcomes:read', {
  method: 'get',
  path: '/follow-up-rounds/{id}/export.xlsx',
  tags,
  summary: "The round's figures in the seed's form (city, products, quantity ordered; contacts), as XLSX",
  request: { params: FollowUpRoundParamsSchema, query: FollowUpDocumentQuerySchema },
  responses: { 200: { description: 'The workbook', content: binary(XLSX_MEDIA_TYPE) }, 404: notFound },
});

function reportRoute(format: 'docx' | 'pdf') {
  return defineRoute('outcomes:read', {
    method: 'get',
    path: `/follow-up-rounds/{id}/report.${format}`,
    tags,
    summary: `The round's short report for the IAO as ${format.toUpperCase()}, in Thai or English (?lang=)`,
    request: { params: FollowUpRoundParamsSchema, query: FollowUpDocumentQuerySchema },
    responses: {
      200: {
        description: 'The report, as an attachment',
        content: binary(format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE),
      },
      404: notFound,
    },
  });
}

const getForm = defineRoute('authenticated', {
  method: 'get',
  path: '/follow-up-rounds/{id}/form',
  tags,
  summary:
    "A business's form in the round: its own (outcomes:own), or any business's for an officer entering its answer (outcomes:rounds)",
  request: { params: FollowUpRoundParamsSchema, query: FollowUpFormQuerySchema },
  responses: {
    200: formAnswer,
    403: jsonAnswer(ErrorResponseSchema, 'A business the reader does not keep'),
    404: jsonAnswer(ErrorResponseSchema, 'No such round, or the business was not asked in it'),
  },
});

const postAnswer = defineRoute('authenticated', {
  method: 'post',
  path: '/follow-up-rounds/{id}/answers',
  tags,
  summary:
    "A business's answer: what is new (contacts, orders) or nothing new; once per round. From an officer, marked as entered by staff",
  request: { params: FollowUpRoundParamsSchema, body: jsonBody(FollowUpAnswerInputSchema) },
  responses: {
    201: formAnswer,
    400: invalid,
    403: jsonAnswer(ErrorResponseSchema, 'A business the reader does not keep'),
    404: jsonAnswer(ErrorResponseSchema, 'No such round, or the business was not asked in it'),
    409: jsonAnswer(
      ErrorResponseSchema,
      'The round has closed, or the business has answered already; nothing was written',
    ),
  },
});

const ownRounds = defineRoute('outcomes:own', {
  method: 'get',
  path: '/my-follow-up-rounds',
  tags,
  summary: "The rounds that asked the signed-in entrepreneur's business, with its answer to each",
  responses: { 200: jsonAnswer(OwnFollowUpRoundListSchema, 'The rounds') },
});

const linkGone = jsonAnswer(
  ErrorResponseSchema,
  'The link was used (its answer was given), or its round has closed; nothing was written',
);

const getLinkForm = defineRoute('public', {
  method: 'get',
  path: '/public/follow-up/{token}',
  tags,
  summary: 'The form a single-use link opens (no account: the link is the key)',
  request: { params: FollowUpTokenParamsSchema },
  responses: { 200: formAnswer, 404: jsonAnswer(ErrorResponseSchema, 'No such link'), 410: linkGone },
});

const postLinkAnswer = defineRoute('public', {
  method: 'post',
  path: '/public/follow-up/{token}/answer',
  tags,
  summary: "The business's answer from its single-use link: once, while its round is open",
  request: { params: FollowUpTokenParamsSchema, body: jsonBody(FollowUpLinkAnswerInputSchema) },
  responses: {
    201: formAnswer,
    400: invalid,
    404: jsonAnswer(ErrorResponseSchema, 'No such link'),
    410: linkGone,
  },
});

async function sheetFacts(rounds: FollowUpRounds, id: string, language: 'th' | 'en', now: Date) {
  const facts = await rounds.documentFacts(id, language);
  const { summary } = facts;
  const sheet: RoundSheetFacts = {
    periodStart: summary.periodStart,
    periodEnd: summary.periodEnd,
    frozenAt: facts.isFrozen ? summary.closedAt : null,
    figures: presentFigures(facts.figures, facts.names, language),
    rates: facts.rates.map((rate) => ({ currency: rate.currency, bahtPerUnit: Number(rate.bahtPerUnit) })),
    answers: {
      asked: summary.businessCount,
      answered: summary.answeredCount,
      reported: summary.reportedCount,
      nothingNew: summary.nothingNewCount,
    },
    amendmentCount: facts.amendmentCount,
    generatedAt: now,
  };
  return sheet;
}

export function createFollowUpRoundRoutes(deps: OutcomesDeps) {
  const rounds = createFollowUpRounds(deps);
  const answers = createFollowUpAnswers(deps);
  const router = createRouter()
    .openapi(listRounds, async (c) => c.json({ items: (await rounds.list()).map(presentRoundSummary) }, 200))
    .openapi(roundDefaults, async (c) => {
      const locale = c.get('locale');
      return c.json(presentDefaults(await rounds.defaults(locale), locale), 200);
    })
    .openapi(openRound, async (c) => {
      const actor = actorOf(c);
      const locale = c.get('locale');
      const opened = await rounds.open(requestContext(c), actor, c.req.valid('json'));
      const round = presentRoundDetail(await rounds.detail(actor, opened.roundId, locale), locale);
      return c.json({ round, mail: opened.mail }, 201);
    })
    .openapi(ownRounds, async (c) => {
      const locale = c.get('locale');
      return c.json(presentOwnRounds(await answers.own(actorOf(c), locale), locale), 200);
    })
    .openapi(getRound, async (c) => {
      const locale = c.get('locale');
      return c.json(
        presentRoundDetail(await rounds.detail(actorOf(c), c.req.valid('param').id, locale), locale),
        200,
      );
    })
    .openapi(closeRound, async (c) => {
      const actor = actorOf(c);
      const locale = c.get('locale');
      const { id } = c.req.valid('param');
      await rounds.close(requestContext(c), actor, id, c.req.valid('json').version);
      return c.json(presentRoundDetail(await rounds.detail(actor, id, locale), locale), 200);
    })
    .openapi(setRates, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await rounds.setRates(requestContext(c), id, c.req.valid('json'));
      return c.json(
        presentRoundDetail(await rounds.detail(actor, id, c.get('locale')), c.get('locale')),
        200,
      );
    })
    .openapi(exportRound, async (c) => {
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const facts = await sheetFacts(rounds, id, lang, deps.clock.now());
      return fileAnswer(c, {
        content: await buildRoundWorkbook(facts, lang),
        mediaType: XLSX_MEDIA_TYPE,
        fileName: roundFileName(facts.periodStart, facts.periodEnd, lang, 'xlsx'),
      });
    })
    .openapi(getForm, async (c) => {
      const locale = c.get('locale');
      const view = await answers.form(
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('query').entrepreneurId,
        locale,
      );
      return c.json(presentForm(view, locale), 200);
    })
    .openapi(postAnswer, async (c) => {
      const locale = c.get('locale');
      const view = await answers.answerSignedIn(
        requestContext(c),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        locale,
      );
      return c.json(presentForm(view, locale), 201);
    })
    .openapi(getLinkForm, async (c) => {
      const locale = c.get('locale');
      return c.json(presentForm(await answers.linkForm(c.req.valid('param').token, locale), locale), 200);
    })
    .openapi(postLinkAnswer, async (c) => {
      const locale = c.get('locale');
      const view = await answers.answerByLink(
        requestContext(c),
        c.req.valid('param').token,
        c.req.valid('json'),
        locale,
      );
      return c.json(presentForm(view, locale), 201);
    });
  for (const format of ['docx', 'pdf'] as const) {
    router.openapi(reportRoute(format), async (c) => {
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const facts = await sheetFacts(rounds, id, lang, deps.clock.now());
      const document = roundReportOf(facts, lang);
      return fileAnswer(c, {
        content: format === 'docx' ? await renderDocx(document) : await renderPdf(document),
        mediaType: format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE,
        fileName: roundFileName(facts.periodStart, facts.periodEnd, lang, format),
      });
    });
  }
  return router;
}
