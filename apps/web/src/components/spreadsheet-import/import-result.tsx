/** What the import wrote. Focus is moved to the heading, since the button that was pressed is gone. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { ImportCounts } from './import-counts.tsx';
import type { SpreadsheetPreview } from './types.ts';

/** Where the imported records are listed, offered once the import is done. */
export interface ImportDoneLink {
  to: string;
  label: string;
}

interface ImportResultProps {
  result: SpreadsheetPreview;
  headingId: string;
  doneLink: ImportDoneLink;
  onAgain: () => void;
}

/** The sentence that sums up what an import wrote, on the page and for screen readers. */
export function useResultSummary(): (counts: SpreadsheetPreview['counts']) => string {
  const { t } = useTranslation('spreadsheet_import');
  const format = useFormat();
  return (counts) =>
    t('result.summary', {
      created: format.number(counts.create),
      updated: format.number(counts.update),
      unchanged: format.number(counts.unchanged),
      rejected: format.number(counts.reject),
    });
}

export function ImportResult({ result, headingId, doneLink, onAgain }: ImportResultProps) {
  const { t } = useTranslation('spreadsheet_import');
  const summary = useResultSummary();
  return (
    <section className="card import-result" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="import-focus-target">
        {t('result.heading')}
      </h2>
      <p>{summary(result.counts)}</p>
      <ImportCounts counts={result.counts} label={t('preview.counts_label')} />
      <div className="form-actions">
        <Link className="button" to={doneLink.to}>
          {doneLink.label}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAgain}>
          {t('result.again')}
        </button>
      </div>
    </section>
  );
}
