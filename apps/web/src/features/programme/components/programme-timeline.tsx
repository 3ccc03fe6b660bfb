/**
 * The year's timeline, like the seed's table (§6.2): a row per step, the twelve months as columns,
 * the planned span as a bar, what was done as a thin bar inside it, and today as a line. Overdue steps
 * stand out by colour and by a word, so that colour is never the only sign. The same facts are in the
 * steps table below, for screen readers and for reading dates exactly.
 */
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetail, ProgrammeStep } from '@bia/contracts';
import { formatMonthShort } from '../utils/months.ts';
import { useFormat } from '../../../lib/format.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';
import { barOf, monthsOf, positionOf } from '../utils/timeline.ts';

export function ProgrammeTimeline({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const labels = useProgrammeLabels();
  const months = monthsOf(programme.startDate, programme.endDate);
  const today = positionOf(programme, programme.today);
  const rounds = [...new Set(programme.steps.map((step) => step.round))];

  return (
    <div className="timeline" aria-hidden="true">
      <div className="timeline-row timeline-head">
        <div className="timeline-label" />
        <div className="timeline-track">
          {months.map((month) => (
            <span
              key={month.start}
              className="timeline-month"
              style={{ left: `${month.left}%`, width: `${month.width}%` }}
            >
              {formatMonthShort(month.start, format.locale)}
            </span>
          ))}
        </div>
      </div>
      {rounds.map((round) => (
        <div key={round} className="timeline-group">
          <div className="timeline-group-title">{t('session_number', { number: round })}</div>
          {programme.steps
            .filter((step) => step.round === round)
            .map((step) => (
              <TimelineRow
                key={step.id}
                step={step}
                programme={programme}
                label={labels.step(step.kind)}
                units={step.responsibleUnits.map(labels.unit).join(' ')}
                today={today}
                monthLines={months.map((month) => month.left)}
              />
            ))}
        </div>
      ))}
    </div>
  );
}

function TimelineRow({
  step,
  programme,
  label,
  units,
  today,
  monthLines,
}: {
  step: ProgrammeStep;
  programme: ProgrammeDetail;
  label: string;
  units: string;
  today: number | null;
  monthLines: number[];
}) {
  const { t } = useTranslation('programme_pages');
  const planned = barOf(programme, step.plannedStart, step.plannedEnd);
  const actualEnd = step.actualEnd ?? (step.status === 'in_progress' ? programme.today : null);
  const actual = step.actualStart && actualEnd ? barOf(programme, step.actualStart, actualEnd) : null;
  const state = step.isOverdue ? 'overdue' : step.status;
  return (
    <div className={`timeline-row timeline-${state}`}>
      <div className="timeline-label">
        <span>{label}</span>
        <span className="timeline-units">{units}</span>
      </div>
      <div className="timeline-track">
        {monthLines.map((left) => (
          <span key={left} className="timeline-grid" style={{ left: `${left}%` }} />
        ))}
        {planned && (
          <span className="timeline-bar" style={{ left: `${planned.left}%`, width: `${planned.width}%` }}>
            {step.isOverdue && <span className="timeline-flag">{t('steps.overdue')}</span>}
            {step.status === 'done' && <span className="timeline-flag">✓</span>}
          </span>
        )}
        {actual && (
          <span className="timeline-actual" style={{ left: `${actual.left}%`, width: `${actual.width}%` }} />
        )}
        {today !== null && <span className="timeline-today" style={{ left: `${today}%` }} />}
      </div>
    </div>
  );
}
