/**
 * The cooperation fields that agreements and activities choose from, and a form to add one. A field's
 * code cannot change later, so its rule is spelled out under the box. The form checks what the server
 * checks (the contract's schema, through utils/settings-form-values.ts); the server's field errors
 * land on their fields.
 */
import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationField, CooperationFieldInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePartnerReference } from '../api/partner-import.ts';
import { useAddCooperationField } from '../api/partner-settings.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { localizedName } from '../utils/localized-name.ts';
import {
  cooperationFieldFormFields,
  cooperationFieldFormSchema,
  emptyCooperationField,
  type CooperationFieldFormValues,
} from '../utils/settings-form-values.ts';
import { ErrorAlert } from '../../../components/spreadsheet-import/index.ts';

export function CooperationFieldsSection() {
  const { t } = useTranslation('partner_import');
  const reference = usePartnerReference();
  const ids = { heading: useId(), list: useId() };
  return (
    <section className="card import-fields" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('settings.fields.heading')}</h2>
      <div className="import-fields__layout">
        <div>
          {reference.isPending && <Loading />}
          {reference.isError && (
            <QueryError error={reference.error} onRetry={() => void reference.refetch()} />
          )}
          {reference.data && (
            <>
              <FieldsTable fields={reference.data.cooperationFields} />
              <FieldsList fields={reference.data.cooperationFields} />
            </>
          )}
        </div>
        <AddFieldForm />
      </div>
    </section>
  );
}

/** Wide screens: code and names side by side. */
function FieldsTable({ fields }: { fields: readonly CooperationField[] }) {
  const { t } = useTranslation('partner_import');
  return (
    <div className="table-wrap import-fields-table">
      <table className="table table-compact">
        <caption className="import-caption">{t('settings.fields.list_label')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.fields.code')}</th>
            <th scope="col">{t('settings.fields.name_th')}</th>
            <th scope="col">{t('settings.fields.name_en')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.code}>
              <th scope="row">
                <code>{field.code}</code>
              </th>
              <td lang="th">{field.nameTh}</td>
              <td lang="en">{field.nameEn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: the code above the two names. */
function FieldsList({ fields }: { fields: readonly CooperationField[] }) {
  const { t } = useTranslation('partner_import');
  const headingId = useId();
  return (
    <div className="import-fields-list">
      <h3 id={headingId} className="import-caption">
        {t('settings.fields.list_label')}
      </h3>
      <ul aria-labelledby={headingId}>
        {fields.map((field) => (
          <li key={field.code}>
            <code>{field.code}</code>
            <span lang="th">{field.nameTh}</span>
            <span lang="en">{field.nameEn}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AddFieldForm() {
  const { t } = useTranslation(['partner_import', 'common']);
  const { locale } = useFormat();
  const ids = { heading: useId(), alert: useId(), added: useId() };
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const add = useAddCooperationField();
  const form = useContractForm<CooperationFieldFormValues, CooperationFieldInput>({
    schema: cooperationFieldFormSchema,
    defaultValues: emptyCooperationField,
  });
  const { register, errorAt } = form;
  const hasFieldErrors = add.error instanceof ApiError && add.error.fields.length > 0;

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) =>
        add.mutate(input, {
          onSuccess: () => {
            form.reset();
            focusAfterRender(ids.added);
          },
          onError: (failure) => {
            form.showServerErrors(failure, cooperationFieldFormFields);
            focusAfterRender(() => firstProblem(formRef.current, ids.alert));
          },
        }),
      () => add.reset(),
    )(event);
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('settings.fields.add_heading')}</h3>
      {add.isSuccess && (
        <div id={ids.added} tabIndex={-1} className="import-focus-target">
          <Alert tone="success">
            {t('settings.fields.added', { name: localizedName(add.data, locale) })}
          </Alert>
        </div>
      )}
      {add.isError && !hasFieldErrors && <ErrorAlert error={add.error} id={ids.alert} />}
      <Field
        label={t('settings.fields.code')}
        hint={t('settings.fields.code_hint')}
        error={errorAt('code')}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('code')}
            type="text"
            lang="en"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={41}
          />
        )}
      </Field>
      <Field label={t('settings.fields.name_th')} error={errorAt('nameTh')} required>
        {(control) => (
          <input
            {...control}
            {...register('nameTh')}
            type="text"
            lang="th"
            autoComplete="off"
            maxLength={200}
          />
        )}
      </Field>
      <Field label={t('settings.fields.name_en')} error={errorAt('nameEn')} required>
        {(control) => (
          <input
            {...control}
            {...register('nameEn')}
            type="text"
            lang="en"
            autoComplete="off"
            maxLength={200}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('settings.saving') : t('settings.fields.submit')}
        </button>
      </div>
    </form>
  );
}
