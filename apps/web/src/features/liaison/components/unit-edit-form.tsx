/**
 * Changes a unit's English name and notes; only what changed is sent, with the version the editor
 * started from. The browser checks what the server checks (the contract's schema); the server's field
 * errors land on their fields; after a stale save, loading the latest version fills in only the fields
 * left untouched.
 */
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '@bia/contracts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Field } from '../../../components/field.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useUpdateUnit } from '../api/units.ts';
import {
  unitFormFields,
  unitFormSchema,
  unitFormValuesOf,
  type UnitChanges,
  type UnitFormValues,
} from '../utils/unit-form-values.ts';

export function UnitEditForm({
  unit,
  onSaved,
  onCancel,
  reload,
}: {
  unit: UnitDetail;
  onSaved: () => void;
  onCancel: () => void;
  /** Loads the unit again and answers its latest version. */
  reload: () => Promise<UnitDetail | undefined>;
}) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const update = useUpdateUnit(unit.code);
  const error = asApiError(update.error);
  const schema = useMemo(() => unitFormSchema(unit), [unit]);
  const form = useContractForm<UnitFormValues, UnitChanges>({
    schema,
    defaultValues: unitFormValuesOf(unit),
  });
  const { register } = form;
  const latest = useLatestVersion({
    record: unit,
    reload,
    valuesOf: unitFormValuesOf,
    reset: form.reset,
    onReloaded: () => update.reset(),
    alertId,
  });
  const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));

  function saveChanges(changes: UnitChanges) {
    update.mutate(
      { ...changes, version: latest.baseVersion },
      {
        onSuccess: onSaved,
        onError: (failure) => {
          form.showServerErrors(failure, unitFormFields);
          focusProblem();
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      className="form liaison-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        latest.clearReload();
        void form.handleSubmit(saveChanges, () => {
          update.reset();
          focusProblem();
        })(event);
      }}
      noValidate
    >
      <h3 id={headingId}>{t('unit.edit_heading')}</h3>
      {error && isStaleConflict(error) ? (
        <StaleConflict
          focusClassName="liaison-focus-target"
          reloadText={t('conflict.reload')}
          keepTypingText={t('conflict.keep_typing')}
          error={error}
          id={alertId}
          isReloading={latest.isReloading}
          onReload={() => void latest.reloadLatest()}
        />
      ) : (
        update.isError && (
          <ErrorAlert focusClassName="liaison-focus-target" error={update.error} id={alertId} />
        )
      )}
      {latest.reloadError !== null && (
        <ErrorAlert
          focusClassName="liaison-focus-target"
          error={latest.reloadError}
          id={`${alertId}-reload-error`}
        />
      )}
      {latest.reloadOutcome === 'reloaded' && (
        <ReloadedNotice
          focusClassName="liaison-focus-target"
          id={`${alertId}-reloaded`}
          message={t('conflict.reloaded')}
        />
      )}
      <Field
        label={t('unit.name_en')}
        hint={t('unit.name_en_hint')}
        error={form.formState.errors.nameEn?.message}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            lang="en"
            autoComplete="off"
            maxLength={300}
            {...register('nameEn')}
          />
        )}
      </Field>
      <Field
        label={t('unit.name_en_source')}
        hint={t('unit.name_en_source_hint')}
        error={form.formState.errors.nameEnSource?.message}
      >
        {(control) => (
          <input {...control} type="text" autoComplete="off" maxLength={500} {...register('nameEnSource')} />
        )}
      </Field>
      <Field label={t('unit.notes')} error={form.formState.errors.notes?.message}>
        {(control) => <textarea {...control} rows={4} maxLength={2000} {...register('notes')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
