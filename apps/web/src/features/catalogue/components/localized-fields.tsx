/**
 * One text in the five catalogue languages: Thai (required) first, then English, Japanese, Korean and
 * Chinese, each input marked with its language so that it is spelled and read in it.
 */
import type { ReactNode } from 'react';
import { contentLanguages, type ContentLanguage } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import type { ApiError } from '../../../lib/api-client.ts';
import { useLanguageNames } from '../hooks/use-language-names.ts';
import { fieldError } from '../utils/errors.ts';
import { RequiredLabel } from './form-helpers.tsx';

export type LocalizedValues = Record<ContentLanguage, string>;

export const emptyLocalized = (): LocalizedValues => ({ th: '', en: '', ja: '', ko: '', zh: '' });

export function localizedValues(
  text: Partial<Record<ContentLanguage, string | null>> | null | undefined,
): LocalizedValues {
  return {
    th: text?.th ?? '',
    en: text?.en ?? '',
    ja: text?.ja ?? '',
    ko: text?.ko ?? '',
    zh: text?.zh ?? '',
  };
}

/** The texts as the API takes them: trimmed, an empty one as null (Thai as typed, the server checks it). */
export function localizedInput(values: LocalizedValues) {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    th: values.th.trim(),
    en: orNull(values.en),
    ja: orNull(values.ja),
    ko: orNull(values.ko),
    zh: orNull(values.zh),
  };
}

export function LocalizedFields({
  name,
  label,
  values,
  onChange,
  error,
  isThaiRequired,
  isMultiline = false,
  maxLength,
  hint,
}: {
  /** The API's field (`name`, `description`): its errors are at `name.th`, `name.ja`… */
  name: string;
  /** The label of one language's field, e.g. "Name in Japanese". */
  label: (language: string) => string;
  values: LocalizedValues;
  onChange: (values: LocalizedValues) => void;
  error: ApiError | null;
  isThaiRequired: boolean;
  isMultiline?: boolean;
  maxLength: number;
  hint?: (language: ContentLanguage) => ReactNode;
}) {
  const languageName = useLanguageNames();
  return (
    <>
      {contentLanguages.map((language) => {
        const text = label(languageName(language));
        return (
          <Field
            key={language}
            label={language === 'th' && isThaiRequired ? <RequiredLabel>{text}</RequiredLabel> : text}
            hint={hint?.(language)}
            error={fieldError(error, `${name}.${language}`)}
            className={isMultiline ? 'biz-wide' : undefined}
          >
            {(control) =>
              isMultiline ? (
                <textarea
                  {...control}
                  name={`${name}.${language}`}
                  lang={language}
                  rows={4}
                  maxLength={maxLength}
                  value={values[language]}
                  onChange={(event) => onChange({ ...values, [language]: event.target.value })}
                />
              ) : (
                <input
                  {...control}
                  type="text"
                  name={`${name}.${language}`}
                  lang={language}
                  autoComplete="off"
                  maxLength={maxLength}
                  value={values[language]}
                  onChange={(event) => onChange({ ...values, [language]: event.target.value })}
                />
              )
            }
          </Field>
        );
      })}
    </>
  );
}
