/**
 * What importing the file would do, row by row, and the button that does it. Rejected rows say why,
 * in the reader's language (the server translates them); they are skipped when applying.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { Alert } from '../alert.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { ImportCounts, RowAction } from './import-counts.tsx';
import type { SpreadsheetPreview } from './types.ts';

type PreviewRow = SpreadsheetPreview['rows'][number];

interface ImportPreviewSectionProps {
  preview: SpreadsheetPreview;
  onApply: () => void;
  isApplying: boolean;
  applyError: unknown;
  applyErrorId: string;
  /** Checks the same file again (after the registry changed under the preview). */
  onPreviewAgain: () => void;
  onChooseAnother: () => void;
}

export function ImportPreviewSection({
  preview,
  onApply,
  isApplying,
  applyError,
  applyErrorId,
  onPreviewAgain,
  onChooseAnother,
}: ImportPreviewSectionProps) {
  const { t } = useTranslation('spreadsheet_import');
  const format = useFormat();
  const headingId = useId();
  const [isOnlyRejected, setIsOnlyRejected] = useState(false);
  const { counts } = preview;
  const changes = counts.create + counts.update;
  const rows = isOnlyRejected ? preview.rows.filter((row) => row.action === 'reject') : preview.rows;
  const isStale = isApiError(applyError, 'import_preview_stale');

  return (
    <section className="card import-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('preview.heading', { file: preview.fileName })}</h2>
      <ImportCounts counts={counts} label={t('preview.counts_label')} />

      {counts.reject > 0 && (
        <>
          <p>{t('preview.rejected_skipped')}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={isOnlyRejected}
              onChange={(event) => setIsOnlyRejected(event.target.checked)}
            />
            {t('preview.only_rejected')}
          </label>
        </>
      )}

      <PreviewTable rows={rows} />
      <PreviewCards rows={rows} />

      {applyError ? (
        <ErrorAlert error={applyError} id={applyErrorId}>
          {isStale && (
            <button type="button" className="button button-secondary" onClick={onPreviewAgain}>
              {t('form.submit')}
            </button>
          )}
        </ErrorAlert>
      ) : null}
      {changes === 0 && <Alert tone="info">{t('preview.nothing_to_apply')}</Alert>}
      <div className="form-actions">
        {changes > 0 && !isStale && (
          <button type="button" className="button" onClick={onApply} disabled={isApplying}>
            {isApplying
              ? t('preview.applying')
              : t('preview.apply', { count: changes, number: format.number(changes) })}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onChooseAnother}>
          {t('preview.choose_another')}
        </button>
      </div>
    </section>
  );
}

function Problems({ row }: { row: PreviewRow }) {
  const { t } = useTranslation('spreadsheet_import');
  if (row.problems.length === 0) return null;
  return (
    <ul className="import-problems">
      {row.problems.map((problem, index) => (
        <li key={index}>
          {problem.column
            ? t('preview.problem', { column: problem.column, message: problem.message })
            : problem.message}
        </li>
      ))}
    </ul>
  );
}

/** Wide screens: a table to scan. */
function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  const { t } = useTranslation('spreadsheet_import');
  const format = useFormat();
  return (
    <div className="table-wrap import-rows-table">
      <table className="table">
        <caption className="visually-hidden">{t('preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.row')}</th>
            <th scope="col">{t('preview.action')}</th>
            <th scope="col">{t('preview.key')}</th>
            <th scope="col">{t('preview.label')}</th>
            <th scope="col">{t('preview.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={row.action === 'reject' ? 'import-row-rejected' : undefined}>
              <th scope="row" className="cell-nowrap">
                {format.number(row.row)}
              </th>
              <td className="cell-nowrap">
                <RowAction action={row.action} />
              </td>
              <td className="cell-break">{row.key && <code>{row.key}</code>}</td>
              <td className="cell-break">{row.label}</td>
              <td>
                <Problems row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one card per row. */
function PreviewCards({ rows }: { rows: PreviewRow[] }) {
  const { t } = useTranslation('spreadsheet_import');
  const format = useFormat();
  return (
    <ul className="import-rows-cards" aria-label={t('preview.caption')}>
      {rows.map((row) => (
        <li
          key={row.row}
          className={['import-row-card', row.action === 'reject' ? 'import-row-rejected' : null]
            .filter(Boolean)
            .join(' ')}
        >
          <p className="import-row-card__head">
            <span>
              {t('preview.row')} {format.number(row.row)}
            </span>
            <RowAction action={row.action} />
          </p>
          {row.label && <p className="import-row-card__label">{row.label}</p>}
          {row.key && (
            <p className="import-row-card__key">
              {t('preview.key')}: <code>{row.key}</code>
            </p>
          )}
          <Problems row={row} />
        </li>
      ))}
    </ul>
  );
}
