/**
 * The matrix (units × themes): each unit's answer state for each theme, with its urgent items and
 * those needing the IAO; filtered by kind of unit and exported to a workbook. Scrolls sideways on a
 * phone, in a region that can take the keyboard's focus.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitKind } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { matrixExportUrl, useImpactMatrix } from '../api/impacts.ts';
import { statusTone, useImpactLabels } from '../hooks/use-impact-labels.ts';
import { KindFilter } from './kind-filter.tsx';

export function ImpactMatrix() {
  const { t } = useTranslation('impacts');
  const labels = useImpactLabels();
  const headingId = useId();
  const [kind, setKind] = useState<UnitKind | undefined>(undefined);
  const matrix = useImpactMatrix(kind);
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t('matrix.heading')}</h2>
      <p>{t('matrix.intro')}</p>
      <div className="impacts-toolbar">
        <KindFilter kind={kind} onChange={setKind} />
        <a className="button button-secondary" href={matrixExportUrl(kind)} download>
          {t('matrix.export')}
        </a>
      </div>
      {matrix.isPending ? (
        <Loading />
      ) : matrix.isError ? (
        <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : matrix.data.themes.length === 0 ? (
        <p>{t('themes.empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="table impacts-matrix">
            <thead>
              <tr>
                <th scope="col">{t('matrix.unit')}</th>
                {matrix.data.themes.map((theme) => (
                  <th key={theme.id} scope="col">
                    <Link to={paths.impactTheme(theme.id)}>{theme.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.data.rows.map((row) => (
                <tr key={row.unit.code}>
                  <th scope="row">{row.unit.name ?? row.unit.code}</th>
                  {row.cells.map((cell) => (
                    <td key={cell.themeId}>
                      <Link
                        to={paths.impactAnswer(cell.themeId, row.unit.code)}
                        aria-label={t('matrix.cell_link', {
                          unit: row.unit.name ?? row.unit.code,
                          theme: matrix.data.themes.find((theme) => theme.id === cell.themeId)?.name ?? '',
                          status: labels.status(cell.status),
                        })}
                      >
                        <Badge tone={statusTone[cell.status]}>{labels.status(cell.status)}</Badge>
                      </Link>
                      {cell.status !== 'not_started' && (
                        <span className="impacts-cell-counts">
                          {t('matrix.counts', { urgent: cell.counts.urgent, needsIao: cell.counts.needsIao })}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
