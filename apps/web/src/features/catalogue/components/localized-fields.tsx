/**
 * One text in the five catalogue languages: Thai (required) first, then English, Japanese, Korean and
 * Chinese, each input marked with its language so that it is spelled and read in it.
 */
import type { ReactNode } from 'react';
import { contentLanguages, type ContentLanguage } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useLanguageNames } from '../../../lib/languages.ts';
import type { LocalizedValues } from '../utils/localized-values.ts';
import { RequiredLabel } from '../../../components/required-label.tsx';

interface LocalizedFieldsProps {
  /** The API's field (`name`, `description`): its errors are at `name.th`, `name.ja`… */
  name: string;
  /** The label of one language's field, e.g. "Name in Japanese". */
  label: (language: string) => string;
  values: LocalizedValues;
  onChange: (values: LocalizedValues) => void;
  /** The message for one language's field, at `name.th`, `name.ja`… */
  errorOf: (path: string) => string | undefined;
  isThaiRequired: boolean;
  isMultiline?: boolean;
  maxLength: number;
  hint?: (language: ContentLanguage) => ReactNode;
}

/** A business's or a product's name: Thai required, up to 300 characters in each language. */
export function LocalizedNameFields(
  props: Pick<LocalizedFieldsProps, 'label' | 'values' | 'onChange' | 'errorOf'>,
) {
  return <LocalizedFields name="name" {...props} isThaiRequired maxLength={300} />;
}

export function LocalizedFields({
  name,
  label,
  values,
  onChange,
  errorOf,
  isThaiRequired,
  isMultiline = false,
  maxLength,
  hint,
}: LocalizedFieldsProps) {
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
            error={errorOf(`${name}.${language}`)}
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
