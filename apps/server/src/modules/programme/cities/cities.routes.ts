/** Choosing a year's cities: the ranking of candidates, the cities chosen, and their letters. */
import {
  CandidateListSchema,
  ChooseCityInputSchema,
  ErrorResponseSchema,
  FiscalYearParamsSchema,
  ProgrammeCityListSchema,
  ProgrammeCityParamsSchema,
  ProgrammeCitySchema,
  UpdateProgrammeCityInputSchema,
  VersionQuerySchema,
} from '@bia/contracts';
import { createRouter, defineRoute, jsonAnswer, jsonBody, requestContext } from '../../../shared/http.ts';
import { presentCandidate, presentCity } from './cities.presenter.ts';
import type { ProgrammeCities } from './cities.service.ts';

const tags = ['programme'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No programme for this fiscal year, or no such city in it');

const listCandidates = defineRoute('programme:read', {
  method: 'get',
  path: '/programmes/{fiscalYear}/candidates',
  tags,
  summary: 'Candidate partner cities for the year, best first, each with its score and the reasons for it',
  request: { params: FiscalYearParamsSchema },
  responses: { 200: jsonAnswer(CandidateListSchema, 'The candidates'), 404: notFound },
});

const listCities = defineRoute('programme:read', {
  method: 'get',
  path: '/programmes/{fiscalYear}/cities',
  tags,
  summary: 'The cities chosen for the year, with their letters of inquiry and answers',
  request: { params: FiscalYearParamsSchema },
  responses: { 200: jsonAnswer(ProgrammeCityListSchema, 'The chosen cities'), 404: notFound },
});

const chooseCity = defineRoute('programme:manage', {
  method: 'post',
  path: '/programmes/{fiscalYear}/cities',
  tags,
  summary: 'Choose a candidate city for the year (several may be chosen, for multilateral sessions)',
  request: { params: FiscalYearParamsSchema, body: jsonBody(ChooseCityInputSchema) },
  responses: {
    201: jsonAnswer(ProgrammeCitySchema, 'The city chosen'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The city is chosen already'),
  },
});

const updateCity = defineRoute('programme:manage', {
  method: 'patch',
  path: '/programme-cities/{id}',
  tags,
  summary: "Record a city's letter (reference, date sent, answer expected by) and its answer",
  request: { params: ProgrammeCityParamsSchema, body: jsonBody(UpdateProgrammeCityInputSchema) },
  responses: {
    200: jsonAnswer(ProgrammeCitySchema, 'The city changed'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The record changed since it was loaded; nothing was saved'),
  },
});

const removeCity = defineRoute('programme:manage', {
  method: 'delete',
  path: '/programme-cities/{id}',
  tags,
  summary: 'Take back a city chosen by mistake, before its letter is sent (?version=)',
  request: { params: ProgrammeCityParamsSchema, query: VersionQuerySchema },
  responses: {
    204: { description: 'Removed' },
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'A stale version, or the letter was sent'),
  },
});

export function createProgrammeCitiesRoutes({ cities }: { cities: ProgrammeCities }) {
  return createRouter()
    .openapi(listCandidates, async (c) => {
      const items = await cities.candidates(c.req.valid('param').fiscalYear);
      return c.json({ items: items.map(presentCandidate) }, 200);
    })
    .openapi(listCities, async (c) => {
      const items = await cities.listCities(c.req.valid('param').fiscalYear);
      const today = cities.today();
      return c.json({ items: items.map((item) => presentCity(item, today)) }, 200);
    })
    .openapi(chooseCity, async (c) => {
      const chosen = await cities.chooseCity(
        c.req.valid('param').fiscalYear,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentCity(chosen, cities.today()), 201);
    })
    .openapi(updateCity, async (c) => {
      const updated = await cities.updateCity(
        c.req.valid('param').id,
        c.req.valid('json'),
        requestContext(c),
      );
      return c.json(presentCity(updated, cities.today()), 200);
    })
    .openapi(removeCity, async (c) => {
      await cities.removeCity(c.req.valid('param').id, c.req.valid('query').version, requestContext(c));
      return c.body(null, 204);
    });
}
