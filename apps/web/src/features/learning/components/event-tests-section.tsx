/**
 * The tests before and after an event, on the event's page (mounted there by the events part):
 * for managers the question bank, each test's times with its link and QR code, and the gains; for a
 * participant holding a seat, a button to take each open test and their own scores.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearningMyTests } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useMyTests, useQuestionBank } from '../api/tests.ts';
import { testPagePath } from '../utils/test-schedule-values.ts';
import { TestAvailabilityText } from './test-availability.tsx';
import { TestBankEditor } from './test-bank-editor.tsx';
import { TestResultsSection } from './test-results-table.tsx';
import { TestScheduleForm } from './test-schedule-form.tsx';
import './test-tests.css';

export function EventTestsSection({ eventId, canManage }: { eventId: string; canManage: boolean }) {
  const { t } = useTranslation('learning_tests');
  const headingId = useId();
  return (
    <section className="tests-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('section.heading')}</h2>
      <MyTests eventId={eventId} />
      {canManage && <ManageTests eventId={eventId} />}
    </section>
  );
}

function ManageTests({ eventId }: { eventId: string }) {
  const { t } = useTranslation('learning_tests');
  const bank = useQuestionBank(eventId);
  if (bank.isPending) return <Loading />;
  if (bank.isError) return <QueryError error={bank.error} onRetry={() => void bank.refetch()} />;
  return (
    <>
      <TestBankEditor bank={bank.data} />
      {bank.data.tests.length === 0 ? (
        <p>{t('section.save_first')}</p>
      ) : (
        <div className="test-schedules">
          {bank.data.tests.map((test) => (
            <TestScheduleForm key={test.id} test={test} />
          ))}
        </div>
      )}
      <TestResultsSection eventId={eventId} />
    </>
  );
}

function MyTests({ eventId }: { eventId: string }) {
  const mine = useMyTests(eventId);
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  return <MyTestsList mine={mine.data} />;
}

function MyTestsList({ mine }: { mine: LearningMyTests }) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  const headingId = useId();
  if (!mine.isRegistered) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('mine.heading')}</h3>
      {mine.tests.length === 0 && <p>{t('mine.none')}</p>}
      <ul className="plain-list">
        {mine.tests.map(({ test, attempt }) => (
          <li key={test.id}>
            <p>
              <strong>{test.kind === 'pre' ? t('mine.pre') : t('mine.post')}</strong>
              {': '}
              {attempt ? (
                t('mine.score', { score: format.number(attempt.score), max: format.number(attempt.maxScore) })
              ) : (
                <TestAvailabilityText test={test} />
              )}
            </p>
            {!attempt && test.availability === 'open' && (
              <Link className="button" to={testPagePath(test.id)}>
                {test.kind === 'pre' ? t('mine.take_pre') : t('mine.take_post')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
