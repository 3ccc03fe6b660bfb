/** A row's action as a badge, and the count of rows of each action. */
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import { importActionKey, type ImportAction } from '../utils/catalogue-keys.ts';

const actionTone = {
  create: 'success',
  update: 'warning',
  unchanged: 'neutral',
  reject: 'danger',
} as const satisfies Record<ImportAction, string>;

const actions = ['create', 'update', 'unchanged', 'reject'] as const satisfies readonly ImportAction[];

export function RowAction({ action }: { action: ImportAction }) {
  const { t } = useTranslation(['partner_import']);
  return <Badge tone={actionTone[action]}>{t(importActionKey[action])}</Badge>;
}

export function ImportCounts({ counts, label }: { counts: ImportPreview['counts']; label: string }) {
  const { t } = useTranslation(['partner_import']);
  const format = useFormat();
  return (
    <dl className="import-counts" aria-label={label}>
      {actions.map((action) => (
        <div key={action} className={`import-count import-count--${action}`}>
          <dt>{t(importActionKey[action])}</dt>
          <dd>{format.number(counts[action])}</dd>
        </div>
      ))}
    </dl>
  );
}
