/** A row's action as a badge, and the count of rows of each action. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { Badge } from '../badge.tsx';
import type { ImportAction, SpreadsheetPreview } from './types.ts';

/**
 * Each action's badge tone and name; every key spelled out, so the translation check finds it and
 * no key is built at run time.
 */
const actionLook = {
  create: { tone: 'success', key: 'spreadsheet_import:actions.create' },
  update: { tone: 'warning', key: 'spreadsheet_import:actions.update' },
  unchanged: { tone: 'neutral', key: 'spreadsheet_import:actions.unchanged' },
  reject: { tone: 'danger', key: 'spreadsheet_import:actions.reject' },
} as const satisfies Record<ImportAction, { tone: string; key: string }>;

const actions = ['create', 'update', 'unchanged', 'reject'] as const satisfies readonly ImportAction[];

export function RowAction({ action }: { action: ImportAction }) {
  const { t } = useTranslation(['spreadsheet_import']);
  return <Badge tone={actionLook[action].tone}>{t(actionLook[action].key)}</Badge>;
}

export function ImportCounts({ counts, label }: { counts: SpreadsheetPreview['counts']; label: string }) {
  const { t } = useTranslation(['spreadsheet_import']);
  const format = useFormat();
  return (
    <dl className="import-counts" aria-label={label}>
      {actions.map((action) => (
        <div key={action} className={`import-count import-count--${action}`}>
          <dt>{t(actionLook[action].key)}</dt>
          <dd>{format.number(counts[action])}</dd>
        </div>
      ))}
    </dl>
  );
}
