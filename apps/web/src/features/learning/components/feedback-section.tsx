/**
 * Feedback on an event: its count and average rating; for a participant with a seat, once the event
 * began, a rating from 1 to 5 (radio buttons, each named in words) and comments, given once.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningEventDetail, LearningFeedbackCreate } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { TextareaField } from '../../../components/field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useGiveFeedback } from '../api/events.ts';
import { feedbackFormSchema, type FeedbackFormValues } from '../utils/feedback-values.ts';

export function FeedbackSection({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const headingId = useId();
  const { feedback } = event;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('feedback.heading')}</h2>
      <p>
        {feedback.averageRating === null
          ? t('feedback.none_yet')
          : t('feedback.summary', { count: feedback.count, average: format.number(feedback.averageRating) })}
      </p>
      {feedback.isGiven && <p>{t('feedback.thanks')}</p>}
      {feedback.canGive && <FeedbackForm eventId={event.id} />}
    </section>
  );
}

const ratings = ['1', '2', '3', '4', '5'] as const;

function FeedbackForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const give = useGiveFeedback(eventId);
  const legendId = useId();
  const form = useContractForm<FeedbackFormValues, LearningFeedbackCreate>({
    schema: feedbackFormSchema,
    defaultValues: { rating: '', comments: '' },
  });
  const ratingWords: Record<(typeof ratings)[number], string> = {
    '1': t('feedback.rating_1'),
    '2': t('feedback.rating_2'),
    '3': t('feedback.rating_3'),
    '4': t('feedback.rating_4'),
    '5': t('feedback.rating_5'),
  };
  const submit = form.handleSubmit((input) =>
    give.mutate(input, { onError: (error) => form.showServerErrors(error, ['rating', 'comments']) }),
  );
  const ratingError = form.errorAt('rating');
  return (
    <form className="form" noValidate onSubmit={(submitted) => void submit(submitted)}>
      {give.isError && !(give.error instanceof ApiError && give.error.fields.length > 0) && (
        <Alert tone="error">
          <p>{errorMessage(give.error, frameless)}</p>
        </Alert>
      )}
      <fieldset aria-labelledby={legendId} aria-invalid={ratingError ? true : undefined}>
        <legend id={legendId}>{t('feedback.rating')}</legend>
        {ratings.map((rating) => (
          <label key={rating} className="radio-label">
            <input type="radio" value={rating} {...form.register('rating')} /> {ratingWords[rating]}
          </label>
        ))}
        {ratingError && <p className="field-error">{ratingError}</p>}
      </fieldset>
      <TextareaField
        label={t('feedback.comments')}
        rows={4}
        error={form.errorAt('comments')}
        {...form.register('comments')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={give.isPending}>
          {t('feedback.submit')}
        </button>
      </div>
    </form>
  );
}
