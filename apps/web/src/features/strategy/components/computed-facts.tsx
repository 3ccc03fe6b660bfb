/**
 * How a value the platform computes was computed (decisions 0030, 0044, 0050): for KPI 1.1.1 each
 * level's condition, whether it holds, the records behind it (linked to their deal) or what it lacks;
 * for KPI 1.3.1 the areas covered and the activities counted; for KPI 2.3.1 the BMA's part in each
 * activity with an international network. Activities link to their partner's page. Every key is
 * spelled out, so the translation check finds it.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  BmaRole,
  ComputedKpiActivity,
  EngagementArea,
  PlanLevel,
  PlanLevelMissing,
  PlanLevelRecord,
  StrategyComputedKpi,
} from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useOutcomeLabels } from '../../../lib/outcome-labels.ts';

type Kpi<Code extends StrategyComputedKpi['code']> = Extract<StrategyComputedKpi, { code: Code }>;

const planLevelKeys = {
  1: 'outcome_kpis:plan.levels.level_1',
  2: 'outcome_kpis:plan.levels.level_2',
  3: 'outcome_kpis:plan.levels.level_3',
  4: 'outcome_kpis:plan.levels.level_4',
  5: 'outcome_kpis:plan.levels.level_5',
} as const;

const missingKeys = {
  no_cities_chosen: 'outcome_kpis:plan.missing.no_cities_chosen',
  no_negotiation: 'outcome_kpis:plan.missing.no_negotiation',
  no_agreement: 'outcome_kpis:plan.missing.no_agreement',
  agreement_without_document: 'outcome_kpis:plan.missing.agreement_without_document',
  no_shipment: 'outcome_kpis:plan.missing.no_shipment',
  orders_not_shipped: 'outcome_kpis:plan.missing.orders_not_shipped',
  no_repeat_order: 'outcome_kpis:plan.missing.no_repeat_order',
} as const satisfies Record<PlanLevelMissing, string>;

const areaKeys = {
  education: 'partners:engagement_area.education',
  arts_culture_creativity: 'partners:engagement_area.arts_culture_creativity',
  global_knowledge: 'partners:engagement_area.global_knowledge',
} as const satisfies Record<EngagementArea, string>;

const roleKeys = {
  participant: 'partners:bma_role.participant',
  co_organiser: 'partners:bma_role.co_organiser',
  main_host: 'partners:bma_role.main_host',
} as const satisfies Record<BmaRole, string>;

/** The roles in the order of their level (1 took part, 2 co-organised, 3 main host). */
const rolesByLevel: readonly BmaRole[] = ['participant', 'co_organiser', 'main_host'];

const levelKey = (level: number) => planLevelKeys[level as keyof typeof planLevelKeys];

function useRecordText() {
  const { t } = useTranslation(['strategy_computed', 'outcome_kpis']);
  const format = useFormat();
  const labels = useOutcomeLabels();
  return (record: PlanLevelRecord): string => {
    const date = format.date(record.on);
    const city = record.city.name;
    if (record.type === 'programme_city') return t('strategy_computed:plan.record_city', { city, date });
    if (record.type === 'entry') {
      const kind = record.kind ? labels.entryKind(record.kind) : '';
      return record.business
        ? t('strategy_computed:plan.record_entry', {
            kind,
            date,
            city,
            business: record.business.name,
            buyer: record.buyerName ?? '',
          })
        : t('strategy_computed:plan.record_entry_withheld', { kind, date, city });
    }
    const line = {
      product: record.product?.name ?? '',
      quantity: format.number(record.quantity ?? 0),
      unit: record.unit ?? '',
      city,
      date,
    };
    return record.business
      ? t('strategy_computed:plan.record_line', { ...line, business: record.business.name })
      : t('strategy_computed:plan.record_line_withheld', line);
  };
}

function PlanRecords({
  records,
  total,
  fiscalYear,
}: {
  records: PlanLevelRecord[];
  total: number;
  fiscalYear: number;
}) {
  const { t } = useTranslation('strategy_computed');
  const recordText = useRecordText();
  return (
    <ul className="strategy-computed__records">
      {records.map((record) => (
        <li key={`${record.type}-${record.id}`}>
          <Link to={record.dealId ? paths.deal(record.dealId) : paths.programme(fiscalYear)}>
            {recordText(record)}
          </Link>
        </li>
      ))}
      {total > records.length && <li>{t('plan.more', { number: total - records.length })}</li>}
    </ul>
  );
}

