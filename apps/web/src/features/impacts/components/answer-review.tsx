/**
 * The IAO's decision on a unit's answer (`impacts:manage`): accept a submitted answer, or return it
 * — submitted or accepted — with a comment, which is required. Made at the version shown; when the
 * unit changed it meanwhile, the latest version can be loaded while the comment typed stays.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ImpactReviewInputSchema, type ImpactAnswerDetail, type ImpactReviewInput } from '@bia/contracts';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { TextareaField } from '../../../components/field.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { useImpactAnswer, useReviewImpactAnswer } from '../api/impacts.ts';

type ReviewFormValues = z.input<typeof ImpactReviewInputSchema>;

const reviewValuesOf = (detail: ImpactAnswerDetail): ReviewFormValues => ({
  version: detail.version,
  action: 'accept',
  comment: '',
});

export function AnswerReview({
  detail,
  onReviewed,
}: {
  detail: ImpactAnswerDetail;
  onReviewed: (action: ImpactReviewInput['action']) => void;
}) {
  const { t } = useTranslation('impacts');
  const headingId = useId();
  const query = useImpactAnswer(detail.theme.id, detail.unit.code);
  const review = useReviewImpactAnswer(detail.theme.id, detail.unit.code);
  const form = useContractForm<ReviewFormValues, ImpactReviewInput>({
    schema: ImpactReviewInputSchema,
    defaultValues: reviewValuesOf(detail),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: ['comment'],
    record: detail,
    reload: async () => refetchOrGone(query),
    valuesOf: reviewValuesOf,
    mutation: review,
    saveInput: (input, { version, onError }) =>
      review.mutate({ ...input, version }, { onSuccess: () => onReviewed(input.action), onError }),
  });
  const isSubmitted = detail.status === 'submitted';
  return (
    <form
      ref={formRef}
      className="form impacts-review"
      aria-labelledby={headingId}
      noValidate
      onSubmit={saving.submit}
    >
      <h2 id={headingId}>{t('review.heading')}</h2>
      <SaveAlerts
        saving={saving}
        focusClassName="impacts-focus-target"
        reloadText={t('form.conflict_reload')}
        reloadedText={t('form.conflict_reloaded')}
      />
      <TextareaField
        label={t('review.comment')}
        hint={t('review.comment_hint')}
        rows={3}
        maxLength={2000}
        error={form.errorAt('comment')}
        {...form.register('comment')}
      />
      <div className="form-actions">
        {isSubmitted && (
          <button
            type="submit"
            className="button"
            disabled={review.isPending}
            onClick={() => form.setValue('action', 'accept')}
          >
            {t('review.accept')}
          </button>
        )}
        <button
          type="submit"
          className="button button-danger"
          disabled={review.isPending}
          onClick={() => form.setValue('action', 'return')}
        >
          {t('review.return')}
        </button>
      </div>
    </form>
  );
}
