/**
 * The year's outcomes on the programme page, for those who read them (`outcomes:read`): the outcome
 * KPI against its 50% target with the businesses counted and not counted (and why), plan KPI 1.1.1's
 * level with the records behind each level and what a level lacks, and the contacts and products
 * ordered by session and city (seed 003 §9.1.2, §9.2; decision 0030).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  CountedBusiness,
  NotCountedBusiness,
  NotCountedReason,
  OutcomeCounts,
  OutcomeSession,
  PlanLevel,
  PlanLevelMissing,
  PlanLevelRecord,
  ProgrammeOutcomes as Outcomes,
} from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useOutcomeLabels } from '../../../lib/outcome-labels.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useProgrammeOutcomes } from '../api/outcomes.ts';
import { useReplyStatusLabel } from '../hooks/use-programme-labels.ts';
import '../programme-outcomes.css';

const reasonKeys = {
  no_deal: 'reasons.no_deal',
  no_deal_with_session_city: 'reasons.no_deal_with_session_city',
  session_exchange_only: 'reasons.session_exchange_only',
  dated_before_session: 'reasons.dated_before_session',
  closed_without_deal: 'reasons.closed_without_deal',
} as const satisfies Record<NotCountedReason, string>;

const missingKeys = {
  no_cities_chosen: 'plan.missing.no_cities_chosen',
  no_negotiation: 'plan.missing.no_negotiation',
  no_agreement: 'plan.missing.no_agreement',
  agreement_without_document: 'plan.missing.agreement_without_document',
  no_shipment: 'plan.missing.no_shipment',
  orders_not_shipped: 'plan.missing.orders_not_shipped',
  no_repeat_order: 'plan.missing.no_repeat_order',
} as const satisfies Record<PlanLevelMissing, string>;

const levelKeys = {
  1: 'plan.levels.level_1',
  2: 'plan.levels.level_2',
  3: 'plan.levels.level_3',
  4: 'plan.levels.level_4',
  5: 'plan.levels.level_5',
} as const;

function isLevelNumber(level: number): level is keyof typeof levelKeys {
  return level in levelKeys;
}

/** Shown only to those who read the outcomes: business names and deals are not every reader's. */
export function ProgrammeOutcomes({ fiscalYear }: { fiscalYear: number }) {
  const permissions = usePermissions();
  if (!permissions.includes('outcomes:read')) return null;
  return <OutcomesSection fiscalYear={fiscalYear} />;
}

function OutcomesSection({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const outcomes = useProgrammeOutcomes(fiscalYear, format.locale);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      {outcomes.isPending ? (
        <Loading />
      ) : outcomes.isError ? (
        <QueryError error={outcomes.error} onRetry={() => void outcomes.refetch()} />
      ) : (
        <>
          <p className="muted">{t('as_of', { date: format.date(outcomes.data.asOf) })}</p>
          <Tiles outcomes={outcomes.data} />
          <Businesses outcomes={outcomes.data} />
          <PlanKpi outcomes={outcomes.data} />
          <Activity outcomes={outcomes.data} />
        </>
      )}
    </section>
  );
}

function Tiles({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const { outcome, plan } = outcomes;
  return (
    <>
      <dl className="programme-kpis">
        <div className={`programme-kpi${outcome.isTargetMet ? '' : ' programme-kpi-warning'}`}>
          <dt>{t('outcome.label')}</dt>
          <dd>
            {t('outcome.value', {
              qualifying: format.number(outcome.qualifying),
              presented: format.number(outcome.presented),
            })}
          </dd>
          <dd className="programme-kpi-detail">
            {outcome.sharePercent === null
              ? t('outcome.no_share')
              : t('outcome.share', {
                  share: format.number(outcome.sharePercent),
                  target: format.number(outcome.targetPercent),
                })}{' '}
            <Badge tone={outcome.isTargetMet ? 'success' : 'warning'}>
              {outcome.isTargetMet ? t('outcome.met') : t('outcome.not_met')}
            </Badge>
          </dd>
        </div>
        <div className="programme-kpi">
          <dt>{t('outcome.confirmed_label')}</dt>
          <dd>
            {t('outcome.confirmed_value', {
              confirmed: format.number(outcome.confirmed),
              qualifying: format.number(outcome.qualifying),
            })}
          </dd>
        </div>
        <div className="programme-kpi">
          <dt>{t('plan.tile')}</dt>
          <dd>
            {plan.level === 0 ? t('plan.level_none') : t('plan.level', { level: format.number(plan.level) })}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('outcome.hint', { target: format.number(outcome.targetPercent) })}</p>
    </>
  );
}

function SessionList({ sessions }: { sessions: OutcomeSession[] }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  return (
    <ul className="plain-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <Link to={paths.session(session.id)}>{session.title}</Link>{' '}
          {t('outcome.session', {
            date: format.date(session.heldOn),
            cities: session.cities.map((city) => city.name).join(', '),
          })}
        </li>
      ))}
    </ul>
  );
}

