/**
 * A reviewer's decision on a submitted report (the IAO, the strategy officer: `strategy:rounds`):
 * "รับ" accepts it, "ส่งกลับแก้ไข" returns it to the unit with a comment, which is required. The
 * decision is made at the version of the report shown; when the unit changed it meanwhile, the latest
 * version can be loaded while the comment typed stays.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { StrategyReviewInputSchema, type StrategyReviewInput, type StrategySubmission } from '@bia/contracts';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { TextareaField } from '../../../components/field.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { useReviewSubmission, useRoundItem } from '../api/round-items.ts';

type ReviewFormValues = z.input<typeof StrategyReviewInputSchema>;

const reviewValuesOf = (submission: StrategySubmission): ReviewFormValues => ({
  version: submission.version,
  action: 'accept',
  comment: '',
});

export function SubmissionReview({
  itemId,
  submission,
  onReviewed,
}: {
  itemId: string;
  submission: StrategySubmission;
  onReviewed: (action: StrategyReviewInput['action']) => void;
}) {
  const { t } = useTranslation('strategy_reporting');
  const headingId = useId();
  const unitCode = submission.unit.code;
  const query = useRoundItem(itemId);
  const review = useReviewSubmission(itemId, unitCode);
  const form = useContractForm<ReviewFormValues, StrategyReviewInput>({
    schema: StrategyReviewInputSchema,
    defaultValues: reviewValuesOf(submission),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: ['comment'],
    record: submission,
    reload: async () =>
      (await refetchOrGone(query))?.submissions.find((candidate) => candidate.unit.code === unitCode),
    valuesOf: reviewValuesOf,
    mutation: review,
    saveInput: (input, { version, onError }) =>
      review.mutate({ ...input, version }, { onSuccess: () => onReviewed(input.action), onError }),
  });
  const isPending = review.isPending;
  return (
    <form
      ref={formRef}
      className="form reporting-review"
      aria-labelledby={headingId}
      noValidate
      onSubmit={saving.submit}
    >
      <h3 id={headingId}>{t('review.heading')}</h3>
      <SaveAlerts
        saving={saving}
        focusClassName="reporting-focus-target"
        reloadText={t('conflict.reload')}
        keepTypingText={t('conflict.keep_typing')}
        reloadedText={t('conflict.reloaded')}
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
        <button
          type="submit"
          className="button"
          disabled={isPending}
          onClick={() => form.setValue('action', 'accept')}
        >
          {t('review.accept')}
        </button>
        <button
          type="submit"
          className="button button-danger"
          disabled={isPending}
          onClick={() => form.setValue('action', 'return')}
        >
          {t('review.return')}
        </button>
        {isPending && (
          <span role="status" className="strategy-muted">
            {t('form.sending')}
          </span>
        )}
      </div>
    </form>
  );
}
