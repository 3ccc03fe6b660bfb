/**
 * One test's times and opening (managers): the opening and closing days and times in Bangkok, and
 * whether participants may take it — closed until a manager ticks it. Shown with the link and QR code
 * participants open on their phones.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LearningTestScheduleSchema,
  type LearningTestSchedule,
  type LearningTestSummary,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { errorMessage, isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useScheduleTest } from '../api/tests.ts';
import { scheduleFieldPaths, scheduleValues } from '../utils/test-schedule-values.ts';
import { TestAvailabilityText } from './test-availability.tsx';
import { TestLink } from './test-link.tsx';

export function TestScheduleForm({ test }: { test: LearningTestSummary }) {
  // A saved change (a new version) starts the form again from what the server holds.
  return <ScheduleForm key={test.version} test={test} />;
}

function ScheduleForm({ test }: { test: LearningTestSummary }) {
  const { t } = useTranslation('learning_tests');
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const schedule = useScheduleTest(test.eventId);
  const form = useContractForm<LearningTestSchedule, LearningTestSchedule>({
    schema: LearningTestScheduleSchema,
    defaultValues: scheduleValues(test),
  });
  const { register, control } = form;
  const title = test.kind === 'pre' ? t('schedule.heading_pre') : t('schedule.heading_post');

  const submit = form.handleSubmit((input) =>
    schedule.mutate(
      { testId: test.id, schedule: input },
      { onError: (error) => form.showServerErrors(error, scheduleFieldPaths) },
    ),
  );

  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>
        <TestAvailabilityText test={test} />{' '}
        {t('schedule.counts', {
          questions: format.number(test.questionCount),
          attempts: format.number(test.attemptCount),
        })}
      </p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="test-schedule-times">
          <FormDateField
            control={control}
            name="opensOn"
            label={<RequiredLabel>{t('schedule.opens_on')}</RequiredLabel>}
            error={form.errorAt('opensOn')}
          />
          <InputField
            type="time"
            label={<RequiredLabel>{t('schedule.opens_at')}</RequiredLabel>}
            hint={t('schedule.time_hint')}
            error={form.errorAt('opensAt')}
            {...register('opensAt')}
          />
          <FormDateField
            control={control}
            name="closesOn"
            label={<RequiredLabel>{t('schedule.closes_on')}</RequiredLabel>}
            error={form.errorAt('closesOn')}
          />
          <InputField
            type="time"
            label={<RequiredLabel>{t('schedule.closes_at')}</RequiredLabel>}
            hint={t('schedule.time_hint')}
            error={form.errorAt('closesAt')}
            {...register('closesAt')}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register('isOpen')} /> {t('schedule.is_open')}
        </label>
        {form.errorAt('isOpen') && <p className="field-error">{form.errorAt('isOpen')}</p>}
        {schedule.isError && !form.errorAt('isOpen') && (
          <Alert tone="error">
            <p>
              {isStaleConflict(schedule.error) ? t('bank.stale') : errorMessage(schedule.error, frameless)}
            </p>
          </Alert>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={schedule.isPending}>
            {schedule.isPending ? t('bank.saving') : t('schedule.save')}
          </button>
        </div>
      </form>
      <TestLink test={test} />
    </section>
  );
}
