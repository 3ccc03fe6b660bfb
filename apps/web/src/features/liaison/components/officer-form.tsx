/**
 * Adds a liaison officer to a unit, or changes one. The browser checks what the server checks (the
 * contract's schema, through utils/officer-form-values.ts); the server's field errors sit next to each
 * field; after a stale save, loading the latest version fills in only the fields left untouched, and
 * the version saved by someone else is shown under each field where it differs from what was typed.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateLiaisonOfficerInput, LiaisonOfficer, UnitDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Field } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import { languageChoices, useLanguageNames, workingLanguages } from '../../../lib/languages.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useCreateOfficer, useUpdateOfficer } from '../api/officers.ts';
import {
  officerFormFields,
  officerFormSchema,
  officerFormValuesOf,
  type OfficerFormValues,
} from '../utils/officer-form-values.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function OfficerForm({
  unitCode,
  officer,
  onSaved,
  onCancel,
  reload,
}: {
  unitCode: string;
  /** The officer to change; none to add one. */
  officer?: LiaisonOfficer;
  onSaved: (officer: LiaisonOfficer) => void;
  onCancel: () => void;
  reload: () => Promise<UnitDetail | undefined>;
}) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const format = useFormat();
  const languageName = useLanguageNames();
  const headingId = useId();
  const alertId = useId();
  const languagesErrorId = useId();
  const savedLanguagesId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const form = useContractForm<OfficerFormValues, CreateLiaisonOfficerInput>({
    schema: officerFormSchema,
    defaultValues: officerFormValuesOf(officer),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const create = useCreateOfficer(unitCode);
  const update = useUpdateOfficer();
  const mutation = officer ? update : create;
  const error = asApiError(mutation.error);
  const latest = useLatestVersion({
    record: officer,
    reload: officer
      ? async () => (await reload())?.officers.find((candidate) => candidate.id === officer.id)
      : undefined,
    valuesOf: officerFormValuesOf,
    reset: form.reset,
    onReloaded: () => mutation.reset(),
    alertId,
  });
  const values = watch();
  const languagesError = form.errorAt('languages');
  const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));

  // After a reload, the version saved by someone else is shown under each field where it differs.
  const saved = latest.reloadOutcome === 'reloaded' && officer ? officerFormValuesOf(officer) : null;
  function hintFor(key: Exclude<keyof OfficerFormValues, 'languages'>, hint?: string): ReactNode {
    const savedValue = saved?.[key];
    const differs = saved !== null && savedValue?.trim() !== values[key].trim();
    if (!differs) return hint;
    const shown = key === 'since' && savedValue ? format.date(savedValue) : savedValue;
    return (
      <>
        {hint && <span className="liaison-hint-line">{hint}</span>}
        <span className="liaison-hint-line liaison-saved-value">
          {t('conflict.saved_value', { value: shown || t('officer.not_given') })}
        </span>
      </>
    );
  }
  const savedLanguagesDiffer =
    saved !== null && [...saved.languages].sort().join() !== [...values.languages].sort().join();

  function toggleLanguage(code: string, isChecked: boolean) {
    const chosen = isChecked
      ? [...values.languages, code]
      : values.languages.filter((language) => language !== code);
    setValue('languages', chosen, { shouldDirty: true });
  }

  function saveInput(input: CreateLiaisonOfficerInput) {
    const onError = (failure: unknown) => {
      form.showServerErrors(failure, officerFormFields);
      focusProblem();
    };
    if (officer) {
      update.mutate(
        { id: officer.id, input: { ...input, version: latest.baseVersion } },
        { onSuccess: onSaved, onError },
      );
    } else {
      create.mutate(input, { onSuccess: onSaved, onError });
    }
  }

  return (
    <form
      ref={formRef}
      className="form liaison-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        latest.clearReload();
        void form.handleSubmit(saveInput, () => {
          mutation.reset();
          focusProblem();
        })(event);
      }}
      noValidate
    >
      <h3 id={headingId}>
        {officer ? t('officer.edit_heading', { name: officer.fullName }) : t('officer.add_heading')}
      </h3>
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
        mutation.isError && (
          <ErrorAlert focusClassName="liaison-focus-target" error={mutation.error} id={alertId} />
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
          message={t('conflict.reloaded_officer')}
        />
      )}
      {latest.reloadOutcome === 'gone' && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className="liaison-focus-target">
          <Alert tone="error">{t('officer.gone')}</Alert>
        </div>
      )}
      <div className="liaison-form__grid">
        <Field
          label={<RequiredLabel>{t('officer.full_name')}</RequiredLabel>}
          hint={hintFor('fullName')}
          required
          error={errors.fullName?.message}
        >
          {(control) => (
            <input {...control} type="text" autoComplete="off" maxLength={200} {...register('fullName')} />
          )}
        </Field>
        <Field label={t('officer.position')} hint={hintFor('position')} error={errors.position?.message}>
          {(control) => (
            <input {...control} type="text" autoComplete="off" maxLength={200} {...register('position')} />
          )}
        </Field>
        <Field label={t('officer.email')} hint={hintFor('email')} error={errors.email?.message}>
          {(control) => (
            <input {...control} type="email" autoComplete="off" maxLength={254} {...register('email')} />
          )}
        </Field>
        <Field
          label={t('officer.phone')}
          hint={hintFor('phone', t('officer.phone_hint'))}
          error={errors.phone?.message}
        >
          {(control) => (
            <input {...control} type="tel" autoComplete="off" maxLength={30} {...register('phone')} />
          )}
        </Field>
        <Field
          label={t('officer.since')}
          hint={hintFor(
            'since',
            ISO_DATE.test(values.since)
              ? t('officer.since_preview', { date: format.date(values.since) })
              : t('officer.since_hint'),
          )}
          error={errors.since?.message}
        >
          {(control) => <input {...control} type="date" {...register('since')} />}
        </Field>
      </div>
      <fieldset
        className="fieldset liaison-languages"
        aria-describedby={
          [savedLanguagesDiffer ? savedLanguagesId : null, languagesError ? languagesErrorId : null]
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend>{t('officer.languages')}</legend>
        {savedLanguagesDiffer && (
          <p id={savedLanguagesId} className="field-hint liaison-saved-value">
            {t('conflict.saved_value', {
              value:
                saved.languages.length > 0
                  ? new Intl.ListFormat(format.locale).format(saved.languages.map(languageName))
                  : t('officer.not_given'),
            })}
          </p>
        )}
        {languagesError && (
          <p id={languagesErrorId} className="field-error">
            {languagesError}
          </p>
        )}
        <div className="liaison-languages__list">
          {languageChoices(workingLanguages, [...(officer?.languages ?? []), ...values.languages]).map(
            (code) => (
              <label key={code} className="checkbox">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  checked={values.languages.includes(code)}
                  aria-invalid={languagesError ? true : undefined}
                  onChange={(event) => toggleLanguage(code, event.target.checked)}
                />
                <span>{languageName(code)}</span>
              </label>
            ),
          )}
        </div>
      </fieldset>
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          disabled={mutation.isPending || latest.reloadOutcome === 'gone'}
        >
          {mutation.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
