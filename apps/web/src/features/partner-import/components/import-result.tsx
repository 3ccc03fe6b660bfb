/** What the import wrote. Focus is moved to the heading, since the button that was pressed is gone. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportPreview } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { ImportCounts } from './import-counts.tsx';

interface ImportResultProps {
  result: ImportPreview;
  headingId: string;
  onAgain: () => void;
}

export function ImportResult({ result, headingId, onAgain }: ImportResultProps) {
  const { t } = useTranslation('partner_import');
  const format = useFormat();
  const { counts } = result;
  return (
    <section className="card import-result" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="import-focus-target">
        {t('import.result.heading')}
      </h2>
      <p>
        {t('import.result.summary', {
          created: format.number(counts.create),
          updated: format.number(counts.update),
          unchanged: format.number(counts.unchanged),
          rejected: format.number(counts.reject),
        })}
      </p>
      <ImportCounts counts={counts} label={t('import.preview.counts_label')} />
      <div className="form-actions">
        <Link className="button" to={paths.partners}>
          {t('import.result.to_partners')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAgain}>
          {t('import.result.again')}
        </button>
      </div>
    </section>
  );
}
