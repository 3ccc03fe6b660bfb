/** The HS nomenclature, searchable by code and by words, for product forms and buyers' searches. */
import { HsSearchQuerySchema, HsSearchResultSchema } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { searchHsCodes } from './hs.search.ts';

const searchHs = defineRoute('public', {
  method: 'get',
  path: '/hs-codes',
  tags: ['catalogue'],
  summary: 'Find Harmonized System codes by their first digits, or by words in Thai or English',
  description:
    "Public reference data (UN Comtrade, PDDL 1.0). Digits (`0901`, `09.01`) find codes starting with them; words, in Thai or English, find the codes whose English description or whose keywords (the International Affairs Office's everyday Thai and English words for the headings Bangkok Brand products use; not the Customs Department's official Thai text) hold every word, forgiving misspellings. `keywordsTh` are those Thai keywords, of the code or of the heading or chapter above it.",
  request: { query: HsSearchQuerySchema },
  responses: { 200: jsonAnswer(HsSearchResultSchema, 'Matching codes, chapters and headings first') },
});

export function createHsRoutes({ db }: { db: Db }) {
  return createRouter().openapi(searchHs, async (c) => {
    return c.json({ items: await searchHsCodes(db, c.req.valid('query')) }, 200);
  });
}
