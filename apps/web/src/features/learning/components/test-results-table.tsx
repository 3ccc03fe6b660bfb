/**
 * The gains (managers): each participant's pre and post scores and normalised gain, and the event's
 * average gain and share of participants whose gain reached 70% (seed 000 indicator 1), each shown
 * with its formula and numbers (decision 0057).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '@bia/i18n';
import type { LearningParticipantGain, LearningTestResults } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useTestResults } from '../api/tests.ts';

export function TestResultsSection({ eventId }: { eventId: string }) {
  const results = useTestResults(eventId);
  if (results.isPending) return <Loading />;
  if (results.isError) return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  return <TestResultsTable results={results.data} />;
}

export function TestResultsTable({ results }: { results: LearningTestResults }) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  const headingId = useId();
  const percent = (ratio: number) => formatPercent(ratio, format.locale);
  const { figures } = results;
  const score = (value: { score: number; maxScore: number } | null) =>
    value
      ? t('results.score', { score: format.number(value.score), max: format.number(value.maxScore) })
      : t('results.not_taken');
  const gainText = (person: LearningParticipantGain) => {
    switch (person.gainKind) {
      case 'gain':
        return percent(person.gain ?? 0);
      case 'top_before':
        return t('results.top_before');
      default:
        return t('results.no_gain');
    }
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('results.heading')}</h3>
      <p className="test-formula">{t('results.gain_formula')}</p>
      <p>{t('results.gain_note', { target: percent(results.target) })}</p>
      <dl className="test-figures">
        <dt>{t('results.average_gain')}</dt>
        <dd>
          {figures.averageGain === null
            ? t('results.no_figure')
            : t('results.average_of', {
                value: percent(figures.averageGain),
                people: format.number(figures.withGain),
              })}
        </dd>
        <dt>{t('results.share', { target: percent(results.target) })}</dt>
        <dd>
          {figures.shareReached === null
            ? t('results.no_figure')
            : t('results.share_formula', {
                reached: format.number(figures.reachedTarget),
                counted: format.number(figures.withGain),
                value: percent(figures.shareReached),
              })}
        </dd>
        <dt>{t('results.apart')}</dt>
        <dd>
          {t('results.apart_counts', {
            top: format.number(figures.topBefore),
            incomplete: format.number(figures.incomplete),
            participants: format.number(figures.participants),
          })}
        </dd>
      </dl>
      {results.participants.length === 0 ? (
        <p>{t('results.empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table>
            <caption className="visually-hidden">{t('results.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.person')}</th>
                <th scope="col">{t('results.unit')}</th>
                <th scope="col">{t('results.pre')}</th>
                <th scope="col">{t('results.post')}</th>
                <th scope="col">{t('results.gain')}</th>
                <th scope="col">{t('results.reached', { target: percent(results.target) })}</th>
              </tr>
            </thead>
            <tbody>
              {results.participants.map((person) => (
                <tr key={person.userId}>
                  <th scope="row">{person.name}</th>
                  <td>{person.unitName ?? person.unitCode ?? '—'}</td>
                  <td>{score(person.pre)}</td>
                  <td>{score(person.post)}</td>
                  <td>{gainText(person)}</td>
                  <td>
                    {person.gainKind !== 'gain'
                      ? '—'
                      : person.reachedTarget
                        ? t('results.reached_yes')
                        : t('results.reached_no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
