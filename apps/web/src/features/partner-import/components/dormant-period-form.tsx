/**
 * The number of months without activity after which a partner counts as dormant. The version sent is
 * the one the form was loaded with: when someone else saved meanwhile, the server answers 409 and the
 * form offers to load the latest value.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { useUpdatePartnerSettings, type PartnerSettings } from '../api/partner-settings.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { ErrorAlert } from '../../../components/spreadsheet-import/index.ts';

const MIN_MONTHS = 1;
const MAX_MONTHS = 240;

interface DormantPeriodFormProps {
  settings: PartnerSettings;
  /** Loads the settings again and answers the latest. */
  reload: () => Promise<PartnerSettings | undefined>;
}

export function DormantPeriodForm({ settings, reload }: DormantPeriodFormProps) {
  const { t } = useTranslation(['partner_import', 'common', 'errors']);
  const format = useFormat();
  const ids = { heading: useId(), alert: useId(), saved: useId() };
  const focusAfterRender = useFocusAfterRender();
  const inputRef = useRef<HTMLInputElement>(null);
  const [months, setMonths] = useState(String(settings.dormantAfterMonths));
  const [baseVersion, setBaseVersion] = useState(settings.version);
  const [isEmpty, setIsEmpty] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const update = useUpdatePartnerSettings();
  const error = update.error instanceof ApiError ? update.error : null;
  const isStale = error?.code === 'conflict_stale';
  const fieldMessage = isEmpty ? t('errors:field.required') : error?.fieldMessage('dormantAfterMonths');

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = months.trim();
    setIsEmpty(text === '');
    if (text === '') {
      update.reset();
      focusAfterRender(() => inputRef.current);
      return;
    }
    update.mutate(
      { dormantAfterMonths: Number(text), version: baseVersion },
      {
        onSuccess: (saved) => {
          setBaseVersion(saved.version);
          setMonths(String(saved.dormantAfterMonths));
          focusAfterRender(ids.saved);
        },
        onError: () => focusAfterRender(ids.alert),
      },
    );
  }

  async function loadLatest() {
    setIsReloading(true);
    try {
      const latest = await reload();
      if (latest) {
        setBaseVersion(latest.version);
        setMonths(String(latest.dormantAfterMonths));
        update.reset();
        focusAfterRender(() => inputRef.current);
      }
    } finally {
      setIsReloading(false);
    }
  }

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>{t('settings.dormant.heading')}</h2>
        {update.isSuccess && (
          <div id={ids.saved} tabIndex={-1} className="import-focus-target">
            <Alert tone="success">
              {t('settings.dormant.saved', { months: format.number(update.data.dormantAfterMonths) })}
            </Alert>
          </div>
        )}
        {update.isError && (
          <ErrorAlert error={update.error} id={ids.alert}>
            {isStale && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void loadLatest()}
                disabled={isReloading}
              >
                {isReloading ? t('common:status.loading') : t('common:actions.reload')}
              </button>
            )}
          </ErrorAlert>
        )}
        <Field
          label={t('settings.dormant.label')}
          hint={t('settings.dormant.hint')}
          error={fieldMessage}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              type="number"
              name="dormantAfterMonths"
              inputMode="numeric"
              min={MIN_MONTHS}
              max={MAX_MONTHS}
              step={1}
              className="import-months"
              value={months}
              onChange={(event) => setMonths(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending || isStale}>
            {update.isPending ? t('settings.saving') : t('common:actions.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
