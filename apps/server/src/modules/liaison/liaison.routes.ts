/** Units, their liaison officers, and the coverage of the liaison network. */
import { z } from 'zod';
import {
  CoverageSchema,
  CreateLiaisonOfficerInputSchema,
  DeleteLiaisonOfficerQuerySchema,
  ErrorResponseSchema,
  LiaisonOfficerParamsSchema,
  LiaisonOfficerSchema,
  UnitCodeParamsSchema,
  UnitDetailSchema,
  UnitListQuerySchema,
  UnitListSchema,
  UpdateLiaisonOfficerInputSchema,
  UpdateUnitInputSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import { plainAttachment } from '../../shared/file-names.ts';
import { presentCoverage, presentOfficer, presentUnitDetail, presentUnitList } from './liaison.presenter.ts';
import type { LiaisonService } from './liaison.service.ts';
import { XLSX_MEDIA_TYPE } from './liaison.workbook.ts';

const tags = ['liaison'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No such unit or liaison officer');
const stale = jsonAnswer(ErrorResponseSchema, 'The record changed since it was loaded; nothing was saved');

const listUnits = defineRoute('units:read', {
  method: 'get',
  path: '/units',
  tags,
  summary: 'BMA units (departments, offices, districts) with their number of liaison officers',
  description:
    'Searches Thai and English names and codes in any letter case; sorted by kind, then by Thai name.',
  request: { query: UnitListQuerySchema },
  responses: { 200: jsonAnswer(UnitListSchema, 'The matching units') },
});

const getUnit = defineRoute('units:read', {
  method: 'get',
  path: '/units/{code}',
  tags,
  summary: 'One unit with its liaison officers, and what the viewer may change',
  request: { params: UnitCodeParamsSchema },
  responses: { 200: jsonAnswer(UnitDetailSchema, 'The unit'), 404: notFound },
});

const updateUnit = defineRoute('units:edit', {
  method: 'patch',
  path: '/units/{code}',
  tags,
  summary: "Correct a unit's English name, its source or its notes (send the version you loaded)",
  request: { params: UnitCodeParamsSchema, body: jsonBody(UpdateUnitInputSchema) },
  responses: { 200: jsonAnswer(UnitDetailSchema, 'The updated unit'), 404: notFound, 409: stale },
});

const addOfficer = defineRoute('liaison:edit', {
  method: 'post',
  path: '/units/{code}/liaison-officers',
  tags,
  summary: "Name a liaison officer for a unit (any unit with liaison:manage, else one's own)",
  request: { params: UnitCodeParamsSchema, body: jsonBody(CreateLiaisonOfficerInputSchema) },
  responses: {
    201: jsonAnswer(LiaisonOfficerSchema, 'The liaison officer added'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The unit already has an officer with this name or e-mail'),
  },
});

const updateOfficer = defineRoute('liaison:edit', {
  method: 'patch',
  path: '/liaison-officers/{id}',
  tags,
  summary: "Change a liaison officer's details (send the version you loaded)",
  request: { params: LiaisonOfficerParamsSchema, body: jsonBody(UpdateLiaisonOfficerInputSchema) },
  responses: {
    200: jsonAnswer(LiaisonOfficerSchema, 'The updated liaison officer'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'A stale version, or a duplicate name or e-mail in the unit'),
  },
});

const removeOfficer = defineRoute('liaison:edit', {
  method: 'delete',
  path: '/liaison-officers/{id}',
  tags,
  summary: 'Remove a liaison officer (send the version you loaded as ?version=)',
  request: { params: LiaisonOfficerParamsSchema, query: DeleteLiaisonOfficerQuerySchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: stale },
});

const coverage = defineRoute('liaison:coverage', {
  method: 'get',
  path: '/liaison/coverage',
  tags,
  summary: 'How many units name a liaison officer: overall, by kind, and which ones do not',
  responses: { 200: jsonAnswer(CoverageSchema, 'The coverage of the liaison network') },
});

const coverageWorkbook = defineRoute('liaison:coverage', {
  method: 'get',
  path: '/liaison/coverage.xlsx',
  tags,
  summary: "The coverage as an XLSX workbook (a summary and every unit), in the requester's language",
  responses: {
    200: {
      description: 'An XLSX workbook, as an attachment',
      content: { [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
    },
  },
});

export function createLiaisonRoutes({ liaison }: { liaison: LiaisonService }) {
  return createRouter()
    .openapi(listUnits, async (c) =>
      c.json(presentUnitList(await liaison.listUnits(c.req.valid('query'))), 200),
    )
    .openapi(getUnit, async (c) => {
      const { unit, officers } = await liaison.getUnit(c.req.valid('param').code);
      return c.json(presentUnitDetail(unit, officers, c.get('actor')), 200);
    })
    .openapi(updateUnit, async (c) => {
      const { unit, officers } = await liaison.updateUnit(
        c.req.valid('param').code,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentUnitDetail(unit, officers, c.get('actor')), 200);
    })
    .openapi(addOfficer, async (c) => {
      const officer = await liaison.addOfficer(
        actorOf(c),
        c.req.valid('param').code,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentOfficer(officer), 201);
    })
    .openapi(updateOfficer, async (c) => {
      const officer = await liaison.updateOfficer(
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentOfficer(officer), 200);
    })
    .openapi(removeOfficer, async (c) => {
      await liaison.removeOfficer(
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('query').version,
        requestContext(c),
      );
      return c.body(null, 204);
    })
    .openapi(coverage, async (c) => c.json(presentCoverage(await liaison.coverage()), 200))
    .openapi(coverageWorkbook, async (c) => {
      const workbook = await liaison.coverageWorkbook(c.get('locale'));
      return fileAnswer(c, { ...workbook, mediaType: XLSX_MEDIA_TYPE }, plainAttachment);
    });
}
