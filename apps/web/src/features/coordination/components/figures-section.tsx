/** The figures of a fiscal year (tactic 2.3): requests per unit, done, and the median days to done. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCoordinationFigures } from '../api/requests.ts';

export function FiguresSection({ initialYear }: { initialYear: number }) {
  const { t } = useTranslation('coordination');
  const format = useFormat();
  const headingId = useId();
  const [year, setYear] = useState(initialYear);
  const figures = useCoordinationFigures(year);
  const median = (days: number | null) =>
    days === null ? t('figures.no_median') : t('figures.days', { count: days, days: format.number(days) });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figures.title')}</h2>
      <SelectField
        label={t('figures.fiscal_year')}
        value={String(year)}
        onChange={(event) => setYear(Number(event.target.value))}
      >
        {[initialYear, initialYear - 1, initialYear - 2].map((each) => (
          <option key={each} value={each}>
            {t('figures.year', { year: each })}
          </option>
        ))}
      </SelectField>
      {figures.isPending && <Loading />}
      {figures.isError && <QueryError error={figures.error} onRetry={() => void figures.refetch()} />}
      {figures.data && (
        <>
          <p>
            {t('figures.total', {
              opened: format.number(figures.data.total.opened),
              done: format.number(figures.data.total.done),
              median: median(figures.data.total.medianDaysToDone),
            })}
          </p>
          {figures.data.units.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('figures.columns.unit')}</th>
                    <th scope="col">{t('figures.columns.opened')}</th>
                    <th scope="col">{t('figures.columns.received')}</th>
                    <th scope="col">{t('figures.columns.done')}</th>
                    <th scope="col">{t('figures.columns.median')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.data.units.map((row) => (
                    <tr key={row.unit.code}>
                      <th scope="row">{row.unit.name}</th>
                      <td>{format.number(row.opened)}</td>
                      <td>{format.number(row.received)}</td>
                      <td>{format.number(row.done)}</td>
                      <td>{median(row.medianDaysToDone)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
