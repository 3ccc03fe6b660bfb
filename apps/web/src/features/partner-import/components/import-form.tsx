/**
 * What to import and from which file. A problem with the file as a whole (not UTF-8, missing
 * columns…) is the server's message under the file field, which is then marked invalid.
 */
import { useId, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { importKinds, type ImportKind } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { importKindKey } from '../utils/catalogue-keys.ts';
import { acceptedImportFiles, MAX_IMPORT_ROWS } from '../utils/import-columns.ts';

interface ImportFormProps {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onFileChange: (file: File | null) => void;
  onSubmit: () => void;
  fileInputRef: RefObject<HTMLInputElement | null>;
  /** The message under the file field: no file chosen, or the server refused the file. */
  fileError: string | undefined;
  isChecking: boolean;
}

export function ImportForm({
  kind,
  onKindChange,
  onFileChange,
  onSubmit,
  fileInputRef,
  fileError,
  isChecking,
}: ImportFormProps) {
  const { t } = useTranslation(['partner_import']);
  const format = useFormat();
  const headingId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <h2 id={headingId}>{t('import.form.heading')}</h2>
        <fieldset className="fieldset">
          <legend>{t('import.form.kind_legend')}</legend>
          <div className="import-kinds">
            {importKinds.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => onKindChange(value)}
                />
                {t(importKindKey[value])}
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          label={t('import.form.file_label')}
          hint={t('import.form.file_hint', { rows: format.number(MAX_IMPORT_ROWS) })}
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
            {isChecking ? t('import.form.submitting') : t('import.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