function Businesses({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const { counted, notCounted } = outcomes.outcome;
  return (
    <details className="programme-outcome-businesses">
      <summary>
        {t('outcome.businesses', {
          counted: format.number(counted.length),
          notCounted: format.number(notCounted.length),
        })}
      </summary>
      <h3>{t('outcome.counted')}</h3>
      {counted.length === 0 ? (
        <p className="empty">{t('outcome.none_counted')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t('outcome.counted')} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{t('outcome.counted')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcome.column_business')}</th>
                <th scope="col">{t('outcome.column_sessions')}</th>
                <th scope="col">{t('outcome.column_entry')}</th>
              </tr>
            </thead>
            <tbody>
              {counted.map((item) => (
                <CountedRow key={item.business.id} item={item} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('outcome.not_counted')}</h3>
      {notCounted.length === 0 ? (
        <p className="empty">{t('outcome.none_not_counted')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t('outcome.not_counted')} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{t('outcome.not_counted')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcome.column_business')}</th>
                <th scope="col">{t('outcome.column_sessions')}</th>
                <th scope="col">{t('outcome.column_reasons')}</th>
                <th scope="col">{t('outcome.column_deals')}</th>
              </tr>
            </thead>
            <tbody>
              {notCounted.map((item) => (
                <NotCountedRow key={item.business.id} item={item} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

function CountedRow({ item }: { item: CountedBusiness }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const labels = useOutcomeLabels();
  const { entry } = item;
  return (
    <tr>
      <th scope="row">
        <Link to={paths.business(item.business.id)}>{item.business.name}</Link>
      </th>
      <td>
        <SessionList sessions={item.sessions} />
      </td>
      <td>
        <Link to={paths.deal(entry.dealId)}>
          {t('outcome.entry', {
            kind: labels.entryKind(entry.kind),
            date: format.date(entry.occurredOn),
            buyer: entry.buyerOrganisation
              ? t('outcome.buyer_at', { name: entry.buyerName, organisation: entry.buyerOrganisation })
              : entry.buyerName,
            city: entry.city.name,
          })}
        </Link>
        {entry.contactChannel && <> · {labels.channel(entry.contactChannel)}</>}{' '}
        <Badge tone={entry.isConfirmed ? 'success' : 'neutral'}>
          {labels.confirmation(entry.isConfirmed)}
        </Badge>
        {item.qualifyingEntries > 1 && (
          <p className="muted">
            {t('outcome.qualifying_entries', {
              count: item.qualifyingEntries,
              number: format.number(item.qualifyingEntries),
            })}
          </p>
        )}
      </td>
    </tr>
  );
}

function NotCountedRow({ item }: { item: NotCountedBusiness }) {
  const { t } = useTranslation('outcome_kpis');
  return (
    <tr>
      <th scope="row">
        <Link to={paths.business(item.business.id)}>{item.business.name}</Link>
      </th>
      <td>
        <SessionList sessions={item.sessions} />
      </td>
      <td>
        <ul className="plain-list">
          {item.reasons.map((reason) => (
            <li key={reason}>{t(reasonKeys[reason])}</li>
          ))}
        </ul>
      </td>
      <td>
        {item.deals.length === 0 ? (
          '—'
        ) : (
          <ul className="plain-list">
            {item.deals.map((deal) => (
              <li key={deal.id}>
                <Link to={paths.deal(deal.id)}>
                  {t('outcome.deal', { buyer: deal.buyerName, city: deal.city.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function PlanKpi({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const headingId = useId();
  const { plan } = outcomes;
  const next = plan.levels.find((level) => level.level === plan.level + 1);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('plan.title')}:{' '}
        {plan.level === 0 ? t('plan.level_none') : t('plan.level', { level: format.number(plan.level) })}
      </h3>
      {next?.missing && (
        <p>
          <strong>{t('plan.next', { level: format.number(next.level) })}</strong>{' '}
          {t(missingKeys[next.missing])}
        </p>
      )}
      <ol className="plain-list programme-plan-levels">
        {plan.levels.map((level) => (
          <LevelItem key={level.level} level={level} />
        ))}
      </ol>
    </section>
  );
}

function LevelItem({ level }: { level: PlanLevel }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const label = isLevelNumber(level.level) ? t(levelKeys[level.level]) : String(level.level);
  const more = (shown: number, count: number) =>
    count > shown && (
      <p className="muted">
        {t('plan.more', { count: count - shown, number: format.number(count - shown) })}
      </p>
    );
  return (
    <li>
      <p>
        <strong>{label}</strong>{' '}
        <Badge tone={level.isMet ? 'success' : 'neutral'}>
          {level.isMet ? t('plan.met') : t('plan.not_met')}
        </Badge>
      </p>
      {level.isMet ? (
        <>
          <RecordList
            records={level.records}
            label={t('plan.evidence', { level: format.number(level.level) })}
          />
          {more(level.records.length, level.recordCount)}
        </>
      ) : (
        <>
          {level.missing && <p className="muted">{t(missingKeys[level.missing])}</p>}
          {level.lacking.length > 0 && (
            <>
              <RecordList
                records={level.lacking}
                label={t('plan.lacking', { level: format.number(level.level) })}
              />
              {more(level.lacking.length, level.lackingCount)}
            </>
          )}
        </>
      )}
    </li>
  );
}

function RecordList({ records, label }: { records: PlanLevelRecord[]; label: string }) {
  return (
    <ul className="plain-list programme-plan-records" aria-label={label}>
      {records.map((record) => (
        <li key={record.id}>
          <RecordLine record={record} />
        </li>
      ))}
    </ul>
  );
}

function RecordLine({ record }: { record: PlanLevelRecord }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const labels = useOutcomeLabels();
  const replyStatus = useReplyStatusLabel();
  if (record.type === 'programme_city')
    return (
      <Link to={paths.partner(record.city.id)}>
        {t('plan.record_city', {
          city: record.city.name,
          date: format.date(record.on),
          status: record.replyStatus ? replyStatus(record.replyStatus) : '—',
        })}
      </Link>
    );
  const business = record.business?.name ?? '—';
  const text =
    record.type === 'order_line'
      ? t('plan.record_line', {
          product: record.product?.name ?? '—',
          quantity: format.number(record.quantity ?? 0),
          unit: record.unit ?? '',
          business,
          city: record.city.name,
          date: format.date(record.on),
        })
      : t('plan.record_entry', {
          kind: record.kind ? labels.entryKind(record.kind) : '—',
          date: format.date(record.on),
          business,
          buyer: record.buyerName ?? '—',
          city: record.city.name,
        });
  return (
    <>
      {record.dealId ? <Link to={paths.deal(record.dealId)}>{text}</Link> : text}{' '}
      <Badge tone={record.isConfirmed ? 'success' : 'neutral'}>
        {labels.confirmation(record.isConfirmed)}
      </Badge>{' '}
      <span className="muted">
        {t('plan.documents', { count: record.documentCount, number: format.number(record.documentCount) })}
      </span>
    </>
  );
}

function CountCells({ counts }: { counts: OutcomeCounts }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  return (
    <>
      <td>{format.number(counts.contacts)}</td>
      <td>{format.number(counts.confirmedContacts)}</td>
      <td>{format.number(counts.sessionExchanges)}</td>
      <td>{format.number(counts.orderLines)}</td>
      <td>{format.number(counts.confirmedOrderLines)}</td>
      <td>
        {counts.quantities.length === 0 ? (
          '—'
        ) : (
          <ul className="plain-list">
            {counts.quantities.map((item) => (
              <li key={item.unit}>
                {t('activity.quantity', { quantity: format.number(item.quantity), unit: item.unit })}
              </li>
            ))}
          </ul>
        )}
      </td>
    </>
  );
}

function Activity({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation('outcome_kpis');
  const format = useFormat();
  const headingId = useId();
  const { activity } = outcomes;
  return (
    <div className="programme-outcome-activity">
      <h3 id={headingId}>{t('activity.title')}</h3>
      <p className="muted">{t('activity.hint')}</p>
      {activity.rows.length === 0 ? (
        <p className="empty">{t('activity.none')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{t('activity.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activity.column_session')}</th>
                <th scope="col">{t('activity.column_city')}</th>
                <th scope="col">{t('activity.column_contacts')}</th>
                <th scope="col">{t('activity.column_confirmed_contacts')}</th>
                <th scope="col">{t('activity.column_session_exchanges')}</th>
                <th scope="col">{t('activity.column_order_lines')}</th>
                <th scope="col">{t('activity.column_confirmed_order_lines')}</th>
                <th scope="col">{t('activity.column_quantities')}</th>
              </tr>
            </thead>
            <tbody>
              {activity.rows.map((row) => (
                <tr key={`${row.session?.id ?? 'none'}-${row.city.id}`}>
                  <th scope="row">
                    {row.session ? (
                      <>
                        <Link to={paths.session(row.session.id)}>{row.session.title}</Link>{' '}
                        <span className="muted">{format.date(row.session.heldOn)}</span>
                      </>
                    ) : (
                      t('activity.no_session')
                    )}
                  </th>
                  <td>{row.city.name}</td>
                  <CountCells counts={row} />
                </tr>
              ))}
            </tbody>
            <tbody>
              {activity.byCity.map((row) => (
                <tr key={row.city.id}>
                  <th scope="row" colSpan={2}>
                    {t('activity.city_total', { city: row.city.name })}
                  </th>
                  <CountCells counts={row} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('activity.total')}
                </th>
                <CountCells counts={activity.total} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
