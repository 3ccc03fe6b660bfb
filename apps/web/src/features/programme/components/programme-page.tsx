/**
 * /programme/:fiscalYear — one fiscal year's trade programme: its KPIs against the plan, the timeline
 * of its steps (the seed's table), every step with its progress, and the working group.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgrammeDetail, ProgrammeStep } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useProgramme } from '../api/programmes.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';
import { ActionsColumnHeader } from './actions-column-header.tsx';
import { CitiesSection } from './cities-section.tsx';
import { ProgrammeOutcomes } from './programme-outcomes.tsx';
import { ProgrammeTimeline } from './programme-timeline.tsx';
import { SessionsSection } from './sessions-section.tsx';
import { StepDialog } from './step-dialog.tsx';
import { WorkingGroupSection } from './working-group-section.tsx';
import '../programme.css';

export function ProgrammePage() {
  const { t } = useTranslation('programme_pages');
  const fiscalYear = Number(useParams().fiscalYear);
  const programme = useProgramme(fiscalYear);
  const [editingId, setEditingId] = useState<string | null>(null);

  if (programme.isPending) return <Loading />;
  if (programme.isError)
    return <QueryError error={programme.error} onRetry={() => void programme.refetch()} />;
  const data = programme.data;
  const editing = data.steps.find((step) => step.id === editingId) ?? null;

  return (
    <>
      <p>
        <Link to={paths.programmes}>{t('back_to_list')}</Link>
      </p>
      <PageHeader
        title={t('detail.title', { year: data.fiscalYear })}
        intro={<YearIntro programme={data} />}
      />
      <Kpis programme={data} />
      <ProgrammeOutcomes fiscalYear={data.fiscalYear} />
      <section className="card" aria-labelledby="programme-timeline-title">
        <h2 id="programme-timeline-title">{t('detail.timeline')}</h2>
        <p className="muted">{t('detail.timeline_hint')}</p>
        <ProgrammeTimeline programme={data} />
      </section>
      <SessionsSection programme={data} />
      <CitiesSection programme={data} />
      <StepsTable programme={data} onEdit={setEditingId} />
      <WorkingGroupSection programme={data} />
      <StepDialog
        step={editing}
        onClose={() => setEditingId(null)}
        onReload={() => void programme.refetch()}
      />
    </>
  );
}

function YearIntro({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const labels = useProgrammeLabels();
  const format = useFormat();
  return (
    <p>
      {labels.span(programme.startDate, programme.endDate)} ·{' '}
      {t('detail.plan', {
        sessions: format.number(programme.plannedSessions),
        entrepreneurs: format.number(programme.entrepreneursPerSession),
      })}
    </p>
  );
}

function Kpis({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const { kpis } = programme;
  const tiles = [
    { key: 'sessions', label: t('kpi.sessions_held'), value: kpis.sessionsHeld, of: kpis.sessionsPlanned },
    {
      key: 'reports',
      label: t('kpi.reports_delivered'),
      value: kpis.reportsDelivered,
      of: kpis.sessionsPlanned,
    },
  ];
  return (
    <dl className="programme-kpis">
      {tiles.map((tile) => (
        <div key={tile.key} className="programme-kpi">
          <dt>{tile.label}</dt>
          <dd>
            {t('kpi.of_planned', { value: format.number(tile.value), planned: format.number(tile.of) })}
          </dd>
        </div>
      ))}
      <div className={`programme-kpi${kpis.overdueSteps > 0 ? ' programme-kpi-warning' : ''}`}>
        <dt>{t('kpi.overdue_steps')}</dt>
        <dd>{format.number(kpis.overdueSteps)}</dd>
      </div>
    </dl>
  );
}

function StepsTable({ programme, onEdit }: { programme: ProgrammeDetail; onEdit: (id: string) => void }) {
  const { t } = useTranslation('programme_pages');
  const headingId = useId();
  const rounds = [...new Set(programme.steps.map((step) => step.round))];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('detail.steps')}</h2>
      {rounds.map((round) => (
        <div
          key={round}
          className="table-wrap"
          role="region"
          aria-label={t('session_number', { number: round })}
          tabIndex={0}
        >
          <table className="table programme-steps">
            <caption>{t('session_number', { number: round })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('steps.step')}</th>
                <th scope="col">{t('steps.responsible')}</th>
                <th scope="col">{t('steps.planned')}</th>
                <th scope="col">{t('steps.actual')}</th>
                <th scope="col">{t('steps.status')}</th>
                <th scope="col">{t('steps.owner')}</th>
                <ActionsColumnHeader />
              </tr>
            </thead>
            <tbody>
              {programme.steps
                .filter((step) => step.round === round)
                .map((step) => (
                  <StepRow key={step.id} step={step} onEdit={onEdit} />
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function StepRow({ step, onEdit }: { step: ProgrammeStep; onEdit: (id: string) => void }) {
  const { t } = useTranslation('programme_pages');
  const labels = useProgrammeLabels();
  const format = useFormat();
  const actual = step.actualStart
    ? step.actualEnd
      ? labels.shortSpan(step.actualStart, step.actualEnd)
      : `${format.date(step.actualStart)} – ${t('steps.ongoing')}`
    : step.actualEnd
      ? format.date(step.actualEnd)
      : '—';
  return (
    <tr className={step.isOverdue ? 'programme-step-overdue' : undefined}>
      <th scope="row">
        {labels.step(step.kind)}
        {step.isFirstSessionOnly && (
          <>
            {' '}
            <Badge>{t('steps.first_session_only')}</Badge>
          </>
        )}
        {step.note && <p className="muted programme-step-note">{step.note}</p>}
      </th>
      <td>
        <ul className="plain-list">
          {step.responsibleUnits.map((unit) => (
            <li key={unit}>
              <abbr title={labels.unitName(unit)}>{labels.unit(unit)}</abbr>
            </li>
          ))}
        </ul>
      </td>
      <td>{labels.shortSpan(step.plannedStart, step.plannedEnd)}</td>
      <td>{actual}</td>
      <td>
        <Badge tone={step.status === 'done' ? 'success' : step.isOverdue ? 'danger' : 'neutral'}>
          {labels.status(step.status)}
        </Badge>
        {step.isOverdue && (
          <>
            {' '}
            <Badge tone="danger">{t('steps.overdue')}</Badge>
          </>
        )}
      </td>
      <td>{step.owner ?? '—'}</td>
      <td>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onEdit(step.id)}
        >
          {t(step.canEdit ? 'steps.update' : 'steps.documents')}
          <span className="visually-hidden">
            {' '}
            {t('steps.update_which', { step: labels.step(step.kind), number: step.round })}
          </span>
        </button>
      </td>
    </tr>
  );
}
