/**
 * The tests before and after a seminar or workshop (issue 16, seed 000 indicator 1; decision 0057):
 * the event's question bank (managers), taking a test on a phone (registered participants), and the
 * gains — per person and the event's share of participants whose knowledge rose by at least 70%.
 */
import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';

export const learningTestKinds = ['pre', 'post'] as const;
export const LearningTestKindSchema = z.enum(learningTestKinds);
export type LearningTestKind = z.infer<typeof LearningTestKindSchema>;

/** closed: a manager has not opened it; not_yet_open: before its opening time; ended: past its closing time. */
export const learningTestAvailabilities = ['closed', 'not_yet_open', 'open', 'ended'] as const;
export const LearningTestAvailabilitySchema = z.enum(learningTestAvailabilities);
export type LearningTestAvailability = z.infer<typeof LearningTestAvailabilitySchema>;

export const LearningEventTestsParamsSchema = z.object({ eventId: z.uuid() });
export const LearningTestParamsSchema = z.object({ testId: z.uuid() });

/** Optional English: empty text is kept as none. */
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const LearningQuestionOptionInputSchema = z.object({
  th: z.string().trim().min(1).max(500),
  en: optionalText(500),
});

/** A question as a manager writes it: 2–6 options, exactly one correct, in the pre-test, the post-test or both. */
export const LearningQuestionInputSchema = z
  .object({
    promptTh: z.string().trim().min(1).max(2000),
    promptEn: optionalText(2000),
    options: z.array(LearningQuestionOptionInputSchema).min(2).max(6),
    correctIndex: z.number().int().min(0).max(5),
    inPre: z.boolean(),
    inPost: z.boolean(),
  })
  .superRefine((question, context) => {
    if (question.correctIndex >= question.options.length)
      context.addIssue({
        code: 'custom',
        path: ['correctIndex'],
        message: 'learning_tests:errors.correct_option_missing',
      });
    if (!question.inPre && !question.inPost)
      context.addIssue({ code: 'custom', path: ['inPost'], message: 'learning_tests:errors.no_test_chosen' });
  });
export type LearningQuestionInput = z.infer<typeof LearningQuestionInputSchema>;

/** The whole bank, in order, saved at the version read. */
export const LearningQuestionBankSaveSchema = z.object({
  version: z.number().int().min(0),
  questions: z.array(LearningQuestionInputSchema).max(100),
});
export type LearningQuestionBankSave = z.infer<typeof LearningQuestionBankSaveSchema>;

/** A test's times in Bangkok (date and HH:MM), and whether a manager opens it. */
const BangkokTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'learning_tests:errors.time_invalid',
});
export const LearningTestScheduleSchema = z
  .object({
    version: z.number().int().min(1),
    opensOn: IsoDateSchema,
    opensAt: BangkokTimeSchema,
    closesOn: IsoDateSchema,
    closesAt: BangkokTimeSchema,
    isOpen: z.boolean(),
  })
  .superRefine((schedule, context) => {
    if (`${schedule.closesOn}T${schedule.closesAt}` <= `${schedule.opensOn}T${schedule.opensAt}`)
      context.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'learning_tests:errors.closes_before_opening',
      });
  });
export type LearningTestSchedule = z.infer<typeof LearningTestScheduleSchema>;

/** A test as managers and participants see it (no question). */
export const LearningTestSummarySchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  kind: LearningTestKindSchema,
  opensAt: TimestampSchema.nullable(),
  closesAt: TimestampSchema.nullable(),
  /** The same times in Bangkok, as typed. */
  opensOn: IsoDateSchema.nullable(),
  opensAtTime: z.string().nullable(),
  closesOn: IsoDateSchema.nullable(),
  closesAtTime: z.string().nullable(),
  isOpen: z.boolean(),
  availability: LearningTestAvailabilitySchema,
  questionCount: z.number().int(),
  attemptCount: z.number().int(),
  version: z.number().int(),
});
export type LearningTestSummary = z.infer<typeof LearningTestSummarySchema>;

export const LearningQuestionSchema = z.object({
  id: z.uuid(),
  promptTh: z.string(),
  promptEn: z.string().nullable(),
  options: z.array(z.object({ th: z.string(), en: z.string().optional() })),
  correctIndex: z.number().int(),
  inPre: z.boolean(),
  inPost: z.boolean(),
});

/** The bank as managers see it: the questions with their answers, the two tests, and whether it is locked. */
export const LearningQuestionBankSchema = z.object({
  eventId: z.uuid(),
  version: z.number().int(),
  /** Someone has submitted a test: the questions can no longer change (their scores would). */
  isLocked: z.boolean(),
  questions: z.array(LearningQuestionSchema),
  tests: z.array(LearningTestSummarySchema),
});
export type LearningQuestionBank = z.infer<typeof LearningQuestionBankSchema>;

/** One's own score on a test. */
export const LearningAttemptResultSchema = z.object({
  testId: z.uuid(),
  kind: LearningTestKindSchema,
  score: z.number().int(),
  maxScore: z.number().int(),
  submittedAt: TimestampSchema,
});
export type LearningAttemptResult = z.infer<typeof LearningAttemptResultSchema>;

/** A test as a participant takes it: the questions in the reader's language, never their answers. */
export const LearningTestPaperSchema = z.object({
  test: LearningTestSummarySchema,
  eventTitle: z.string(),
  questions: z.array(z.object({ id: z.uuid(), prompt: z.string(), options: z.array(z.string()) })),
  /** One's attempt, once submitted. */
  attempt: LearningAttemptResultSchema.nullable(),
});
export type LearningTestPaper = z.infer<typeof LearningTestPaperSchema>;

export const LearningAttemptSubmitSchema = z.object({
  answers: z.array(z.object({ questionId: z.uuid(), choice: z.number().int().min(0).max(5) })).max(100),
});
export type LearningAttemptSubmit = z.infer<typeof LearningAttemptSubmitSchema>;

/** A participant's own view of an event's tests: each test and their score on it. */
export const LearningMyTestsSchema = z.object({
  isRegistered: z.boolean(),
  tests: z.array(
    z.object({ test: LearningTestSummarySchema, attempt: LearningAttemptResultSchema.nullable() }),
  ),
});
export type LearningMyTests = z.infer<typeof LearningMyTestsSchema>;

export const learningGainKinds = ['gain', 'top_before', 'no_pre', 'no_post'] as const;
export const LearningGainKindSchema = z.enum(learningGainKinds);
export type LearningGainKind = z.infer<typeof LearningGainKindSchema>;

const ScoreSchema = z.object({ score: z.number().int(), maxScore: z.number().int() });

export const LearningParticipantGainSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  pre: ScoreSchema.nullable(),
  post: ScoreSchema.nullable(),
  gainKind: LearningGainKindSchema,
  /** g = (post% − pre%) / (100% − pre%), when `gainKind` is `gain`. */
  gain: z.number().nullable(),
  reachedTarget: z.boolean(),
});
export type LearningParticipantGain = z.infer<typeof LearningParticipantGainSchema>;

/** Per person and the event's figures: the seed's indicator is `shareReached` (gain ≥ 70%). */
export const LearningTestResultsSchema = z.object({
  eventId: z.uuid(),
  target: z.number(),
  participants: z.array(LearningParticipantGainSchema),
  figures: z.object({
    participants: z.number().int(),
    withGain: z.number().int(),
    topBefore: z.number().int(),
    incomplete: z.number().int(),
    reachedTarget: z.number().int(),
    averageGain: z.number().nullable(),
    shareReached: z.number().nullable(),
  }),
});
export type LearningTestResults = z.infer<typeof LearningTestResultsSchema>;
