/**
 * /requests/overview — the IAO's overview (executives read it too): the open requests by unit, with
 * how many are overdue and urgent and the oldest's age; the open requests, overdue first, then urgent,
 * then the oldest, filtered by unit and urgency; and the figures of a fiscal year for the plan's
 * tactic 2.3 (requests per unit, median days to done).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coordinationUrgencies, type CoordinationUrgency } from '@bia/contracts';
import { fiscalYearOf } from '@bia/i18n';
import { SelectField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCoordinationOverview } from '../api/requests.ts';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';
import { FiguresSection } from './figures-section.tsx';
import { RequestTable } from './request-table.tsx';
import '../coordination.css';

export function OverviewPage() {
  const { t } = useTranslation('coordination');
  const format = useFormat();
  const labels = useCoordinationLabels();
  const [unitCode, setUnitCode] = useState('');
  const [urgency, setUrgency] = useState<CoordinationUrgency | ''>('');
  const overview = useCoordinationOverview({ unitCode, urgency });
  const byUnitId = useId();
  const openId = useId();
  return (
    <div className="coordination-page">
      <p className="coordination-back">
        <Link to={paths.requests}>{t('form.back')}</Link>
      </p>
      <PageHeader title={t('overview.title')} intro={<p>{t('overview.intro')}</p>} />
      {overview.isPending && <Loading />}
      {overview.isError && <QueryError error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          <section aria-labelledby={byUnitId}>
            <h2 id={byUnitId}>{t('overview.by_unit')}</h2>
            {overview.data.byUnit.length === 0 ? (
              <p className="empty">{t('overview.none_open')}</p>
            ) : (
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={byUnitId}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('overview.columns.unit')}</th>
                      <th scope="col">{t('overview.columns.open')}</th>
                      <th scope="col">{t('overview.columns.overdue')}</th>
                      <th scope="col">{t('overview.columns.urgent')}</th>
                      <th scope="col">{t('overview.columns.oldest')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {overview.data.byUnit.map((row) => (
                      <tr key={row.unit.code}>
                        <th scope="row">
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setUnitCode(row.unit.code)}
                          >
                            {row.unit.name}
                          </button>
                        </th>
                        <td>{format.number(row.open)}</td>
                        <td>{format.number(row.overdue)}</td>
                        <td>{format.number(row.urgent)}</td>
                        <td>{labels.age(row.oldestDays)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby={openId}>
            <h2 id={openId}>{t('overview.open_requests')}</h2>
            <div className="coordination-filters">
              <SelectField
                label={t('overview.filter_unit')}
                value={unitCode}
                onChange={(event) => setUnitCode(event.target.value)}
              >
                <option value="">{t('overview.all_units')}</option>
                {overview.data.byUnit.map((row) => (
                  <option key={row.unit.code} value={row.unit.code}>
                    {row.unit.name}
                  </option>
                ))}
                {unitCode && !overview.data.byUnit.some((row) => row.unit.code === unitCode) && (
                  <option value={unitCode}>{unitCode}</option>
                )}
              </SelectField>
              <SelectField
                label={t('overview.filter_urgency')}
                value={urgency}
                onChange={(event) => setUrgency(event.target.value as CoordinationUrgency | '')}
              >
                <option value="">{t('overview.all_urgencies')}</option>
                {coordinationUrgencies.map((each) => (
                  <option key={each} value={each}>
                    {labels.urgency(each)}
                  </option>
                ))}
              </SelectField>
            </div>
            {overview.data.items.length === 0 ? (
              <p className="empty">{t('overview.none_open')}</p>
            ) : (
              <RequestTable requests={overview.data.items} caption={t('overview.open_requests')} />
            )}
          </section>
        </>
      )}
      <FiguresSection initialYear={fiscalYearOf(new Date()).buddhistYear} />
    </div>
  );
}
