/**
 * The frame every chart shares: a heading, a caption that says what the chart shows, the chart, and
 * the same numbers as a table behind "show the figures" for anyone who cannot read the drawing.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { Stack } from '../utils/chart-data.ts';

interface ChartSectionProps {
  title: string;
  caption: ReactNode;
  /** Receives the ids of the heading and caption, to name and describe the drawing. */
  children: (ids: { titleId: string; captionId: string }) => ReactNode;
  /** The figures as a table; omitted when the chart is itself a table. */
  dataTable?: ReactNode;
  className?: string;
}

export function ChartSection({ title, caption, children, dataTable, className }: ChartSectionProps) {
  const { t } = useTranslation('partner_analysis');
  const titleId = useId();
  const captionId = useId();
  return (
    <section className={['card', 'pa-chart', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p id={captionId} className="pa-chart__caption">
        {caption}
      </p>
      {children({ titleId, captionId })}
      {dataTable ? (
        <details className="pa-figures">
          <summary>{t('figures.show')}</summary>
          <div className="table-wrap pa-figures__table">{dataTable}</div>
        </details>
      ) : null}
    </section>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** How the key is drawn: a square (bars, countries), a dot (map points) or a star (Bangkok). */
  shape?: 'square' | 'dot' | 'star' | 'outline';
}

/** A chart's key. The swatches are decoration: each label says in words what it stands for. */
export function Legend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="pa-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <svg className="pa-legend__swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
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

/** A stacked chart's figures as a table: a row per group, a column per kind of segment, and the total. */
export function StackTable<Group extends string | number, Key extends string>({
  stacks,
  keys,
  caption,
  groupHeading,
  groupName,
  keyName,
  totalHeading,
}: {
  stacks: readonly Stack<Group, Key>[];
  keys: readonly Key[];
  caption: string;
  groupHeading: string;
  groupName: (group: Group) => string;
  keyName: (key: Key) => string;
  totalHeading: string;
}) {
  const { number } = useFormat();
  const countOf = (stack: Stack<Group, Key>, key: Key) =>
    stack.segments.find((segment) => segment.key === key)?.count ?? 0;
  return (
    <table className="table table-compact pa-numbers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeading}</th>
          {keys.map((key) => (
            <th key={key} scope="col">
              {keyName(key)}
            </th>
          ))}
          <th scope="col">{totalHeading}</th>
        </tr>
      </thead>
      <tbody>
        {stacks.map((stack) => (
          <tr key={stack.group}>
            <th scope="row">{groupName(stack.group)}</th>
            {keys.map((key) => (
              <td key={key}>{number(countOf(stack, key))}</td>
            ))}
            <td>{number(stack.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