function PlanLevelItem({ level, fiscalYear }: { level: PlanLevel; fiscalYear: number }) {
  const { t } = useTranslation(['strategy_computed', 'outcome_kpis']);
  return (
    <li>
      <strong>{t(levelKey(level.level))}</strong>{' '}
      <Badge tone={level.isMet ? 'success' : 'neutral'}>
        {level.isMet ? t('strategy_computed:plan.held') : t('strategy_computed:plan.not_held')}
      </Badge>
      {level.missing && <p className="strategy-muted">{t(missingKeys[level.missing])}</p>}
      {level.records.length > 0 && (
        <>
          <p>{t('strategy_computed:plan.evidence')}</p>
          <PlanRecords records={level.records} total={level.recordCount} fiscalYear={fiscalYear} />
        </>
      )}
      {level.lacking.length > 0 && (
        <>
          <p>{t('strategy_computed:plan.lacking')}</p>
          <PlanRecords records={level.lacking} total={level.lackingCount} fiscalYear={fiscalYear} />
        </>
      )}
    </li>
  );
}

function PlanLevelFacts({ kpi }: { kpi: Kpi<'1.1.1'> }) {
  const { t } = useTranslation('strategy_computed');
  return (
    <>
      <p>{t('plan.rule')}</p>
      {!kpi.hasProgramme && (
        <p className="strategy-muted">{t('plan.no_programme', { fiscalYear: kpi.fiscalYear })}</p>
      )}
      {kpi.recordsWithheld && <p className="strategy-muted">{t('plan.withheld')}</p>}
      <ol className="strategy-computed__levels">
        {kpi.levels.map((level) => (
          <PlanLevelItem key={level.level} level={level} fiscalYear={kpi.fiscalYear} />
        ))}
      </ol>
    </>
  );
}

function ActivityList({
  activities,
  justifying = [],
}: {
  activities: ComputedKpiActivity[];
  justifying?: string[];
}) {
  const { t } = useTranslation(['strategy_computed', 'partners']);
  const format = useFormat();
  if (activities.length === 0)
    return <p className="strategy-muted">{t('strategy_computed:activities.none')}</p>;
  return (
    <>
      <p>{t('strategy_computed:activities.list')}</p>
      <ul className="strategy-computed__records">
        {activities.map((activity) => (
          <li key={activity.activityId}>
            <Link to={paths.partner(activity.partnerId)}>
              {t('strategy_computed:activities.activity', {
                title: activity.title,
                partner: format.locale === 'th' ? activity.partnerName.th : activity.partnerName.en,
                date: format.date(activity.startsOn),
              })}
            </Link>{' '}
            {activity.engagementAreas.map((area) => (
              <Badge key={area}>{t(areaKeys[area])}</Badge>
            ))}
            {activity.bmaRole && <Badge>{t(roleKeys[activity.bmaRole])}</Badge>}
            {activity.isContinuing && <Badge>{t('strategy_computed:activities.continuing')}</Badge>}
            {justifying.includes(activity.activityId) && (
              <Badge tone="success">{t('strategy_computed:activities.justifying')}</Badge>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function SampleNote({ count }: { count: number }) {
  const { t } = useTranslation('strategy_computed');
  return count > 0 ? <p className="strategy-muted">{t('activities.samples', { number: count })}</p> : null;
}

function AreaFacts({ kpi }: { kpi: Kpi<'1.3.1'> }) {
  const { t } = useTranslation(['strategy_computed', 'partners']);
  const areas: EngagementArea[] = ['education', 'arts_culture_creativity', 'global_knowledge'];
  return (
    <>
      <p>{t('strategy_computed:activities.rule_131')}</p>
      {kpi.isContinuingRequired && <p>{t('strategy_computed:activities.continuing_required')}</p>}
      <ul className="strategy-computed__conditions">
        {areas.map((area) => (
          <li key={area}>
            {kpi.areasCovered.includes(area)
              ? t('strategy_computed:activities.area_covered', { area: t(areaKeys[area]) })
              : t('strategy_computed:activities.area_missing', { area: t(areaKeys[area]) })}
          </li>
        ))}
        {kpi.isContinuingRequired && (
          <li>
            {kpi.hasContinuing
              ? t('strategy_computed:activities.continuing_yes')
              : t('strategy_computed:activities.continuing_no')}
          </li>
        )}
      </ul>
      <ActivityList activities={kpi.activities} />
      <SampleNote count={kpi.sampleCount} />
    </>
  );
}

function NetworkFacts({ kpi }: { kpi: Kpi<'2.3.1'> }) {
  const { t } = useTranslation(['strategy_computed', 'partners']);
  return (
    <>
      <p>{t('strategy_computed:activities.rule_231')}</p>
      <ol className="strategy-computed__conditions">
        {rolesByLevel.map((role, index) => (
          <li key={role}>
            {t('strategy_computed:activities.level_231', { level: index + 1, role: t(roleKeys[role]) })}
          </li>
        ))}
      </ol>
      <ActivityList activities={kpi.activities} justifying={kpi.justifying} />
      <SampleNote count={kpi.sampleCount} />
    </>
  );
}

/** The conditions and the records behind a computed KPI. */
export function ComputedFacts({ kpi }: { kpi: StrategyComputedKpi }) {
  if (kpi.code === '1.1.1') return <PlanLevelFacts kpi={kpi} />;
  if (kpi.code === '1.3.1') return <AreaFacts kpi={kpi} />;
  return <NetworkFacts kpi={kpi} />;
}
