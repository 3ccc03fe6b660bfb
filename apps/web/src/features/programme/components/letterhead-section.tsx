/**
 * The letterhead the programme's letters are printed with: the office's names and address, phone,
 * e-mail, the prefix of its letter numbers, and the director who signs. What is still missing is said
 * first, so that no letter goes out with a blank the office could have filled. The browser checks what
 * the server checks (utils/letterhead-form-values.ts); after someone else saved first, their version is
 * loaded under the fields the user changed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterheadAnswer } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import { useLetterhead, useUpdateLetterhead } from '../api/programmes.ts';
import {
  letterheadFormFields,
  letterheadFormSchema,
  letterheadValuesOf,
  type LetterheadChange,
  type LetterheadFormValues,
  type LetterheadTextKey,
} from '../utils/letterhead-form-values.ts';
import { ReloadNotices } from './reload-notices.tsx';
import { SaveForm } from './save-form.tsx';

export function LetterheadSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation('programme_pages');
  const letterhead = useLetterhead();
  const headingId = useId();
  if (letterhead.isPending) return <Loading />;
  if (letterhead.isError)
    return <QueryError error={letterhead.error} onRetry={() => void letterhead.refetch()} />;
  const { missing } = letterhead.data;
  return (
    <details className="programme-letterhead">
      <summary>
        <h3 id={headingId}>{t('letterhead.title')}</h3>
      </summary>
      {missing.length > 0 && (
        <Alert tone="warning" title={t('letterhead.missing_title')}>
          <p>{t('letterhead.missing')}</p>
        </Alert>
      )}
      {canManage ? (
        <LetterheadForm
          answer={letterhead.data}
          reload={async () => (await letterhead.refetch({ throwOnError: true })).data}
        />
      ) : (
        <p className="muted">{t('letterhead.read_only')}</p>
      )}
    </details>
  );
}

function LetterheadForm({
  answer,
  reload,
}: {
  answer: LetterheadAnswer;
  reload: () => Promise<LetterheadAnswer | undefined>;
}) {
  const { t } = useTranslation('programme_pages');
  const alertId = useId();
  const update = useUpdateLetterhead();
  const form = useContractForm<LetterheadFormValues, LetterheadChange>({
    schema: letterheadFormSchema,
    defaultValues: letterheadValuesOf(answer),
  });
  const { register } = form;
  const latest = useLatestVersion({
    record: answer,
    reload,
    valuesOf: letterheadValuesOf,
    reset: form.reset,
    onReloaded: () => update.reset(),
    alertId,
  });
  const isMissing = (key: string) => (answer.missing as readonly string[]).includes(key);

  const submit = form.handleSubmit(
    (change) => {
      latest.clearReload();
      update.mutate(
        { version: latest.baseVersion, ...change },
        {
          onSuccess: latest.savedAs,
          onError: (failure) => form.showServerErrors(failure, letterheadFormFields),
        },
      );
    },
    () => update.reset(),
  );

  const labels: Record<LetterheadTextKey, string> = {
    organisationTh: t('letterhead.organisation_th'),
    organisationEn: t('letterhead.organisation_en'),
    phone: t('letterhead.phone'),
    email: t('letterhead.email'),
    referencePrefix: t('letterhead.reference_prefix'),
    directorNameTh: t('letterhead.director_name_th'),
    directorNameEn: t('letterhead.director_name_en'),
    directorPositionTh: t('letterhead.director_position_th'),
    directorPositionEn: t('letterhead.director_position_en'),
  };
  const textField = (key: LetterheadTextKey) => (
    <Field
      label={labels[key]}
      hint={isMissing(key) ? t('letterhead.not_given') : undefined}
      error={form.errorAt(`settings.${key}`)}
    >
      {(control) => <input {...control} maxLength={200} {...register(`settings.${key}`)} />}
    </Field>
  );
  const addressField = (key: 'addressTh' | 'addressEn', label: string) => (
    <Field label={label} hint={t('letterhead.address_hint')} error={form.errorAt(`settings.${key}`)}>
      {(control) => <textarea {...control} rows={3} {...register(`settings.${key}`)} />}
    </Field>
  );

  return (
    <SaveForm
      save={update}
      onReload={() => void latest.reloadLatest()}
      onSubmit={(event) => void submit(event)}
    >
      <ReloadNotices latest={latest} alertId={alertId} />
      {update.isSuccess && <Alert tone="success">{t('letterhead.saved')}</Alert>}
      <div className="programme-form-grid">
        {textField('organisationTh')}
        {textField('organisationEn')}
        {addressField('addressTh', t('letterhead.address_th'))}
        {addressField('addressEn', t('letterhead.address_en'))}
        {textField('phone')}
        {textField('email')}
        {textField('referencePrefix')}
        {textField('directorNameTh')}
        {textField('directorNameEn')}
        {textField('directorPositionTh')}
        {textField('directorPositionEn')}
      </div>
    </SaveForm>
  );
}
