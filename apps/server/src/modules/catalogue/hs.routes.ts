/** The HS nomenclature, searchable by code and by words, for product forms and buyers' searches. */
import { HsSearchQuerySchema, HsSearchResultSchema } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { searchHsCodes } from './hs.repository.ts';

const searchHs = defineRoute('public', {
  method: 'get',
  path: '/hs-codes',
  tags: ['catalogue'],
  summary: 'Find Harmonized System codes by their first digits or by words of their English description',
  description:
    'Public reference data (UN Comtrade, PDDL 1.0). Digits (`0901`, `09.01`) find codes starting with them; words find descriptions containing every word, in any letter case.',
  request: { query: HsSearchQuerySchema },
  responses: { 200: jsonAnswer(HsSearchResultSchema, 'Matching codes, chapters and headings first') },
});

export function createHsRoutes({ db }: { db: Db }) {
  return createRouter().openapi(searchHs, async (c) => {
    const rows = await searchHsCodes(db, c.req.valid('query'));
    const items = rows.map(
      (row) => ({ ...row, level: row.level === 2 ? 2 : row.level === 4 ? 4 : 6 }) as const,
    );
    return c.json({ items }, 200);
  });
}
