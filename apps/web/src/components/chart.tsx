/**
 * What every chart of the platform shares (the partner analysis, the outcome statistics): a frame
 * with a heading, a caption that says what the chart shows, the drawing, and the same numbers as a
 * table behind "show the figures" for anyone who cannot read the drawing; and a chart's key, whose
 * swatches are decoration because each label says in words what it stands for.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './chart.css';

interface ChartSectionProps {
  title: string;
  caption: ReactNode;
  /** Receives the ids of the heading and caption, to name and describe the drawing. */
  children: (ids: { titleId: string; captionId: string }) => ReactNode;
  /** The figures as a table; omitted when the chart is itself a table, or has no figures. */
  dataTable?: ReactNode;
  className?: string;
}

export function ChartSection({ title, caption, children, dataTable, className }: ChartSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const captionId = useId();
  return (
    <section className={['card', 'chart', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p id={captionId} className="chart__caption">
        {caption}
      </p>
      {children({ titleId, captionId })}
      {dataTable ? <FiguresDetails summary={t('charts.show_figures')}>{dataTable}</FiguresDetails> : null}
    </section>
  );
}

/** A chart's numbers as a table, folded away behind its summary. */
export function FiguresDetails({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="chart-figures">
      <summary>{summary}</summary>
      <div className="table-wrap chart-figures__table">{children}</div>
    </details>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** How the key is drawn: a square (bars, countries), a dot (map points) or a star (Bangkok). */
  shape?: 'square' | 'dot' | 'star' | 'outline';
}

export function Legend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <svg className="chart-legend__swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            {item.shape === 'dot' ? (
              <circle cx="8" cy="8" r="6" fill={item.colour} stroke="#fff" strokeWidth="1.5" />
            ) : item.shape === 'star' ? (
              <path d={starPath(8, 8, 7.5, 3.2)} fill={item.colour} stroke="#fff" strokeWidth="1" />
            ) : item.shape === 'outline' ? (
              <rect
                x="1.5"
                y="1.5"
                width="13"
                height="13"
                rx="2"
                fill="#fff"
                stroke={item.colour}
                strokeWidth="2"
              />
            ) : (
              <rect x="1" y="1" width="14" height="14" rx="2" fill={item.colour} />
            )}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A five-pointed star centred on (cx, cy), for Bangkok on the map and in its key. */
export function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${points.join('L')}Z`;
}
