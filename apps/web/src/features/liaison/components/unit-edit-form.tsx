/** Changes a unit's English name and notes; the version sent is the one the editor started from. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail, UpdateUnitInput } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useUpdateUnit } from '../api/units.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { asApiError, fieldError, isStaleConflict } from '../utils/errors.ts';
import { ErrorAlert } from './error-alert.tsx';
import { firstProblem } from './form-helpers.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';

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
  const [nameEn, setNameEn] = useState(unit.nameEn ?? '');
  const [nameEnSource, setNameEnSource] = useState(unit.nameEnSource ?? '');
  const [notes, setNotes] = useState(unit.notes ?? '');
  const [baseVersion, setBaseVersion] = useState(unit.version);
  const [isReloading, setIsReloading] = useState(false);
  const [wasReloaded, setWasReloaded] = useState(false);
  const update = useUpdateUnit(unit.code);
  const error = asApiError(update.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setWasReloaded(false);
    // Only what changed is sent: an English name sent without its source clears the old source.
    const input: UpdateUnitInput = { version: baseVersion };
    const newNameEn = nameEn.trim() || null;
    const newSource = nameEnSource.trim() || null;
    const newNotes = notes.trim() || null;
    if (newNameEn !== unit.nameEn) input.nameEn = newNameEn;
    if (newSource !== unit.nameEnSource) input.nameEnSource = newSource;
    if (newNotes !== unit.notes) input.notes = newNotes;
    update.mutate(input, {
      onSuccess: onSaved,
      onError: () => focusAfterRender(() => firstProblem(formRef.current, alertId)),
    });
  }

  async function reloadLatest() {
    setIsReloading(true);
    try {
      const latest = await reload();
      if (latest) {
        setBaseVersion(latest.version);
        update.reset();
        setWasReloaded(true);
        focusAfterRender(`${alertId}-reloaded`);
      }
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
      <h3 id={headingId}>{t('unit.edit_heading')}</h3>
      {error && isStaleConflict(error) ? (
        <StaleConflict error={error} id={alertId} isReloading={isReloading} onReload={reloadLatest} />
      ) : (
        update.isError && <ErrorAlert error={update.error} id={alertId} />
      )}
      {wasReloaded && <ReloadedNotice id={`${alertId}-reloaded`} message={t('conflict.reloaded')} />}
      <Field label={t('unit.name_en')} hint={t('unit.name_en_hint')} error={fieldError(error, 'nameEn')}>
        {(control) => (
          <input
            {...control}
            type="text"
            name="nameEn"
            lang="en"
            autoComplete="off"
            maxLength={300}
            value={nameEn}
            onChange={(event) => setNameEn(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('unit.name_en_source')}
        hint={t('unit.name_en_source_hint')}
        error={fieldError(error, 'nameEnSource')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            name="nameEnSource"
            autoComplete="off"
            maxLength={500}
            value={nameEnSource}
            onChange={(event) => setNameEnSource(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('unit.notes')} error={fieldError(error, 'notes')}>
        {(control) => (
          <textarea
            {...control}
            name="notes"
            rows={4}
            maxLength={2000}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
          />
        )}
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
