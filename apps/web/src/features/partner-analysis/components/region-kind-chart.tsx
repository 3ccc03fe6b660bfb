/** Partners by region, each bar split by kind of partner: where Bangkok's network is, and what it is made of. */
import { useTranslation } from 'react-i18next';
import { partnerKinds, type PartnerAnalysis } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useKindLabel } from '../hooks/use-labels.ts';
import { largestTotal, stackCounts } from '../utils/chart-data.ts';
import { kindColours } from '../utils/kinds.ts';
import { ChartSection, Legend } from '../../../components/chart.tsx';
import { StackTable } from './stack-table.tsx';

interface RegionKindChartProps {
  rows: PartnerAnalysis['byRegionKind'];
  regions: readonly string[];
  regionName: (code: string) => string;
}

export function RegionKindChart({ rows, regions, regionName }: RegionKindChartProps) {
  const { t } = useTranslation('partner_analysis');
  const { number } = useFormat();
  const kindLabel = useKindLabel();
  const stacks = stackCounts(
    rows.map((row) => ({ group: row.regionCode, key: row.kind, count: row.count })),
    regions,
    partnerKinds,
  );
  const largest = largestTotal(stacks);
  const kindsInUse = partnerKinds.filter((kind) => rows.some((row) => row.kind === kind && row.count > 0));

  return (
    <ChartSection
      title={t('by_region.title')}
      caption={t('by_region.caption')}
      dataTable={
        <StackTable
          stacks={stacks}
          keys={kindsInUse}
          caption={t('by_region.table_caption')}
          groupHeading={t('columns.region')}
          groupName={regionName}
          keyName={kindLabel}
          totalHeading={t('columns.total')}
        />
      }
    >
      {() => (
        <>
          <Legend
            label={t('legend.kinds')}
            items={kindsInUse.map((kind) => ({
              key: kind,
              label: kindLabel(kind),
              colour: kindColours[kind],
            }))}
          />
          <ul className="pa-hbars">
            {stacks.map((stack) => (
              <li key={stack.group} className="pa-hbars__row">
                <span className="pa-hbars__label">{regionName(stack.group)}</span>
                <svg className="pa-hbars__bar" width="100%" height="22" aria-hidden="true">
                  <rect x="0" y="0" width="100%" height="22" fill="#eef2f5" />
                  {stack.segments.map((segment) => (
                    <rect
                      key={segment.key}
                      x={`${(segment.start / largest) * 100}%`}
                      y="0"
                      width={`${(segment.count / largest) * 100}%`}
                      height="22"
                      fill={kindColours[segment.key]}
                      stroke="#fff"
                      strokeWidth="1"
                    >
                      <title>
                        {t('by_region.segment', {
                          kind: kindLabel(segment.key),
                          number: number(segment.count),
                        })}
                      </title>
                    </rect>
                  ))}
                </svg>
                <span className="pa-hbars__total">{number(stack.total)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </ChartSection>
  );
}
