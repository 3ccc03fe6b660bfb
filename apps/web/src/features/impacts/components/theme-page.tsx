/**
 * /impacts/themes/:id — a theme for the office's readers (`impacts:read`): every unit (of a kind) with
 * its answer's state, how many impacts and duties it gave, how many are urgent or need the IAO, and a
 * way to its answer; the IAO changes the theme (closes it, moves its due date).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { impactAnswerStatuses, type UnitKind } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { matrixExportUrl, useImpactTheme } from '../api/impacts.ts';
import { statusTone, useImpactLabels } from '../hooks/use-impact-labels.ts';
import { KindFilter } from './kind-filter.tsx';
import { ThemeForm } from './theme-form.tsx';
import '../impacts.css';

export function ThemePage() {
  const { t } = useTranslation('impacts');
  const { id = '' } = useParams();
  const labels = useImpactLabels();
  const format = useFormat();
  const tableId = useId();
  const [kind, setKind] = useState<UnitKind | undefined>(undefined);
  const [isEditing, setIsEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const query = useImpactTheme(id, kind);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { theme, rows, statusCounts, canManage } = query.data;
  return (
    <div className="impacts-page stack">
      <p>
        <Link to={paths.impacts}>{t('answer.back_to_register')}</Link>
      </p>
      <PageHeader
        title={theme.name}
        intro={
          <>
            <p>
              <Badge tone={theme.isOpen ? 'success' : 'neutral'}>
                {theme.isOpen ? t('themes.open') : t('themes.closed')}
              </Badge>{' '}
              {theme.dueOn && t('answer.due', { date: format.date(theme.dueOn) })}
            </p>
            {theme.description && <p>{theme.description}</p>}
          </>
        }
      />
      {saved && <Alert tone="success">{t('theme_form.saved')}</Alert>}
      {canManage &&
        (isEditing ? (
          <ThemeForm
            theme={theme}
            onSaved={() => {
              setIsEditing(false);
              setSaved(true);
            }}
          />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setIsEditing(true)}>
            {t('theme_form.edit_heading')}
          </button>
        ))}
      <ul className="impacts-summary" aria-label={t('theme_page.summary')}>
        {impactAnswerStatuses.map((status) => (
          <li key={status}>
            <Badge tone={statusTone[status]}>{labels.status(status)}</Badge>{' '}
            {t('theme_page.units_count', { count: statusCounts[status] })}
          </li>
        ))}
      </ul>
      <div className="impacts-toolbar">
        <KindFilter kind={kind} onChange={setKind} />
        <a className="button button-secondary" href={matrixExportUrl(kind)} download>
          {t('matrix.export')}
        </a>
      </div>
      <h2 id={tableId}>{t('theme_page.units_heading')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={tableId}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('matrix.unit')}</th>
              <th scope="col">{t('theme_page.status')}</th>
              <th scope="col">{t('theme_page.impacts')}</th>
              <th scope="col">{t('theme_page.duties')}</th>
              <th scope="col">{t('theme_page.urgent')}</th>
              <th scope="col">{t('theme_page.needs_iao')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const cell = row.cells[0];
              if (!cell) return null;
              return (
                <tr key={row.unit.code}>
                  <th scope="row">
                    <Link to={paths.impactAnswer(theme.id, row.unit.code)}>
                      {row.unit.name ?? row.unit.code}
                    </Link>
                  </th>
                  <td>
                    <Badge tone={statusTone[cell.status]}>{labels.status(cell.status)}</Badge>
                  </td>
                  <td>{cell.counts.impacts}</td>
                  <td>{cell.counts.duties}</td>
                  <td>{cell.counts.urgent}</td>
                  <td>{cell.counts.needsIao}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
