/**
 * Pieces the session's forms share: a title's boxes in the partner cities' languages (decision
 * 0025), each marked with its language so that it is spelled and read in it, and the section that
 * changes the session's title.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { titleTranslationLanguages, type SessionDetail } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useLanguageNames } from '../../../lib/languages.ts';
import { useSessionForm } from '../hooks/use-session-form.ts';
import {
  titleFormFields,
  titleFormSchema,
  titleValuesOf,
  type TitleLanguage,
} from '../utils/session-form-values.ts';
import { SaveError } from './save-error.tsx';

/** One box per language (English, Japanese, Korean, Chinese), each optional. */
export function TitleTranslationFields({
  label,
  registerIn,
  errorIn,
}: {
  /** The box's label, given the language's name in the interface language. */
  label: (language: string) => ReactNode;
  registerIn: (language: TitleLanguage) => UseFormRegisterReturn;
  errorIn: (language: TitleLanguage) => string | undefined;
}) {
  const languageName = useLanguageNames();
  return (
    <>
      {titleTranslationLanguages.map((language) => (
        <Field key={language} label={label(languageName(language))} error={errorIn(language)}>
          {(control) => (
            <input
              {...control}
              type="text"
              lang={language}
              autoComplete="off"
              maxLength={300}
              {...registerIn(language)}
            />
          )}
        </Field>
      ))}
    </>
  );
}

/** The session's title, in Thai and in the languages the partner side reads, for those who manage it. */
export function SessionTitleSection({ session, onReload }: { session: SessionDetail; onReload: () => void }) {
  const { t } = useTranslation('programme_pages');
  const headingId = useId();
  const hintId = useId();
  const { form, update, submit, reloadLatest } = useSessionForm({
    session,
    onReload,
    schema: titleFormSchema,
    valuesOf: titleValuesOf,
    fieldsOf: () => titleFormFields,
  });
  const { register } = form;
  const errors = form.formState.errors;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.title_section')}</h2>
      <p id={hintId} className="field-hint">
        {t('new_session.title_translations_hint')}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-describedby={hintId}>
        <SaveError error={update.error} onReload={reloadLatest} />
        <div className="programme-form-grid">
          <Field label={t('new_session.session_title')} error={errors.title?.message} required>
            {(control) => <input {...control} lang="th" maxLength={300} {...register('title')} />}
          </Field>
          <TitleTranslationFields
            label={(language) => t('new_session.title_in', { language })}
            registerIn={(language) => register(`titleTranslations.${language}`)}
            errorIn={(language) => errors.titleTranslations?.[language]?.message}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {t('session.save_title')}
          </button>
        </div>
      </form>
    </section>
  );
}
