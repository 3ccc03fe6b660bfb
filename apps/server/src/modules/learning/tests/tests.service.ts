/**
 * The tests before and after an event (issue 16, seed 000 indicator 1; decision 0057). Managers keep
 * the event's question bank (saved whole, at the version read, until someone submits a test) and open
 * each test within its times; a participant holding a seat takes each test once, on a phone, and is
 * scored at once; the results give each person's normalised gain and the event's share at 70%.
 *
 * The bank and the tests' times are audited under the bank (`learning_question_bank`, by event id). An
 * attempt is the participant's own record, written once and never changed: its row (who, when, what)
 * is its trail.
 */
import type { LearningAttemptSubmit, LearningQuestionBankSave, LearningTestSchedule } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../../shared/errors.ts';
import { createAudited, updateAudited } from '../../audit/index.ts';
import { createIdentityAuditDirectory } from '../../identity/index.ts';
import { createLiaisonAuditDirectory } from '../../liaison/index.ts';
import { learningTestErrors } from './tests.errors.ts';
import * as repository from './tests.repository.ts';
import type { AttemptRow, QuestionRow, TestRow } from './tests.repository.ts';
import { availabilityOf, bangkokMoment, gainOf, scoreOf, type Gain, type Score } from './tests.rules.ts';
import { learningTestKinds } from './tests.schema.ts';

export interface LearningTestsDeps {
  db: Db;
  clock: Clock;
}

export type LearningTests = ReturnType<typeof createLearningTests>;

/** A test with what its summary shows: its questions' and attempts' numbers. */
export interface TestView {
  test: TestRow;
  questionCount: number;
  attemptCount: number;
}

export interface ParticipantGainView {
  userId: string;
  name: string;
  unitCode: string | null;
  unitName: string | null;
  pre: Score | null;
  post: Score | null;
  gain: Gain;
}

const questionsOf = (questions: QuestionRow[], test: Pick<TestRow, 'kind'>) =>
  questions.filter((question) => (test.kind === 'pre' ? question.inPre : question.inPost));

const bankSnapshot = (questions: QuestionRow[]) => ({
  questions: questions.map((question) => ({
    prompt: question.promptTh,
    options: question.options.map((option) => option.th),
    correctIndex: question.correctIndex,
    inPre: question.inPre,
    inPost: question.inPost,
  })),
});

const testSnapshot = (test: TestRow) => ({
  kind: test.kind,
  opensAt: test.opensAt?.toISOString() ?? null,
  closesAt: test.closesAt?.toISOString() ?? null,
  isOpen: test.isOpen,
  version: test.version,
});

