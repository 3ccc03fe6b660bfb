import { useTranslation } from 'react-i18next';
import { diffRows, leafText } from '../utils/json-diff.ts';

interface AuditDiffProps {
  before: unknown;
  after: unknown;
}

/** Before and after, field by field; changed fields are marked in words as well as in colour. */
export function AuditDiff({ before, after }: AuditDiffProps) {
  const { t } = useTranslation(['common', 'admin']);
  const rows = diffRows(before, after);
  if (rows.length === 0) return <p className="muted">{t('admin:audit.no_details')}</p>;
  const changedCount = rows.filter((row) => row.isChanged).length;

  const cell = (hasValue: boolean, value: unknown) =>
    hasValue ? (
      <span className="diff-value">{leafText(value)}</span>
    ) : (
      <span className="muted">{t('admin:audit.absent')}</span>
    );

  return (
    <div className="audit-diff">
      <p className="muted">{t('admin:audit.changed_count', { changed: changedCount, total: rows.length })}</p>
      <table className="table table-compact diff-table">
        <thead>
          <tr>
            <th scope="col">{t('admin:audit.field')}</th>
            <th scope="col">{t('admin:audit.before')}</th>
            <th scope="col">{t('admin:audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} className={row.isChanged ? 'diff-changed' : undefined}>
              <th scope="row">
                <code>{row.path || t('admin:audit.whole_value')}</code>
                {row.isChanged ? <span className="diff-marker">{t('admin:audit.changed')}</span> : null}
              </th>
              <td className="diff-before">{cell(row.hasBefore, row.before)}</td>
              <td className="diff-after">{cell(row.hasAfter, row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
