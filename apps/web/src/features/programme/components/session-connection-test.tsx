/**
 * The connection test before a session (always, seed 003 §6.1.6): how it went and when, and for those
 * who manage the session, the form that records it. When it took place is typed as a session's time is
 * (session-time-fields.tsx): the day in the shared date field (Buddhist-era year in Thai) and the time
 * on Bangkok's clock, which the labels say; never the browser's own date-and-time input. The form
 * follows the session as it is loaded again: what someone else saved fills the fields the user has not
 * changed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionTestResults, type SessionDetail } from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { Field, InputField } from '../../../components/field.tsx';
import { fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSessionForm } from '../hooks/use-session-form.ts';
import { useSessionLabels } from '../hooks/use-session-labels.ts';
import {
  connectionTestFormFields,
  connectionTestFormSchema,
  connectionTestValuesOf,
} from '../utils/session-form-values.ts';
import { SaveError } from './save-error.tsx';
import { ConnectionTestBadge } from './session-badges.tsx';

export function ConnectionTest({ session, onReload }: { session: SessionDetail; onReload: () => void }) {
  const { t } = useTranslation('programme_pages');
  const headingId = useId();
  const labels = useSessionLabels(() => '');
  const format = useFormat();
  const { form, update, submit, reloadLatest } = useSessionForm({
    session,
    onReload,
    schema: connectionTestFormSchema,
    valuesOf: connectionTestValuesOf,
    fieldsOf: () => connectionTestFormFields,
  });
  const { register } = form;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.connection_test')}</h2>
      <p>
        <ConnectionTestBadge result={session.connectionTestResult} />{' '}
        {session.connectionTestAt && format.dateTime(session.connectionTestAt)}
      </p>
      {session.canManage && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <SaveError error={update.error} onReload={reloadLatest} />
          <div className="programme-form-grid">
            <FormDateField
              control={form.control}
              name="connectionTest.on"
              label={t('session.test_day')}
              // The server's word on the moment as a whole lands under its day.
              error={form.errorAt('connectionTest.on') ?? fieldError(update.error, 'connectionTest.at')}
            />
            <InputField
              type="time"
              label={t('session.test_time')}
              error={form.errorAt('connectionTest.time')}
              {...register('connectionTest.time')}
            />
            <Field label={t('session.test_result')} error={form.errorAt('connectionTest.result')}>
              {(control) => (
                <select {...control} {...register('connectionTest.result')}>
                  {connectionTestResults.map((option) => (
                    <option key={option} value={option}>
                      {labels.connectionTest(option)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('step_form.note')} error={form.errorAt('connectionTest.note')}>
              {(control) => <input {...control} maxLength={2000} {...register('connectionTest.note')} />}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={update.isPending}>
              {t('session.save_test')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
