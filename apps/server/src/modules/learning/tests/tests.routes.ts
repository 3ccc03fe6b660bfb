/**
 * The tests before and after an event (decision 0057). Managers (`learning:manage`) keep the question
 * bank, open and close each test and read the gains; participants (`learning:attend`, holding a seat —
 * checked by the service) take each test once and see their own scores.
 */
import {
  ErrorResponseSchema,
  LearningAttemptResultSchema,
  LearningAttemptSubmitSchema,
  LearningEventTestsParamsSchema,
  LearningMyTestsSchema,
  LearningQuestionBankSaveSchema,
  LearningQuestionBankSchema,
  LearningTestPaperSchema,
  LearningTestParamsSchema,
  LearningTestResultsSchema,
  LearningTestScheduleSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import { presentAttempt, presentBank, presentMine, presentPaper, presentResults } from './tests.presenter.ts';
import { createLearningTests, type LearningTestsDeps } from './tests.service.ts';

const tags = ['learning'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const bankAnswer = jsonAnswer(
  LearningQuestionBankSchema,
  'The question bank with its answers, and the two tests',
);

const getBank = defineRoute('learning:manage', {
  method: 'get',
  path: '/learning/events/{eventId}/question-bank',
  tags,
  summary: "An event's question bank with the correct answers, its pre-test and post-test",
  request: { params: LearningEventTestsParamsSchema },
  responses: { 200: bankAnswer, 404: error('No such event') },
});

const saveBank = defineRoute('learning:manage', {
  method: 'put',
  path: '/learning/events/{eventId}/question-bank',
  tags,
  summary: 'Save the whole question bank at the version read (the first save makes both tests, closed)',
  request: { params: LearningEventTestsParamsSchema, body: jsonBody(LearningQuestionBankSaveSchema) },
  responses: {
    200: bankAnswer,
    400: error('A question is wrong (options, the correct answer, no test chosen)'),
    404: error('No such event'),
    409: error('Someone has taken a test already, or the bank changed since it was read'),
  },
});

const scheduleTest = defineRoute('learning:manage', {
  method: 'put',
  path: '/learning/tests/{testId}/schedule',
  tags,
  summary: "Set a test's opening and closing times (Bangkok) and open or close it, at the version read",
  request: { params: LearningTestParamsSchema, body: jsonBody(LearningTestScheduleSchema) },
  responses: {
    200: bankAnswer,
    400: error('Times reversed or malformed, or opening a test without questions'),
    404: error('No such test'),
    409: error('The test changed since it was read'),
  },
});

const getResults = defineRoute('learning:manage', {
  method: 'get',
  path: '/learning/events/{eventId}/test-results',
  tags,
  summary: "Each participant's pre and post scores and normalised gain, and the event's share at 70%",
  request: { params: LearningEventTestsParamsSchema },
  responses: { 200: jsonAnswer(LearningTestResultsSchema, 'The gains'), 404: error('No such event') },
});

const getMine = defineRoute('learning:attend', {
  method: 'get',
  path: '/learning/events/{eventId}/my-tests',
  tags,
  summary: "The reader's view of an event's tests: whether they hold a seat, and their own scores",
  request: { params: LearningEventTestsParamsSchema },
  responses: {
    200: jsonAnswer(LearningMyTestsSchema, 'The tests and the reader’s scores'),
    404: error('No such event'),
  },
});

const getPaper = defineRoute('learning:attend', {
  method: 'get',
  path: '/learning/tests/{testId}/paper',
  tags,
  summary: 'A test to take: its questions while it is open and not yet taken, never the correct answers',
  request: { params: LearningTestParamsSchema },
  responses: {
    200: jsonAnswer(LearningTestPaperSchema, 'The paper, or the reader’s score once taken'),
    403: error('The reader holds no seat at the event'),
    404: error('No such test'),
  },
});

const submitAttempt = defineRoute('learning:attend', {
  method: 'post',
  path: '/learning/tests/{testId}/attempts',
  tags,
  summary: 'Submit every answer at once: scored at once; one attempt per person',
  request: { params: LearningTestParamsSchema, body: jsonBody(LearningAttemptSubmitSchema) },
  responses: {
    201: jsonAnswer(LearningAttemptResultSchema, 'The score'),
    400: error('A question unanswered, or the test is closed or not yet open'),
    403: error('The reader holds no seat at the event'),
    404: error('No such test'),
    409: error('Taken already'),
  },
});

export function createLearningTestRoutes(deps: LearningTestsDeps) {
  const tests = createLearningTests(deps);
  const bank = async (eventId: string) => presentBank(await tests.bank(eventId), tests.now());
  return createRouter()
    .openapi(getBank, async (c) => c.json(await bank(c.req.valid('param').eventId), 200))
    .openapi(saveBank, async (c) => {
      const { eventId } = c.req.valid('param');
      await tests.saveBank(requestContext(c), eventId, c.req.valid('json'));
      return c.json(await bank(eventId), 200);
    })
    .openapi(scheduleTest, async (c) => {
      const eventId = await tests.schedule(
        requestContext(c),
        c.req.valid('param').testId,
        c.req.valid('json'),
      );
      return c.json(await bank(eventId), 200);
    })
    .openapi(getResults, async (c) => {
      const { eventId } = c.req.valid('param');
      return c.json(presentResults(eventId, await tests.results(eventId, c.get('locale'))), 200);
    })
    .openapi(getMine, async (c) =>
      c.json(presentMine(await tests.mine(actorOf(c), c.req.valid('param').eventId), tests.now()), 200),
    )
    .openapi(getPaper, async (c) =>
      c.json(
        presentPaper(
          await tests.paper(actorOf(c), c.req.valid('param').testId),
          tests.now(),
          c.get('locale'),
        ),
        200,
      ),
    )
    .openapi(submitAttempt, async (c) => {
      const attempt = await tests.submit(actorOf(c), c.req.valid('param').testId, c.req.valid('json'));
      const paper = await tests.paper(actorOf(c), attempt.testId);
      return c.json(presentAttempt(attempt, paper.view.test.kind), 201);
    });
}
