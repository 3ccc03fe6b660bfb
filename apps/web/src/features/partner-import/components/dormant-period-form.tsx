/**
 * The number of months without activity after which a partner counts as dormant. The browser checks
 * what the server checks (the contract's schema, through utils/settings-form-values.ts). The version
 * sent is the one the form was loaded with: when someone else saved meanwhile, the server answers 409
 * and the form offers to load the latest value. The form has this one value, the very one that
 * conflicts: the latest replaces what was typed (no merge to make), and focus returns to it.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useUpdatePartnerSettings, type PartnerSettings } from '../api/partner-settings.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { ErrorAlert } from '../../../components/spreadsheet-import/index.ts';
import {
  dormantPeriodFormSchema,
  dormantPeriodValuesOf,
  type DormantPeriodFormValues,
} from '../utils/settings-form-values.ts';

const MIN_MONTHS = 1;
const MAX_MONTHS = 240;

interface DormantPeriodFormProps {
  settings: PartnerSettings;
  /** Loads the settings again and answers the latest. */
  reload: () => Promise<PartnerSettings | undefined>;
}

export function DormantPeriodForm({ settings, reload }: DormantPeriodFormProps) {
  const { t } = useTranslation(['partner_import', 'common', 'errors', 'frame']);
  const format = useFormat();
  const ids = { heading: useId(), alert: useId(), saved: useId() };
  const focusAfterRender = useFocusAfterRender();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [baseVersion, setBaseVersion] = useState(settings.version);
  const [isReloading, setIsReloading] = useState(false);
  const update = useUpdatePartnerSettings();
  const form = useContractForm<DormantPeriodFormValues, { dormantAfterMonths: number }>({
    schema: dormantPeriodFormSchema,
    defaultValues: dormantPeriodValuesOf(settings),
  });
  const { ref: registerRef, ...months } = form.register('dormantAfterMonths');
  const isStale = isStaleConflict(update.error);

  function submit(event: FormEvent) {
    void form.handleSubmit(
      ({ dormantAfterMonths }) =>
        update.mutate(
          { dormantAfterMonths, version: baseVersion },
          {
            onSuccess: (saved) => {
              setBaseVersion(saved.version);
              form.reset(dormantPeriodValuesOf(saved));
              focusAfterRender(ids.saved);
            },
            onError: (failure) => {
              form.showServerErrors(failure, ['dormantAfterMonths']);
              focusAfterRender(ids.alert);
            },
          },
        ),
      () => update.reset(),
    )(event);
  }

  async function loadLatest() {
    setIsReloading(true);
    const latest = await reload().finally(() => setIsReloading(false));
    if (!latest) return;
    setBaseVersion(latest.version);
    form.reset(dormantPeriodValuesOf(latest));
    update.reset();
    focusAfterRender(() => inputRef.current);
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
                {isReloading ? t('frame:status.loading') : t('common:actions.reload')}
              </button>
            )}
          </ErrorAlert>
        )}
        <Field
          label={t('settings.dormant.label')}
          hint={t('settings.dormant.hint')}
          error={form.errorAt('dormantAfterMonths')}
          required
        >
          {(control) => (
            <input
              {...control}
              {...months}
              ref={(element) => {
                registerRef(element);
                inputRef.current = element;
              }}
              type="number"
              inputMode="numeric"
              min={MIN_MONTHS}
              max={MAX_MONTHS}
              step={1}
              className="import-months"
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
