/** The letters of inquiry to the chosen cities (DOCX, PDF) and the letterhead they are printed with. */
import {
  ErrorResponseSchema,
  LetterheadAnswerSchema,
  LetterQuerySchema,
  ProgrammeCityParamsSchema,
  UpdateLetterheadInputSchema,
} from '@bia/contracts';
import { plainAttachment } from '../../../shared/file-names.ts';
import {
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import { documentContent } from '../programme.documents.ts';
import type { ProgrammeLetters } from './letters.service.ts';

const tags = ['programme'];

const getLetterhead = defineRoute('programme:read', {
  method: 'get',
  path: '/programme-settings/letterhead',
  tags,
  summary: "The letterhead of the programme's letters, and which of its facts are still missing",
  responses: { 200: jsonAnswer(LetterheadAnswerSchema, 'The letterhead') },
});

const putLetterhead = defineRoute('programme:manage', {
  method: 'put',
  path: '/programme-settings/letterhead',
  tags,
  summary: 'Change the letterhead (send the version you loaded; 0 while the defaults are in use)',
  request: { body: jsonBody(UpdateLetterheadInputSchema) },
  responses: {
    200: jsonAnswer(LetterheadAnswerSchema, 'The letterhead saved'),
    409: jsonAnswer(ErrorResponseSchema, 'The letterhead changed since it was loaded; nothing was saved'),
  },
});

function letterRoute(format: 'docx' | 'pdf') {
  return defineRoute('programme:read', {
    method: 'get',
    path: `/programme-cities/{id}/letter.${format}`,
    tags,
    summary: `The letter of inquiry to a chosen city as ${format.toUpperCase()}, in Thai or English (?lang=)`,
    request: { params: ProgrammeCityParamsSchema, query: LetterQuerySchema },
    responses: {
      200: {
        description: `The letter, as an attachment`,
        content: documentContent(format),
      },
      404: jsonAnswer(ErrorResponseSchema, 'No such city in a programme'),
      409: jsonAnswer(ErrorResponseSchema, 'The city has no contact to address the letter to'),
    },
  });
}

export function createProgrammeLettersRoutes({ letters }: { letters: ProgrammeLetters }) {
  const router = createRouter()
    .openapi(getLetterhead, async (c) => c.json(await letters.letterhead(), 200))
    .openapi(putLetterhead, async (c) =>
      c.json(await letters.updateLetterhead(c.req.valid('json'), requestContext(c)), 200),
    );
  for (const format of ['docx', 'pdf'] as const) {
    router.openapi(letterRoute(format), async (c) => {
      const letter = await letters.letter(c.req.valid('param').id, c.req.valid('query').lang, format);
      return fileAnswer(c, letter, plainAttachment);
    });
  }
  return router;
}
