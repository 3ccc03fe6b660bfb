/**
 * The impact register (issue 16). The IAO (`impacts:manage`) keeps the themes, reviews the answers
 * and turns an item into a coordination request; liaison officers (`impacts:submit`) answer for
 * their own unit; the office's readers (`impacts:read`) read the matrix and export it.
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  ImpactAnswerDetailSchema,
  ImpactAnswerParamsSchema,
  ImpactAnswerSaveSchema,
  ImpactItemParamsSchema,
  ImpactMatrixQuerySchema,
  ImpactMatrixSchema,
  ImpactReviewInputSchema,
  ImpactThemeDetailSchema,
  ImpactThemeInputSchema,
  ImpactThemeListSchema,
  ImpactThemeParamsSchema,
  ImpactThemeSchema,
  ImpactThemeUpdateSchema,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor } from '../../shared/actor.ts';
import { plainAttachment } from '../../shared/file-names.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import type { ImpactMatrixService } from './impacts.matrix.ts';
import {
  presentAnswer,
  presentMatrix,
  presentTheme,
  presentThemeDetail,
  presentThemeList,
} from './impacts.presenter.ts';
import type { ImpactsService } from './impacts.service.ts';
import { buildMatrixWorkbook, matrixFileName, XLSX_MEDIA_TYPE } from './impacts.workbook.ts';

const tags = ['impacts'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const answerAnswer = jsonAnswer(ImpactAnswerDetailSchema, "The unit's answer: its items, state and history");

const listThemes = defineRoute('authenticated', {
  method: 'get',
  path: '/impacts/themes',
  tags,
  summary:
    "The themes, with how many units answered and the reader's own units' answers (impacts:read or impacts:submit)",
  responses: {
    200: jsonAnswer(ImpactThemeListSchema, 'The themes'),
    403: error('Neither reads nor answers'),
  },
});

const createTheme = defineRoute('impacts:manage', {
  method: 'post',
  path: '/impacts/themes',
  tags,
  summary: 'Add a theme the units answer for',
  request: { body: jsonBody(ImpactThemeInputSchema) },
  responses: {
    201: jsonAnswer(ImpactThemeSchema, 'The theme'),
    409: error('A theme of that name exists'),
  },
});

const updateTheme = defineRoute('impacts:manage', {
  method: 'put',
  path: '/impacts/themes/{id}',
  tags,
  summary: 'Change a theme (open or close it, its due date) at the version read',
  request: { params: ImpactThemeParamsSchema, body: jsonBody(ImpactThemeUpdateSchema) },
  responses: {
    200: jsonAnswer(ImpactThemeSchema, 'The theme'),
    404: error('No such theme'),
    409: error('Changed since it was read, or its name is taken'),
  },
});

const getTheme = defineRoute('impacts:read', {
  method: 'get',
  path: '/impacts/themes/{id}',
  tags,
  summary: "A theme and every unit's answer state (of one kind of unit, if asked)",
  request: { params: ImpactThemeParamsSchema, query: ImpactMatrixQuerySchema },
  responses: {
    200: jsonAnswer(ImpactThemeDetailSchema, 'The theme and its units'),
    404: error('No such theme'),
  },
});

const getAnswer = defineRoute('authenticated', {
  method: 'get',
  path: '/impacts/themes/{id}/units/{unitCode}',
  tags,
  summary: "A unit's answer for a theme (impacts:read, or impacts:submit for one's own unit)",
  request: { params: ImpactAnswerParamsSchema },
  responses: {
    200: answerAnswer,
    403: error('Not the reader’s unit'),
    404: error('No such theme or unit'),
  },
});

const saveAnswer = defineRoute('impacts:submit', {
  method: 'put',
  path: '/impacts/themes/{id}/units/{unitCode}',
  tags,
  summary: "Save a unit's answer, as a draft or submitted, at the version read",
  request: { params: ImpactAnswerParamsSchema, body: jsonBody(ImpactAnswerSaveSchema) },
  responses: {
    200: answerAnswer,
    403: error('Not the reader’s unit'),
    404: error('No such theme or unit'),
    409: error('The theme is closed, the answer is submitted, or it changed since it was read'),
  },
});

const reviewAnswer = defineRoute('impacts:manage', {
  method: 'post',
  path: '/impacts/themes/{id}/units/{unitCode}/review',
  tags,
  summary: "Accept a unit's submitted answer, or return it with a comment",
  request: { params: ImpactAnswerParamsSchema, body: jsonBody(ImpactReviewInputSchema) },
  responses: {
    200: answerAnswer,
    404: error('No such theme or answer'),
    409: error('Not submitted, or changed since it was read'),
  },
});

const openRequest = defineRoute('impacts:manage', {
  method: 'post',
  path: '/impacts/items/{id}/request',
  tags,
  summary: 'Turn an impact or a duty into a coordination request between the unit and the IAO',
  request: { params: ImpactItemParamsSchema },
  responses: {
    201: answerAnswer,
    404: error('No such item'),
    409: error('The item is a request already'),
    503: error('Coordination requests are not available'),
  },
});

const matrix = defineRoute('impacts:read', {
  method: 'get',
  path: '/impacts/matrix',
  tags,
  summary: 'Units × themes: which units answered, in which state, with their urgent and needs-IAO items',
  request: { query: ImpactMatrixQuerySchema },
  responses: { 200: jsonAnswer(ImpactMatrixSchema, 'The matrix') },
});

const matrixWorkbook = defineRoute('impacts:read', {
  method: 'get',
  path: '/impacts/matrix.xlsx',
  tags,
  summary: "The matrix and every item as an XLSX workbook, in the requester's language",
  request: { query: ImpactMatrixQuerySchema },
  responses: {
    200: {
      description: 'An XLSX workbook, as an attachment',
      content: { [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
    },
  },
});

export function createImpactRoutes({
  impacts,
  matrixOf,
  publicUrl,
  now,
}: {
  impacts: ImpactsService;
  matrixOf: ImpactMatrixService;
  publicUrl: string;
  now: () => Date;
}) {
  const answerOf = async (actor: Actor, id: string, unitCode: string, locale: InterfaceLocale) =>
    presentAnswer(await impacts.answer(actor, id, unitCode, locale), locale);
  return createRouter()
    .openapi(listThemes, async (c) => {
      const actor = actorOf(c);
      const locale = c.get('locale');
      const view = await impacts.listThemes(actor);
      const ownUnits = [];
      for (const code of impacts.ownUnitCodes(actor)) {
        const unit = await impacts.units.find(code, locale);
        if (unit) ownUnits.push(unit);
      }
      const reader = { ownUnits, canManage: impacts.canManage(actor), canRead: impacts.canRead(actor) };
      return c.json(presentThemeList(view, reader, locale), 200);
    })
    .openapi(createTheme, async (c) => {
      const theme = await impacts.createTheme(requestContext(c), actorOf(c), c.req.valid('json'));
      return c.json(presentTheme(theme, c.get('locale')), 201);
    })
    .openapi(updateTheme, async (c) => {
      const theme = await impacts.updateTheme(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentTheme(theme, c.get('locale')), 200);
    })
    .openapi(getTheme, async (c) => {
      const locale = c.get('locale');
      const view = await matrixOf.theme(c.req.valid('param').id, c.req.valid('query').kind, locale);
      return c.json(presentThemeDetail(view, impacts.canManage(c.get('actor')), locale), 200);
    })
    .openapi(getAnswer, async (c) => {
      const { id, unitCode } = c.req.valid('param');
      return c.json(await answerOf(actorOf(c), id, unitCode, c.get('locale')), 200);
    })
    .openapi(saveAnswer, async (c) => {
      const actor = actorOf(c);
      const { id, unitCode } = c.req.valid('param');
      await impacts.save(requestContext(c), actor, id, unitCode, c.req.valid('json'));
      return c.json(await answerOf(actor, id, unitCode, c.get('locale')), 200);
    })
    .openapi(reviewAnswer, async (c) => {
      const actor = actorOf(c);
      const { id, unitCode } = c.req.valid('param');
      await impacts.review(requestContext(c), actor, id, unitCode, c.req.valid('json'));
      return c.json(await answerOf(actor, id, unitCode, c.get('locale')), 200);
    })
    .openapi(openRequest, async (c) => {
      const actor = actorOf(c);
      const { themeId, unitCode } = await impacts.openRequest(
        requestContext(c),
        actor,
        c.req.valid('param').id,
      );
      return c.json(await answerOf(actor, themeId, unitCode, c.get('locale')), 201);
    })
    .openapi(matrix, async (c) => {
      const locale = c.get('locale');
      return c.json(presentMatrix(await matrixOf.matrix(c.req.valid('query').kind, locale), locale), 200);
    })
    .openapi(matrixWorkbook, async (c) => {
      const locale = c.get('locale');
      const generatedAt = now();
      const view = await matrixOf.matrix(c.req.valid('query').kind, locale);
      const content = await buildMatrixWorkbook(view, { locale, generatedAt, publicUrl });
      return fileAnswer(
        c,
        { content, fileName: matrixFileName(generatedAt), mediaType: XLSX_MEDIA_TYPE },
        plainAttachment,
      );
    });
}
