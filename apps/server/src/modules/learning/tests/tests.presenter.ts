/** The tests' answers, shaped from the service's views (never a table row). */
import type {
  LearningAttemptResult,
  LearningMyTests,
  LearningQuestionBank,
  LearningTestPaper,
  LearningTestResults,
  LearningTestSummary,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { AttemptRow, QuestionRow, TestRow } from './tests.repository.ts';
import { availabilityOf, eventGainFigures, GAIN_TARGET } from './tests.rules.ts';
import type { ParticipantGainView, TestView } from './tests.service.ts';

const bangkokParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as its Bangkok date and time of day, as a manager typed them. */
function inBangkok(moment: Date | null): { date: string | null; time: string | null } {
  if (!moment) return { date: null, time: null };
  const parts = Object.fromEntries(bangkokParts.formatToParts(moment).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function presentTestSummary(view: TestView, now: Date): LearningTestSummary {
  const { test } = view;
  const opens = inBangkok(test.opensAt);
  const closes = inBangkok(test.closesAt);
  return {
    id: test.id,
    eventId: test.eventId,
    kind: test.kind,
    opensAt: test.opensAt?.toISOString() ?? null,
    closesAt: test.closesAt?.toISOString() ?? null,
    opensOn: opens.date,
    opensAtTime: opens.time,
    closesOn: closes.date,
    closesAtTime: closes.time,
    isOpen: test.isOpen,
    availability: availabilityOf(test, now),
    questionCount: view.questionCount,
    attemptCount: view.attemptCount,
    version: test.version,
  };
}

export function presentBank(
  bank: { eventId: string; version: number; isLocked: boolean; questions: QuestionRow[]; tests: TestView[] },
  now: Date,
): LearningQuestionBank {
  return {
    eventId: bank.eventId,
    version: bank.version,
    isLocked: bank.isLocked,
    questions: bank.questions.map((question) => ({
      id: question.id,
      promptTh: question.promptTh,
      promptEn: question.promptEn,
      options: question.options,
      correctIndex: question.correctIndex,
      inPre: question.inPre,
      inPost: question.inPost,
    })),
    tests: bank.tests.map((view) => presentTestSummary(view, now)),
  };
}

export function presentAttempt(attempt: AttemptRow, kind: TestRow['kind']): LearningAttemptResult {
  return {
    testId: attempt.testId,
    kind,
    score: attempt.score,
    maxScore: attempt.maxScore,
    submittedAt: attempt.submittedAt.toISOString(),
  };
}

/** The paper in the reader's language (Thai when there is no English), without the correct answers. */
export function presentPaper(
  paper: {
    event: { titleTh: string; titleEn: string | null };
    view: TestView;
    questions: QuestionRow[];
    attempt: AttemptRow | null;
  },
  now: Date,
  locale: InterfaceLocale,
): LearningTestPaper {
  const inEnglish = locale === 'en';
  return {
    test: presentTestSummary(paper.view, now),
    eventTitle: (inEnglish && paper.event.titleEn) || paper.event.titleTh,
    questions: paper.questions.map((question) => ({
      id: question.id,
      prompt: (inEnglish && question.promptEn) || question.promptTh,
      options: question.options.map((option) => (inEnglish && option.en) || option.th),
    })),
    attempt: paper.attempt ? presentAttempt(paper.attempt, paper.view.test.kind) : null,
  };
}

export function presentMine(
  mine: { isRegistered: boolean; tests: { view: TestView; attempt: AttemptRow | null }[] },
  now: Date,
): LearningMyTests {
  return {
    isRegistered: mine.isRegistered,
    tests: mine.tests.map(({ view, attempt }) => ({
      test: presentTestSummary(view, now),
      attempt: attempt ? presentAttempt(attempt, view.test.kind) : null,
    })),
  };
}

export function presentResults(eventId: string, people: ParticipantGainView[]): LearningTestResults {
  const figures = eventGainFigures(people.map((person) => person.gain));
  return {
    eventId,
    target: GAIN_TARGET.numerator / GAIN_TARGET.denominator,
    participants: people.map((person) => ({
      userId: person.userId,
      name: person.name,
      unitCode: person.unitCode,
      unitName: person.unitName,
      pre: person.pre,
      post: person.post,
      gainKind: person.gain.kind,
      gain: person.gain.kind === 'gain' ? person.gain.value : null,
      reachedTarget: person.gain.kind === 'gain' && person.gain.reachedTarget,
    })),
    figures,
  };
}
