/**
 * A seminar's, workshop's, training's or consultation's form (the IAO): kind, titles, description,
 * capacity, credit hours, the invited units picked by name (none: every unit), and its sessions — a
 * day, start and end times in Bangkok, a room or an online link — as a list that grows and shrinks.
 * A new event is saved as a draft, seen only by managers until it is opened. The server's refusals
 * land at their field; a change someone else saved first is said so.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { learningEventKinds, type LearningEventCreate, type LearningEventDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { CodeOptions } from '../../../components/code-select.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage, isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useCreateLearningEvent, useUnitsToInvite, useUpdateLearningEvent } from '../api/events.ts';
import { useEventLabels } from '../hooks/use-event-labels.ts';
import {
  emptySession,
  eventFieldPaths,
  eventFormSchema,
  eventValues,
  newEventValues,
  type EventFormValues,
} from '../utils/event-form-values.ts';

export function EventForm({ event }: { event?: LearningEventDetail }) {
  const { t } = useTranslation(['learning', 'common']);
  const { t: frameless } = useTranslation();
  const labels = useEventLabels();
  const navigate = useNavigate();
  const create = useCreateLearningEvent();
  const update = useUpdateLearningEvent(event?.id ?? '');
  const save = event ? update : create;
  const form = useContractForm<EventFormValues, LearningEventCreate>({
    schema: eventFormSchema,
    defaultValues: event ? eventValues(event) : newEventValues(),
  });
  const { register, control } = form;
  const sessions = useFieldArray({ control, name: 'sessions' });
  const sessionsId = useId();

  const submit = form.handleSubmit((input) => {
    const onSuccess = (saved: LearningEventDetail) => void navigate(paths.learningEvent(saved.id));
    const onError = (error: Error) => form.showServerErrors(error, eventFieldPaths);
    if (event) update.mutate({ ...input, version: event.version }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  });

  const isGeneral = save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0);

  return (
    <form className="form card" noValidate onSubmit={(submitted) => void submit(submitted)}>
      {isGeneral && (
        <Alert tone="error">
          <p>{isStaleConflict(save.error) ? t('form.stale') : errorMessage(save.error, frameless)}</p>
        </Alert>
      )}
      <SelectField label={<RequiredLabel>{t('form.kind')}</RequiredLabel>} {...register('kind')}>
        <CodeOptions codes={learningEventKinds} label={labels.kind} />
      </SelectField>
      <InputField
        label={<RequiredLabel>{t('form.title_th')}</RequiredLabel>}
        lang="th"
        error={form.errorAt('titleTh')}
        {...register('titleTh')}
      />
      <InputField
        label={t('form.title_en')}
        lang="en"
        error={form.errorAt('titleEn')}
        {...register('titleEn')}
      />
      <TextareaField
        label={t('form.description_th')}
        lang="th"
        rows={4}
        error={form.errorAt('descriptionTh')}
        {...register('descriptionTh')}
      />
      <TextareaField
        label={t('form.description_en')}
        lang="en"
        rows={4}
        error={form.errorAt('descriptionEn')}
        {...register('descriptionEn')}
      />
      <InputField
        label={<RequiredLabel>{t('form.capacity')}</RequiredLabel>}
        hint={t('form.capacity_hint')}
        inputMode="numeric"
        error={form.errorAt('capacity')}
        {...register('capacity')}
      />
      <InputField
        label={t('form.credit_hours')}
        inputMode="numeric"
        error={form.errorAt('creditHours')}
        {...register('creditHours')}
      />
      <UnitPicker
        control={control}
        error={form.errorAt('invitedUnitCodes')}
        setCodes={(codes) => form.setValue('invitedUnitCodes', codes, { shouldDirty: true })}
      />

      <fieldset aria-labelledby={sessionsId}>
        <legend id={sessionsId}>{t('form.sessions')}</legend>
        <p className="field-hint">{t('form.sessions_hint')}</p>
        <ol className="learning-sessions">
          {sessions.fields.map((session, index) => (
            <li key={session.id} className="card">
              <h3>{t('form.session_number', { number: index + 1 })}</h3>
              <div className="learning-session-fields">
                <FormDateField
                  control={control}
                  name={`sessions.${index}.date`}
                  label={<RequiredLabel>{t('form.session_date')}</RequiredLabel>}
                  error={form.errorAt(`sessions.${index}.date`) ?? form.errorAt(`sessions.${index}.startsAt`)}
                />
                <InputField
                  type="time"
                  label={<RequiredLabel>{t('form.session_start')}</RequiredLabel>}
                  hint={t('form.time_hint')}
                  error={form.errorAt(`sessions.${index}.startTime`)}
                  {...register(`sessions.${index}.startTime`)}
                />
                <InputField
                  type="time"
                  label={<RequiredLabel>{t('form.session_end')}</RequiredLabel>}
                  hint={t('form.time_hint')}
                  error={
                    form.errorAt(`sessions.${index}.endTime`) ?? form.errorAt(`sessions.${index}.endsAt`)
                  }
                  {...register(`sessions.${index}.endTime`)}
                />
              </div>
              <InputField
                label={t('form.session_room')}
                error={form.errorAt(`sessions.${index}.room`)}
                {...register(`sessions.${index}.room`)}
              />
              <InputField
                type="url"
                label={t('form.session_online')}
                hint={t('form.session_online_hint')}
                error={form.errorAt(`sessions.${index}.onlineUrl`)}
                {...register(`sessions.${index}.onlineUrl`)}
              />
              {sessions.fields.length > 1 && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => sessions.remove(index)}
                >
                  {t('form.remove_session', { number: index + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => sessions.append(emptySession())}
        >
          {t('form.add_session')}
        </button>
      </fieldset>

      {!event && <p>{t('form.draft_note')}</p>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void navigate(event ? paths.learningEvent(event.id) : paths.learning)}
        >
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The invited units, picked by name from the directory (filtered as one types); none means every unit. */
function UnitPicker({
  control,
  error,
  setCodes,
}: {
  control: Control<EventFormValues, unknown, LearningEventCreate>;
  error: string | undefined;
  setCodes: (codes: string[]) => void;
}) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const { locale } = useFormat();
  const units = useUnitsToInvite();
  const chosen = useWatch({ control, name: 'invitedUnitCodes' });
  const [filter, setFilter] = useState('');
  const legendId = useId();
  const wanted = filter.trim().toLowerCase();
  const shown = (units.data ?? []).filter(
    (unit) =>
      chosen.includes(unit.code) ||
      !wanted ||
      unit.nameTh.toLowerCase().includes(wanted) ||
      (unit.nameEn ?? '').toLowerCase().includes(wanted),
  );
  const toggle = (code: string, isOn: boolean) =>
    setCodes(isOn ? [...chosen, code] : chosen.filter((candidate) => candidate !== code));
  return (
    <fieldset aria-labelledby={legendId}>
      <legend id={legendId}>{t('form.invited_units')}</legend>
      <p className="field-hint">
        {chosen.length === 0 ? t('form.invited_none') : t('form.invited_count', { count: chosen.length })}
      </p>
      <InputField
        label={t('form.invited_filter')}
        value={filter}
        onChange={(typed) => setFilter(typed.target.value)}
      />
      {units.isError && <p className="field-error">{errorMessage(units.error, frameless)}</p>}
      <div className="learning-units" tabIndex={0} role="group" aria-labelledby={legendId}>
        {shown.map((unit) => (
          <label key={unit.code}>
            <input
              type="checkbox"
              checked={chosen.includes(unit.code)}
              onChange={(changed) => toggle(unit.code, changed.target.checked)}
            />
            <span>{locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameTh}</span>
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
