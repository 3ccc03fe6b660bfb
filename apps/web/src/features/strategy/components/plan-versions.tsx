/**
 * On the strategy map: every version of the plan, newest first — its number, kind (the platform's
 * reference data, a correction, a revision), note, who recorded it and when — each linking to the map
 * as that version has it (`?version=N`). The version shown is marked (decision 0051).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanVersionItem } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { usePlanVersions } from '../api/plan-versions.ts';
import { planAt } from '../hooks/use-plan-version-param.ts';
import { VersionWhy } from './version-line.tsx';
import '../plan-admin.css';

export function PlanVersions({ shownNumber }: { shownNumber: number }) {
  const { t } = useTranslation('strategy_plan_admin');
  const headingId = useId();
  const versions = usePlanVersions();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions.heading')}</h2>
      <p className="strategy-muted">{t('versions.intro')}</p>
      {versions.isPending && <Loading />}
      {versions.isError && <QueryError error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.data && (
        <VersionTable items={versions.data.items} shownNumber={shownNumber} labelledBy={headingId} />
      )}
    </section>
  );
}

function VersionTable({
  items,
  shownNumber,
  labelledBy,
}: {
  items: PlanVersionItem[];
  shownNumber: number;
  /** The section's heading: the table scrolls on a phone, so its frame is a named, focusable region. */
  labelledBy: string;
}) {
  const { t } = useTranslation('strategy_plan_admin');
  const format = useFormat();
  const kindName = (kind: PlanVersionItem['kind']) =>
    kind === 'reference'
      ? t('versions.kind_reference')
      : kind === 'correction'
        ? t('versions.kind_correction')
        : t('versions.kind_revision');
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="table table-compact strategy-versions">
        <caption className="visually-hidden">{t('versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.number')}</th>
            <th scope="col">{t('versions.kind')}</th>
            <th scope="col">{t('versions.note')}</th>
            <th scope="col">{t('versions.by')}</th>
            <th scope="col">{t('versions.when')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const isShown = item.number === shownNumber;
            return (
              <tr key={item.id} aria-current={isShown ? 'true' : undefined}>
                <th scope="row">
                  {isShown ? (
                    item.number
                  ) : (
                    <Link
                      to={planAt(item.isCurrent ? undefined : item.number)}
                      aria-label={t('versions.read', { number: item.number })}
                    >
                      {item.number}
                    </Link>
                  )}
                  {item.isCurrent && (
                    <>
                      {' '}
                      <Badge tone="success">{t('versions.current')}</Badge>
                    </>
                  )}
                  {isShown && (
                    <>
                      {' '}
                      <Badge>{t('versions.shown')}</Badge>
                    </>
                  )}
                </th>
                <td>{kindName(item.kind)}</td>
                <td>
                  <VersionWhy version={item} />
                </td>
                <td>
                  {item.kind === 'reference'
                    ? t('versions.by_reference')
                    : (item.createdBy ?? t('versions.by_unknown'))}
                </td>
                <td>{format.date(item.createdAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
