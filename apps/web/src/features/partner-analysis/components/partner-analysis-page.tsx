/**
 * /partners/analysis — the strategic plan's questions about the partner network, answered from the
 * registry: where the partners are (map, regions), how much of it is ASEAN, how agreements and
 * activities grew year by year, who has gone quiet, and who cooperates in what.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerAnalysis, PartnerReference, PartnerSummary } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { usePartnerAnalysis, usePartnerNames, usePartnerReference } from '../api/analysis.ts';
import { useRegionName } from '../hooks/use-labels.ts';
import { regionOrder } from '../utils/regions.ts';
import { AseanShare, Totals } from './asean-share.tsx';
import { DormantTable } from './dormant-table.tsx';
import { FieldMatrix } from './field-matrix.tsx';
import { RegionKindChart } from './region-kind-chart.tsx';
import { WorldMap } from './world-map.tsx';
import { YearRegionChart } from './year-region-chart.tsx';
import '../partner-analysis.css';

export function PartnerAnalysisPage() {
  const { t } = useTranslation('partner_analysis');
  const analysis = usePartnerAnalysis();
  const reference = usePartnerReference();
  const names = usePartnerNames();
  const failed = [analysis, reference, names].find((query) => query.isError);

  return (
    <div className="pa-page">
      <PageHeader
        title={t('page.title')}
        intro={<p>{t('page.intro')}</p>}
        actions={
          <Link className="button button-secondary" to={paths.partners}>
            {t('page.to_list')}
          </Link>
        }
      />
      {failed ? (
        <QueryError
          error={failed.error}
          onRetry={() => {
            void analysis.refetch();
            void reference.refetch();
            void names.refetch();
          }}
        />
      ) : analysis.data && reference.data && names.data ? (
        <AnalysisView analysis={analysis.data} reference={reference.data} partners={names.data} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function AnalysisView({
  analysis,
  reference,
  partners,
}: {
  analysis: PartnerAnalysis;
  reference: PartnerReference;
  partners: readonly PartnerSummary[];
}) {
  const { t } = useTranslation('partner_analysis');
  const regionName = useRegionName(reference);
  const regions = regionOrder(reference.regions, [
    ...analysis.byRegionKind.map((row) => row.regionCode),
    ...analysis.agreementsPerYear.map((row) => row.regionCode),
    ...analysis.activitiesPerYear.map((row) => row.regionCode),
  ]);

  return (
    <div className="stack">
      <Totals totals={analysis.totals} />
      <WorldMap
        points={analysis.mapPoints}
        totalPartners={analysis.totals.partners}
        reference={reference}
        regions={regions}
        regionName={regionName}
      />
      <div className="pa-grid">
        <RegionKindChart rows={analysis.byRegionKind} regions={regions} regionName={regionName} />
        <AseanShare totals={analysis.totals} />
      </div>
      <YearRegionChart
        title={t('agreements.title')}
        caption={t('agreements.caption')}
        empty={t('agreements.empty')}
        countLabel={t('agreements.count')}
        rows={analysis.agreementsPerYear}
        regions={regions}
        regionName={regionName}
      />
      <YearRegionChart
        title={t('activities.title')}
        caption={t('activities.caption')}
        empty={t('activities.empty')}
        countLabel={t('activities.count')}
        rows={analysis.activitiesPerYear}
        regions={regions}
        regionName={regionName}
      />
      <DormantTable partners={analysis.dormant} months={analysis.dormantAfterMonths} />
      <FieldMatrix matrix={analysis.fieldMatrix} partners={partners} reference={reference} />
    </div>
  );
}