export function createLearningTests({ db, clock }: LearningTestsDeps) {
  const userDirectory = createIdentityAuditDirectory(db);
  const unitDirectory = createLiaisonAuditDirectory(db);

  async function eventOf(eventId: string) {
    const event = await repository.findEvent(db, eventId);
    if (!event) throw new AppError(learningTestErrors.event_not_found);
    return event;
  }

  async function testViews(executor: Db, eventId: string): Promise<TestView[]> {
    const tests = await repository.listTests(executor, eventId);
    const questions = await repository.listQuestions(executor, eventId);
    const attempts = await repository.attemptCounts(
      executor,
      tests.map((test) => test.id),
    );
    return tests.map((test) => ({
      test,
      questionCount: questionsOf(questions, test).length,
      attemptCount: attempts.get(test.id) ?? 0,
    }));
  }

  /** The test a participant may take: it exists, and they hold a seat at its event. */
  async function testForParticipant(actor: Actor, testId: string): Promise<TestRow> {
    const test = await repository.findTest(db, testId);
    if (!test) throw new AppError(learningTestErrors.test_not_found);
    if ((await repository.registrationStatus(db, test.eventId, actor.userId)) !== 'registered')
      throw new AppError(learningTestErrors.not_registered);
    return test;
  }

  async function namesOf(ids: string[], locale: InterfaceLocale): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (!userDirectory.user || ids.length === 0) return names;
    for (const [id, description] of await userDirectory.user(ids, locale))
      if (description.name) names.set(id, description.name);
    return names;
  }

  async function unitNamesOf(codes: string[], locale: InterfaceLocale): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (!unitDirectory.unit || codes.length === 0) return names;
    for (const [code, description] of await unitDirectory.unit([...new Set(codes)], locale))
      if (description.name) names.set(code, description.name);
    return names;
  }

  return {
    now: () => clock.now(),

    /** The bank with its answers and the two tests, for managers. */
    async bank(eventId: string) {
      await eventOf(eventId);
      const bank = await repository.findBank(db, eventId);
      const tests = await testViews(db, eventId);
      return {
        eventId,
        version: bank?.version ?? 0,
        isLocked: tests.some((view) => view.attemptCount > 0),
        questions: await repository.listQuestions(db, eventId),
        tests,
      };
    },

    /** Saves the whole bank at the version read; the first save makes the two tests, closed. */
    async saveBank(context: RequestContext, eventId: string, input: LearningQuestionBankSave): Promise<void> {
      await eventOf(eventId);
      const now = clock.now();
      const rows = input.questions.map((question, position) => ({
        eventId,
        position,
        promptTh: question.promptTh,
        promptEn: question.promptEn || null,
        options: question.options.map((option) =>
          option.en ? { th: option.th, en: option.en } : { th: option.th },
        ),
        correctIndex: question.correctIndex,
        inPre: question.inPre,
        inPost: question.inPost,
      }));
      await db.transaction(async (tx) => {
        const existing = await repository.findBank(tx, eventId, { lock: 'update' });
        if (!existing) {
          if (input.version !== 0) throw new AppError(commonErrors.conflict_stale);
          await createAudited(tx, context, {
            action: 'learning_question_bank.create',
            entityType: 'learning_question_bank',
            entityId: () => eventId,
            snapshot: () => bankSnapshot(rows.map((row) => ({ ...row, id: '' }))),
            insert: async (inserting) => {
              const bank = await repository.insertBankIfNew(inserting, eventId, now);
              if (!bank) throw new AppError(commonErrors.conflict_stale);
              await repository.replaceQuestions(inserting, eventId, rows);
              await repository.insertTests(inserting, eventId, learningTestKinds, now);
              return bank;
            },
          });
          return;
        }
        const tests = await repository.listTests(tx, eventId);
        const attempts = await repository.attemptCounts(
          tx,
          tests.map((test) => test.id),
        );
        if ([...attempts.values()].some((value) => value > 0))
          throw new AppError(learningTestErrors.bank_locked);
        let before: QuestionRow[] = [];
        await updateAudited(tx, context, {
          action: 'learning_question_bank.update',
          entityType: 'learning_question_bank',
          entityId: eventId,
          expectedVersion: input.version,
          lock: async (locking) => {
            before = await repository.listQuestions(locking, eventId);
            return { ...existing, questions: before };
          },
          snapshot: (bank) => bankSnapshot(bank.questions),
          write: async (writing, locked) => {
            await repository.replaceQuestions(writing, eventId, rows);
            const bank = await repository.setBankVersion(writing, eventId, locked.version + 1, now);
            return { ...bank, questions: await repository.listQuestions(writing, eventId) };
          },
        });
      });
    },

    /** Sets a test's times in Bangkok and opens or closes it, at the version read. */
    async schedule(context: RequestContext, testId: string, input: LearningTestSchedule): Promise<string> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const test = await repository.findTest(tx, testId);
        if (!test) throw new AppError(learningTestErrors.test_not_found);
        if (input.isOpen) {
          const questions = questionsOf(await repository.listQuestions(tx, test.eventId), test);
          const problems: FieldProblem[] =
            questions.length === 0
              ? [{ path: 'isOpen', code: 'no_questions', messageKey: 'learning_tests:errors.no_questions' }]
              : [];
          if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
        }
        await updateAudited(tx, context, {
          action: 'learning_test.update',
          entityType: 'learning_question_bank',
          entityId: test.eventId,
          expectedVersion: input.version,
          lock: async (locking) => {
            const locked = await repository.findTest(locking, testId, { lock: 'update' });
            if (!locked) throw new AppError(learningTestErrors.test_not_found);
            return locked;
          },
          snapshot: testSnapshot,
          write: (writing, before) =>
            repository.updateTest(writing, testId, {
              opensAt: bangkokMoment(input.opensOn, input.opensAt),
              closesAt: bangkokMoment(input.closesOn, input.closesAt),
              isOpen: input.isOpen,
              version: before.version + 1,
              updatedAt: now,
            }),
        });
        return test.eventId;
      });
    },

    async testViews(eventId: string): Promise<TestView[]> {
      return testViews(db, eventId);
    },

    /** A participant's paper: the questions only while the test is open and not yet taken, never their answers. */
    async paper(actor: Actor, testId: string) {
      const test = await testForParticipant(actor, testId);
      const event = await eventOf(test.eventId);
      const view = (await testViews(db, test.eventId)).find((candidate) => candidate.test.id === test.id);
      const attempt = (await repository.findAttempt(db, test.id, actor.userId)) ?? null;
      const isOpen = availabilityOf(test, clock.now()) === 'open';
      const questions =
        isOpen && !attempt ? questionsOf(await repository.listQuestions(db, test.eventId), test) : [];
      return { event, view: view ?? { test, questionCount: 0, attemptCount: 0 }, questions, attempt };
    },

    /** Scores the participant's answers at once; one attempt per test, only while it is open. */
    async submit(actor: Actor, testId: string, input: LearningAttemptSubmit): Promise<AttemptRow> {
      const test = await testForParticipant(actor, testId);
      if (await repository.findAttempt(db, test.id, actor.userId))
        throw new AppError(learningTestErrors.already_taken);
      const availability = availabilityOf(test, clock.now());
      if (availability === 'not_yet_open') throw new AppError(learningTestErrors.test_not_yet_open);
      if (availability !== 'open') throw new AppError(learningTestErrors.test_closed);
      const questions = questionsOf(await repository.listQuestions(db, test.eventId), test);
      const answers: Record<string, number> = {};
      for (const answer of input.answers) answers[answer.questionId] = answer.choice;
      const problems: FieldProblem[] = [];
      questions.forEach((question, index) => {
        const choice = answers[question.id];
        if (choice === undefined || choice >= question.options.length)
          problems.push({
            path: `answers.${index}`,
            code: 'unanswered',
            messageKey: 'learning_tests:errors.unanswered',
            params: { number: index + 1 },
          });
      });
      const known = new Set(questions.map((question) => question.id));
      if (input.answers.some((answer) => !known.has(answer.questionId)))
        problems.push({
          path: 'answers',
          code: 'unknown_question',
          messageKey: 'learning_tests:errors.unknown_question',
        });
      if (questions.length === 0)
        problems.push({
          path: 'answers',
          code: 'no_questions',
          messageKey: 'learning_tests:errors.no_questions',
        });
      if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
      const { score, maxScore } = scoreOf(questions, answers);
      const attempt = await repository.insertAttemptIfNew(db, {
        testId: test.id,
        userId: actor.userId,
        answers,
        score,
        maxScore,
        submittedAt: clock.now(),
      });
      if (!attempt) throw new AppError(learningTestErrors.already_taken);
      return attempt;
    },

    /** The reader's own view of an event's tests: whether they hold a seat, each test and their score. */
    async mine(actor: Actor, eventId: string) {
      await eventOf(eventId);
      const views = await testViews(db, eventId);
      const attempts = await repository.listAttempts(
        db,
        views.map((view) => view.test.id),
      );
      const isRegistered = (await repository.registrationStatus(db, eventId, actor.userId)) === 'registered';
      return {
        isRegistered,
        tests: views.map((view) => ({
          view,
          attempt:
            attempts.find((attempt) => attempt.testId === view.test.id && attempt.userId === actor.userId) ??
            null,
        })),
      };
    },

    /** Each participant's scores and gain: those holding a seat, and anyone else who took a test. */
    async results(eventId: string, locale: InterfaceLocale): Promise<ParticipantGainView[]> {
      await eventOf(eventId);
      const tests = await repository.listTests(db, eventId);
      const attempts = await repository.listAttempts(
        db,
        tests.map((test) => test.id),
      );
      const kindOf = new Map(tests.map((test) => [test.id, test.kind]));
      const people = new Map<string, string | null>();
      for (const participant of await repository.registeredParticipants(db, eventId))
        people.set(participant.userId, participant.unitCode);
      for (const attempt of attempts) if (!people.has(attempt.userId)) people.set(attempt.userId, null);
      const names = await namesOf([...people.keys()], locale);
      const units = await unitNamesOf(
        [...people.values()].filter((code): code is string => code !== null),
        locale,
      );
      const scoreOfKind = (userId: string, kind: 'pre' | 'post'): Score | null => {
        const attempt = attempts.find((row) => row.userId === userId && kindOf.get(row.testId) === kind);
        return attempt ? { score: attempt.score, maxScore: attempt.maxScore } : null;
      };
      return [...people].map(([userId, unitCode]) => {
        const pre = scoreOfKind(userId, 'pre');
        const post = scoreOfKind(userId, 'post');
        return {
          userId,
          name: names.get(userId) ?? '',
          unitCode,
          unitName: unitCode ? (units.get(unitCode) ?? null) : null,
          pre,
          post,
          gain: gainOf(pre, post),
        };
      });
    },
  };
}
