/**
 * What to import and from which file. A problem with the file as a whole (not UTF-8, missing
 * columns…) is the server's message under the file field, which is then marked invalid.
 */
import { useId, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { Field } from '../field.tsx';
import { acceptedImportFiles, MAX_IMPORT_ROWS } from './import-files.ts';

interface ImportFormProps<Kind extends string> {
  kinds: readonly Kind[];
  kindLabel: (kind: Kind) => string;
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

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
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
                <input
                  type="radio"
                  name="kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => onKindChange(value)}
                />
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
