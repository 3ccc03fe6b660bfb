/**
 * The versions of the strategic plan (decision 0051): the office's staff (`strategy:read`) list them;
 * administrators (`strategy:plan`) record a correction or a revision as a new version — a whole
 * document, or one KPI corrected, the form's way.
 */
import {
  EditableKpiSchema,
  ErrorResponseSchema,
  KpiCorrectionSchema,
  PlanKpiParamsSchema,
  PlanVersionCreateSchema,
  PlanVersionInfoSchema,
  PlanVersionListSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import { presentEditableKpi, presentVersionList } from './plan-versions.presenter.ts';
import type { PlanVersions } from './plan-versions.service.ts';
import { presentVersionInfo } from './strategy.presenter.ts';

const tags = ['strategy'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const recorded = jsonAnswer(PlanVersionInfoSchema, 'The new version, now current');
const refusals = {
  400: error('The plan fails its checks (each problem at its path), or nothing changed'),
  404: error('No plan is loaded, or no such base version or KPI'),
  409: error('Another version became current since the base version was read'),
};

const listVersions = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/plan/versions',
  tags,
  summary:
    'The versions of the plan in force, newest first: number, note, kind (reference data, correction, revision), who recorded it and when, which is current',
  responses: {
    200: jsonAnswer(PlanVersionListSchema, 'The versions'),
    404: error('No strategic plan is loaded'),
  },
});

const createVersion = defineRoute('strategy:plan', {
  method: 'post',
  path: '/strategy/plan/versions',
  tags,
  summary:
    'Record the whole plan, edited from a base version, as its new current version (a correction or a revision)',
  description:
    'The document is checked as the reference data is when it is loaded; rounds already opened keep the version they were opened with.',
  request: { body: jsonBody(PlanVersionCreateSchema) },
  responses: { 201: recorded, ...refusals },
});

const getEditableKpi = defineRoute('strategy:plan', {
  method: 'get',
  path: '/strategy/plan/kpis/{code}',
  tags,
  summary: 'One KPI of the current version of the plan in force, both languages of each text, to correct',
  request: { params: PlanKpiParamsSchema },
  responses: {
    200: jsonAnswer(EditableKpiSchema, 'The KPI as the plan keeps it'),
    404: error('No plan is loaded, or it has no KPI with this code'),
  },
});

const correctKpi = defineRoute('strategy:plan', {
  method: 'patch',
  path: '/strategy/plan/kpis/{code}',
  tags,
  summary:
    "Correct one KPI (its texts, rubric sentences or unit, yearly targets) at a base version: the plan's new current version",
  request: { params: PlanKpiParamsSchema, body: jsonBody(KpiCorrectionSchema) },
  responses: { 200: recorded, ...refusals },
});

export function createPlanVersionRoutes({ versions }: { versions: PlanVersions }) {
  return createRouter()
    .openapi(listVersions, async (c) => c.json(presentVersionList(await versions.list(c.get('locale'))), 200))
    .openapi(createVersion, async (c) => {
      const created = await versions.create(requestContext(c), actorOf(c), c.req.valid('json'));
      return c.json(presentVersionInfo(created), 201);
    })
    .openapi(getEditableKpi, async (c) =>
      c.json(presentEditableKpi(await versions.editableKpi(c.req.valid('param').code)), 200),
    )
    .openapi(correctKpi, async (c) => {
      const { code } = c.req.valid('param');
      const created = await versions.correctKpi(requestContext(c), actorOf(c), code, c.req.valid('json'));
      return c.json(presentVersionInfo(created), 200);
    });
}
