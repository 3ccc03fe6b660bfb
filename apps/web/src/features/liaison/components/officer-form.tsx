/** Adds a liaison officer to a unit, or changes one; the server's field errors sit next to each field. */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateLiaisonOfficerInput, LiaisonOfficer, UnitDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCreateOfficer, useUpdateOfficer } from '../api/officers.ts';
import { useLanguageNames } from '../hooks/use-language-names.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { asApiError, fieldError, isStaleConflict } from '../utils/errors.ts';
import { languageChoices } from '../utils/languages.ts';
import { ErrorAlert } from './error-alert.tsx';
import { firstProblem, RequiredLabel } from './form-helpers.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';

interface OfficerFormValues {
  fullName: string;
  position: string;
  email: string;
  phone: string;
  languages: string[];
  since: string;
}

function valuesOf(officer: LiaisonOfficer | undefined): OfficerFormValues {
  return {
    fullName: officer?.fullName ?? '',
    position: officer?.position ?? '',
    email: officer?.email ?? '',
    phone: officer?.phone ?? '',
    languages: officer?.languages ?? [],
    since: officer?.since ?? '',
  };
}

function inputOf(values: OfficerFormValues): CreateLiaisonOfficerInput {
  return {
    fullName: values.fullName.trim(),
    position: values.position.trim() || null,
    email: values.email.trim() || null,
    phone: values.phone.trim() || null,
    languages: values.languages,
    since: values.since || null,
  };
}

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
  const [values, setValues] = useState(() => valuesOf(officer));
  const [baseVersion, setBaseVersion] = useState(officer?.version ?? 0);
  const [isReloading, setIsReloading] = useState(false);
  const [isNameMissing, setIsNameMissing] = useState(false);
  const [reloadOutcome, setReloadOutcome] = useState<'reloaded' | 'gone' | null>(null);
  const create = useCreateOfficer(unitCode);
  const update = useUpdateOfficer();
  const mutation = officer ? update : create;
  const error = asApiError(mutation.error);
  const languagesError = fieldError(error, 'languages');

  // After a reload, the version saved by someone else is shown under each field where it differs.
  const saved = reloadOutcome === 'reloaded' && officer ? valuesOf(officer) : null;
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

  function set<K extends keyof OfficerFormValues>(key: K, value: OfficerFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function toggleLanguage(code: string, isChecked: boolean) {
    setValues((current) => ({
      ...current,
      languages: isChecked
        ? [...current.languages, code]
        : current.languages.filter((language) => language !== code),
    }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setReloadOutcome(null);
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const nameMissing = values.fullName.trim() === '';
    setIsNameMissing(nameMissing);
    if (nameMissing) {
      mutation.reset();
      focusProblem();
      return;
    }
    if (officer) {
      update.mutate(
        { id: officer.id, input: { ...inputOf(values), version: baseVersion } },
        { onSuccess: onSaved, onError: focusProblem },
      );
    } else {
      create.mutate(inputOf(values), { onSuccess: onSaved, onError: focusProblem });
    }
  }

  async function reloadLatest() {
    if (!officer) return;
    setIsReloading(true);
    try {
      const latest = await reload();
      const current = latest?.officers.find((candidate) => candidate.id === officer.id);
      if (current) setBaseVersion(current.version);
      mutation.reset();
      setReloadOutcome(current ? 'reloaded' : 'gone');
      focusAfterRender(`${alertId}-reloaded`);
    } finally {
      setIsReloading(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="form liaison-form"
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
    >
      <h3 id={headingId}>
        {officer ? t('officer.edit_heading', { name: officer.fullName }) : t('officer.add_heading')}
      </h3>
      {error && isStaleConflict(error) ? (
        <StaleConflict error={error} id={alertId} isReloading={isReloading} onReload={reloadLatest} />
      ) : (
        mutation.isError && <ErrorAlert error={mutation.error} id={alertId} />
      )}
      {reloadOutcome === 'reloaded' && (
        <ReloadedNotice id={`${alertId}-reloaded`} message={t('conflict.reloaded_officer')} />
      )}
      {reloadOutcome === 'gone' && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className="liaison-focus-target">
          <Alert tone="error">{t('officer.gone')}</Alert>
        </div>
      )}
      <div className="liaison-form__grid">
        <Field
          label={<RequiredLabel>{t('officer.full_name')}</RequiredLabel>}
          hint={hintFor('fullName')}
          required
          error={isNameMissing ? t('errors:field.required') : fieldError(error, 'fullName')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="fullName"
              autoComplete="off"
              maxLength={200}
              value={values.fullName}
              onChange={(event) => set('fullName', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('officer.position')} hint={hintFor('position')} error={fieldError(error, 'position')}>
          {(control) => (
            <input
              {...control}
              type="text"
              name="position"
              autoComplete="off"
              maxLength={200}
              value={values.position}
              onChange={(event) => set('position', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('officer.email')} hint={hintFor('email')} error={fieldError(error, 'email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="off"
              maxLength={254}
              value={values.email}
              onChange={(event) => set('email', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('officer.phone')}
          hint={hintFor('phone', t('officer.phone_hint'))}
          error={fieldError(error, 'phone')}
        >
          {(control) => (
            <input
              {...control}
              type="tel"
              name="phone"
              autoComplete="off"
              maxLength={30}
              value={values.phone}
              onChange={(event) => set('phone', event.target.value)}
            />
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
          error={fieldError(error, 'since')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="since"
              value={values.since}
              onChange={(event) => set('since', event.target.value)}
            />
          )}
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
          {languageChoices([...(officer?.languages ?? []), ...values.languages]).map((code) => (
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
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending || reloadOutcome === 'gone'}>
          {mutation.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
