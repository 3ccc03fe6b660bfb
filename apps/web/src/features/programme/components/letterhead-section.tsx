/**
 * The letterhead the programme's letters are printed with: the office's names and address, phone,
 * e-mail, the prefix of its letter numbers, and the director who signs. What is still missing is said
 * first, so that no letter goes out with a blank the office could have filled.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterheadAnswer, LetterheadSettings } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { fieldError } from '../../../lib/errors.ts';
import { useLetterhead, useUpdateLetterhead } from '../api/programmes.ts';
import { SaveError } from './save-error.tsx';

type TextKey = Exclude<keyof LetterheadSettings, 'addressTh' | 'addressEn'>;

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
          key={letterhead.data.version}
          answer={letterhead.data}
          onReload={() => void letterhead.refetch()}
        />
      ) : (
        <p className="muted">{t('letterhead.read_only')}</p>
      )}
    </details>
  );
}

function LetterheadForm({ answer, onReload }: { answer: LetterheadAnswer; onReload: () => void }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const update = useUpdateLetterhead();
  const [values, setValues] = useState(answer.settings);
  const [addressTh, setAddressTh] = useState(answer.settings.addressTh.join('\n'));
  const [addressEn, setAddressEn] = useState(answer.settings.addressEn.join('\n'));
  const isMissing = (key: string) => (answer.missing as readonly string[]).includes(key);

  function submit(event: FormEvent) {
    event.preventDefault();
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    update.mutate({
      version: answer.version,
      settings: { ...values, addressTh: lines(addressTh), addressEn: lines(addressEn) },
    });
  }

  const labels: Record<TextKey, string> = {
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
  const textField = (key: TextKey) => (
    <Field
      label={labels[key]}
      hint={isMissing(key) ? t('letterhead.not_given') : undefined}
      error={fieldError(update.error, `settings.${key}`)}
    >
      {(control) => (
        <input
          {...control}
          value={values[key]}
          maxLength={200}
          onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate>
      <SaveError error={update.error} onReload={onReload} />
      {update.isSuccess && <Alert tone="success">{t('letterhead.saved')}</Alert>}
      <div className="programme-form-grid">
        {textField('organisationTh')}
        {textField('organisationEn')}
        <Field label={t('letterhead.address_th')} hint={t('letterhead.address_hint')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={addressTh}
              onChange={(event) => setAddressTh(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('letterhead.address_en')} hint={t('letterhead.address_hint')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={addressEn}
              onChange={(event) => setAddressEn(event.target.value)}
            />
          )}
        </Field>
        {textField('phone')}
        {textField('email')}
        {textField('referencePrefix')}
        {textField('directorNameTh')}
        {textField('directorNameEn')}
        {textField('directorPositionTh')}
        {textField('directorPositionEn')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('step_form.saving') : t('common:actions.save')}
        </button>
      </div>
    </form>
  );
}
