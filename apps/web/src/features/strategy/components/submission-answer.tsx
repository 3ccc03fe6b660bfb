/**
 * A unit's report as it reads: the level reached with its sentence, or the value in its unit; for a
 * project its status, progress, budget and milestones; the narrative and the evidence links. And its
 * review history, oldest first: accepted, returned with the reviewer's comment, amended with the
 * reason (and the report as it stood before).
 */
import { useTranslation } from 'react-i18next';
import type { StrategySubmission } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import type { ItemMeasure } from '../utils/submission-form-values.ts';
import { PlanText } from './plan-text.tsx';
import type { MeasureWords } from './round-item-measure.tsx';

export type ReportAnswer = Pick<
  StrategySubmission,
  | 'levelReached'
  | 'value'
  | 'narrative'
  | 'projectStatus'
  | 'progressPercent'
  | 'budgetPlanned'
  | 'budgetSpent'
  | 'milestones'
  | 'evidenceLinks'
>;

export function SubmissionAnswer({
  answer,
  measure,
  words,
}: {
  answer: ReportAnswer;
  measure: ItemMeasure;
  words: MeasureWords;
}) {
  const { t } = useTranslation(['strategy_reporting', 'strategy']);
  const format = useFormat();
  const labels = useReportingLabels();
  const none = <span className="strategy-muted">{t('answer.none')}</span>;
  const baht = (amount: number | null) =>
    amount === null ? none : t('answer.baht', { amount: format.number(amount) });
  const sentence = words.levels.find((level) => level.level === answer.levelReached)?.text;
  return (
    <dl className="details reporting-answer">
      {measure.kind === 'rubric' && (
        <>
          <dt>{t('answer.level')}</dt>
          <dd>
            {answer.levelReached === null ? (
              none
            ) : (
              <>
                <strong>{t('strategy:kpi.level', { level: answer.levelReached })}</strong>
                {sentence && (
                  <>
                    {' '}
                    <PlanText text={sentence} />
                  </>
                )}
              </>
            )}
          </dd>
        </>
      )}
      {(measure.kind === 'number' || measure.kind === 'percent') && (
        <>
          <dt>{t('answer.value')}</dt>
          <dd>
            {answer.value === null
              ? none
              : measure.kind === 'percent'
                ? t('strategy:kpi.percent_value', { value: format.number(answer.value) })
                : t('strategy:kpi.number_value', {
                    value: format.number(answer.value),
                    unit: words.unit?.text ?? '',
                  })}
          </dd>
        </>
      )}
      {measure.kind === 'project' && (
        <>
          <dt>{t('answer.project_status')}</dt>
          <dd>{answer.projectStatus ? labels.projectStatus(answer.projectStatus) : none}</dd>
          <dt>{t('answer.progress')}</dt>
          <dd>
            {answer.progressPercent === null
              ? none
              : t('strategy:kpi.percent_value', { value: format.number(answer.progressPercent) })}
          </dd>
          <dt>{t('answer.budget_planned')}</dt>
          <dd>{baht(answer.budgetPlanned)}</dd>
          <dt>{t('answer.budget_spent')}</dt>
          <dd>{baht(answer.budgetSpent)}</dd>
          <dt>{t('answer.milestones')}</dt>
          <dd>
            {answer.milestones.length === 0 ? (
              none
            ) : (
              <ul className="strategy-list">
                {answer.milestones.map((milestone, index) => (
                  <li key={index}>
                    {milestone.text}
                    {milestone.due && <> · {t('answer.due', { date: format.date(milestone.due) })}</>} ·{' '}
                    {milestone.done ? t('answer.done') : t('answer.not_done')}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
      <dt>{t('answer.narrative')}</dt>
      <dd className="reporting-narrative">{answer.narrative || none}</dd>
      <dt>{t('answer.links')}</dt>
      <dd>
        {answer.evidenceLinks.length === 0 ? (
          none
        ) : (
          <ul className="strategy-list">
            {answer.evidenceLinks.map((link, index) => (
              <li key={index}>
                <a href={link.url} target="_blank" rel="noreferrer noopener">
                  {link.title}
                  <span className="visually-hidden"> {t('answer.new_tab')}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

/** The report's reviews, oldest first, each with who and when; an amendment keeps what it replaced. */
export function SubmissionHistory({
  reviews,
  measure,
  words,
}: {
  reviews: StrategySubmission['reviews'];
  measure: ItemMeasure;
  words: MeasureWords;
}) {
  const { t } = useTranslation('strategy_reporting');
  const format = useFormat();
  const labels = useReportingLabels();
  if (reviews.length === 0) return null;
  return (
    <details className="reporting-history" open={reviews.at(-1)?.action !== 'accepted'}>
      <summary className="disclosure">{t('history.heading', { count: reviews.length })}</summary>
      <ol className="reporting-history__list">
        {reviews.map((review, index) => (
          <li key={index}>
            <p>
              <strong>{labels.review(review.action)}</strong> ·{' '}
              {review.by
                ? t('history.by', { name: review.by, date: format.dateTime(review.at) })
                : format.dateTime(review.at)}
            </p>
            {review.comment && (
              <p className="reporting-narrative">
                {review.action === 'amended'
                  ? t('history.reason', { reason: review.comment })
                  : t('history.comment', { comment: review.comment })}
              </p>
            )}
            {review.previous && (
              <details>
                <summary className="disclosure">{t('history.previous')}</summary>
                <SubmissionAnswer answer={review.previous} measure={measure} words={words} />
              </details>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
