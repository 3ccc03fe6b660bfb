/**
 * What to import and from which file: the kind on react-hook-form (one of the kinds offered), the file
 * kept by the page. A problem with the file as a whole (not UTF-8, missing columns…) is the server's
 * message under the file field, which is then marked invalid.
 */
import { useId, useMemo, type ChangeEvent, type RefObject, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useFormat } from '../../lib/format.ts';
import { useContractForm } from '../../lib/forms/index.ts';
import { Field } from '../field.tsx';
import { acceptedImportFiles, MAX_IMPORT_ROWS } from './import-files.ts';

interface ImportFormProps<Kind extends string> {
  kinds: readonly Kind[];
  kindLabel: (kind: Kind) => string;
  /** The kind chosen at first; each choice is passed on as it is made. */
  kind: Kind;
  onKindChange: (kind: Kind) => void;
  onFileChange: (file: File | null) => void;
  onSubmit: () => void;
  fileInputRef: RefObject<HTMLInputElement | null>;
  /** The message under the file field: no file chosen, or the server refused the file. */
  fileError: string | undefined;
  isChecking: boolean;
}

export function ImportForm<Kind extends string>({
  kinds,
  kindLabel,
  kind,
  onKindChange,
  onFileChange,
  onSubmit,
  fileInputRef,
  fileError,
  isChecking,
}: ImportFormProps<Kind>) {
  const { t } = useTranslation('spreadsheet_import');
  const format = useFormat();
  const headingId = useId();
  // The kinds offered are the contract's (the feature passes its list): only one of them is sent.
  const schema = useMemo(
    () => z.object({ kind: z.custom<Kind>((value) => kinds.some((candidate) => candidate === value)) }),
    [kinds],
  );
  const form = useContractForm<{ kind: string }, { kind: Kind }>({ schema, defaultValues: { kind } });
  const kindField = form.register('kind', {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const chosen = kinds.find((candidate) => candidate === event.target.value);
      if (chosen) onKindChange(chosen);
    },
  });
  // The file is the page's to hold and check (it is sent twice: to preview, then to apply).
  function submit(event: FormEvent) {
    void form.handleSubmit(() => onSubmit())(event);
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <h2 id={headingId}>{t('form.heading')}</h2>
        <fieldset className="fieldset">
          <legend>{t('form.kind_legend')}</legend>
          <div className="import-kinds">
            {kinds.map((value) => (
              <label key={value} className="radio">
                <input type="radio" value={value} {...kindField} />
                {kindLabel(value)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          label={t('form.file_label')}
          hint={t('form.file_hint', { rows: format.number(MAX_IMPORT_ROWS) })}
          error={fileError}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={fileInputRef}
              type="file"
              name="file"
              className="import-file"
              accept={acceptedImportFiles}
              onChange={(event) => onFileChange(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={isChecking}>
            {isChecking ? t('form.submitting') : t('form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
