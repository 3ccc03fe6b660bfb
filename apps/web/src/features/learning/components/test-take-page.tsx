/**
 * Taking a pre-test or post-test on a phone (/learning/tests/:testId, from the link or QR code the
 * organisers show): every question on one page, one tap per answer, everything submitted at once and
 * scored at once. The server never sends the correct answers; a test taken, closed or not yet open
 * says so instead of its questions.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LearningAttemptResult, LearningTestPaper } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSubmitAttempt, useTestPaper } from '../api/tests.ts';
import { answersToSubmit, unansweredNumbers, type ChosenAnswers } from '../utils/test-answers.ts';
import './test-tests.css';

export function TestTakePage() {
  const { testId = '' } = useParams();
  const { t } = useTranslation('learning_tests');
  const paper = useTestPaper(testId);
  if (paper.isPending) return <Loading />;
  if (paper.isError) return <RecordLoadError query={paper} notFoundText={t('take.not_found')} />;
  return <TestPaperView paper={paper.data} />;
}

function TestPaperView({ paper }: { paper: LearningTestPaper }) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  const title = paper.test.kind === 'pre' ? t('take.title_pre') : t('take.title_post');
  const { attempt, test } = paper;
  return (
    <div className="test-take">
      <PageHeader title={title} intro={<p>{paper.eventTitle}</p>} />
      {attempt ? (
        <TestScore attempt={attempt} />
      ) : test.availability === 'open' ? (
        <TestQuestions paper={paper} />
      ) : (
        <Alert tone="info">
          <p>
            {test.availability === 'not_yet_open' && test.opensAt
              ? t('take.not_yet_open', { when: format.dateTime(test.opensAt) })
              : test.availability === 'ended'
                ? t('take.ended')
                : t('take.closed')}
          </p>
        </Alert>
      )}
    </div>
  );
}

function TestScore({ attempt }: { attempt: LearningAttemptResult }) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  return (
    <Alert tone="success" title={t('take.submitted')}>
      <p className="test-score">
        {t('take.score', { score: format.number(attempt.score), max: format.number(attempt.maxScore) })}
      </p>
    </Alert>
  );
}

function TestQuestions({ paper }: { paper: LearningTestPaper }) {
  const { t } = useTranslation('learning_tests');
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const formId = useId();
  const submit = useSubmitAttempt(paper.test.id);
  const [chosen, setChosen] = useState<ChosenAnswers>({});
  const [missing, setMissing] = useState<number[]>([]);
  const ids = paper.questions.map((question) => question.id);

  if (submit.isSuccess) return <TestScore attempt={submit.data} />;

  const send = () => {
    const unanswered = unansweredNumbers(ids, chosen);
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    submit.mutate({ answers: answersToSubmit(ids, chosen) });
  };

  return (
    <form
      className="test-paper"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <p>{t('take.instructions', { questions: format.number(paper.questions.length) })}</p>
      {paper.questions.map((question, index) => {
        const isMissing = missing.includes(index + 1) && chosen[question.id] === undefined;
        return (
          <fieldset
            key={question.id}
            className={isMissing ? 'test-question test-question-missing' : 'test-question'}
            aria-describedby={isMissing ? `${formId}-${index}-missing` : undefined}
          >
            <legend>
              <span className="test-question-number">
                {t('take.question_number', { number: format.number(index + 1) })}
              </span>{' '}
              {question.prompt}
            </legend>
            {question.options.map((option, choice) => (
              <label key={choice} className="test-option">
                <input
                  type="radio"
                  name={`${formId}-${question.id}`}
                  value={choice}
                  checked={chosen[question.id] === choice}
                  onChange={() => setChosen((current) => ({ ...current, [question.id]: choice }))}
                />
                <span>{option}</span>
              </label>
            ))}
            {isMissing && (
              <p id={`${formId}-${index}-missing`} className="field-error">
                {t('take.unanswered_here')}
              </p>
            )}
          </fieldset>
        );
      })}
      {missing.some((number) => chosen[ids[number - 1] ?? ''] === undefined) && (
        <Alert tone="error">
          <p>
            {t('take.unanswered', { numbers: missing.map((number) => format.number(number)).join(', ') })}
          </p>
        </Alert>
      )}
      {submit.isError && (
        <Alert tone="error">
          <p>{errorMessage(submit.error, frameless)}</p>
        </Alert>
      )}
      <div className="form-actions">
        <button type="submit" className="button test-submit" disabled={submit.isPending}>
          {submit.isPending ? t('take.submitting') : t('take.submit')}
        </button>
      </div>
    </form>
  );
}
