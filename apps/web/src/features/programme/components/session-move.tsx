/**
 * Moving a session still to come (issue 13, item 14): a new day and times on Bangkok's clock, checked
 * as a new session's are (office hours, lunch and work days in Bangkok and each city, holidays); a time
 * that does not suit a city is kept only with a reason. Once moved, every registered participant and
 * business presenting is mailed the updated calendar invitation (the same event, its sequence raised),
 * each in their language.
 */
import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { TextareaField } from '../../../components/field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/errors.ts';
import { useSessionForm } from '../hooks/use-session-form.ts';
import { moveFormFields, moveFormSchema, moveValuesOf } from '../utils/session-form-values.ts';
import { SaveError } from './save-error.tsx';
import { SessionTimeFields } from './session-time-fields.tsx';

export function SessionMove({ session, onReload }: { session: SessionDetail; onReload: () => void }) {
  const { t } = useTranslation('programme_pages');
  const headingId = useId();
  const hintId = useId();
  const { form, update, submit, reloadLatest } = useSessionForm({
    session,
    onReload,
    schema: moveFormSchema,
    valuesOf: moveValuesOf,
    fieldsOf: () => moveFormFields,
  });
  const { register } = form;
  const errors = form.formState.errors;
  const day = useController({ control: form.control, name: 'day' }).field;
  const needsReason = isApiError(update.error, 'schedule_needs_override');
  // What does not suit about the time, each city named: listed under the server's message.
  const timeProblems = update.error instanceof ApiError ? update.error.fieldMessages() : [];
  const hasReason = form.watch('overrideReason').trim() !== '';

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.move_title')}</h2>
      <p id={hintId} className="field-hint">
        {t('session.move_hint')}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-describedby={hintId}>
        <SaveError error={update.error} onReload={reloadLatest} />
        {timeProblems.length > 0 && (
          <Alert tone={needsReason ? 'warning' : 'error'}>
            <ul>
              {timeProblems.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
        {update.isSuccess && !form.formState.isDirty && <Alert tone="success">{t('session.moved')}</Alert>}
        <div className="programme-form-grid">
          <SessionTimeFields
            day={day}
            startTime={register('startTime')}
            endTime={register('endTime')}
            errors={errors}
          />
        </div>
        {(needsReason || hasReason) && (
          <TextareaField
            label={t('new_session.override_reason')}
            hint={t('new_session.override_hint')}
            error={errors.overrideReason?.message}
            rows={2}
            {...register('overrideReason')}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('step_form.saving') : t('session.move')}
          </button>
        </div>
      </form>
    </section>
  );
}
