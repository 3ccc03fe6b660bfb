/**
 * Counts per year, each column split by region (agreements signed, activities held): drawn at the
 * width of its frame, so the text keeps its size on a phone and the years thin out to fit.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useFormat } from '../../../lib/format.ts';
import { useElementWidth } from '../hooks/use-element-width.ts';
import { useYearFormat } from '../hooks/use-year.ts';
import {
  largestTotal,
  stackCounts,
  yearLabelStep,
  yearSpan,
  type Stack,
  type YearRegionCount,
} from '../utils/chart-data.ts';
import { regionColour } from '../utils/regions.ts';
import { ChartSection, Legend } from '../../../components/chart.tsx';
import { StackTable } from './stack-table.tsx';

interface YearRegionChartProps {
  title: string;
  caption: ReactNode;
  /** Said when there is nothing to draw. */
  empty: string;
  /** The unit counted, as the heading of the table's total column and the axis. */
  countLabel: string;
  rows: readonly YearRegionCount[];
  /** All regions in their order; the chart uses those with a count. */
  regions: readonly string[];
  regionName: (code: string) => string;
}

const HEIGHT = 260;
const MARGIN = { top: 12, right: 8, bottom: 34, left: 36 };

export function YearRegionChart(props: YearRegionChartProps) {
  const { title, caption, empty, countLabel, rows, regions, regionName } = props;
  const { t } = useTranslation('partner_analysis');
  const { year } = useYearFormat();
  const years = yearSpan(rows);
  const regionsInUse = regions.filter((code) => rows.some((row) => row.regionCode === code && row.count > 0));
  const stacks = stackCounts(
    rows.map((row) => ({ group: row.year, key: row.regionCode, count: row.count })),
    years,
    regionsInUse,
  );

  return (
    <ChartSection
      title={title}
      caption={caption}
      dataTable={
        years.length > 0 ? (
          <StackTable
            stacks={stacks.filter((stack) => stack.total > 0)}
            keys={regionsInUse}
            caption={title}
            groupHeading={t('columns.year')}
            groupName={year}
            keyName={regionName}
            totalHeading={countLabel}
          />
        ) : undefined
      }
    >
      {({ titleId, captionId }) =>
        years.length === 0 ? (
          <p className="empty">{empty}</p>
        ) : (
          <>
            <Legend
              label={t('legend.regions')}
              items={regionsInUse.map((code) => ({
                key: code,
                label: regionName(code),
                colour: regionColour(code, regions.indexOf(code)),
              }))}
            />
            <Columns
              stacks={stacks}
              regions={regions}
              regionName={regionName}
              titleId={titleId}
              captionId={captionId}
            />
          </>
        )
      }
    </ChartSection>
  );
}

function Columns({
  stacks,
  regions,
  regionName,
  titleId,
  captionId,
}: {
  stacks: Stack<number, string>[];
  regions: readonly string[];
  regionName: (code: string) => string;
  titleId: string;
  captionId: string;
}) {
  const { t } = useTranslation('partner_analysis');
  const { number } = useFormat();
  const { yearNumber } = useYearFormat();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<number>()
    .domain(stacks.map((stack) => stack.group))
    .range([0, innerWidth])
    .paddingInner(stacks.length > 30 ? 0.15 : 0.25);
  const y = scaleLinear()
    .domain([0, largestTotal(stacks)])
    .nice()
    .range([innerHeight, 0]);
  const yTicks = y.ticks(Math.min(5, y.domain()[1] ?? 1)).filter((tick) => Number.isInteger(tick));
  const step = yearLabelStep(stacks.length, innerWidth, 44);

  return (
    <div ref={ref} className="pa-columns">
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={captionId}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {yTicks.map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x1={0} x2={innerWidth} stroke={tick === 0 ? '#66727f' : '#dde3e8'} />
              <text x={-6} dy="0.32em" textAnchor="end" className="pa-axis-text">
                {number(tick)}
              </text>
            </g>
          ))}
          {stacks.map((stack) => {
            const left = x(stack.group) ?? 0;
            // Round years of the reader's era: 2510, 2520… in Thai; 1970, 1980… in English.
            const isLabelled = step === 1 || Number(yearNumber(stack.group)) % step === 0;
            return (
              <g key={stack.group}>
                {stack.segments.map((segment) => (
                  <rect
                    key={segment.key}
                    x={left}
                    width={x.bandwidth()}
                    y={y(segment.start + segment.count)}
                    height={Math.max(0, y(segment.start) - y(segment.start + segment.count))}
                    fill={regionColour(segment.key, regions.indexOf(segment.key))}
                    stroke="#fff"
                    strokeWidth={x.bandwidth() > 6 ? 1 : 0.5}
                  >
                    <title>
                      {t('per_year.segment', {
                        year: yearNumber(stack.group),
                        region: regionName(segment.key),
                        number: number(segment.count),
                      })}
                    </title>
                  </rect>
                ))}
                {isLabelled ? (
                  <>
                    <line
                      x1={left + x.bandwidth() / 2}
                      x2={left + x.bandwidth() / 2}
                      y1={innerHeight}
                      y2={innerHeight + 5}
                      stroke="#66727f"
                    />
                    <text
                      x={left + x.bandwidth() / 2}
                      y={innerHeight + 20}
                      textAnchor="middle"
                      className="pa-axis-text"
                    >
                      {yearNumber(stack.group)}
                    </text>
                  </>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
