/** Partners with no activity for the configured period: the relationships to revive or review. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerSummary } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCountryName } from '../hooks/use-country-name.ts';
import { useKindLabel } from '../hooks/use-labels.ts';
import { partnerName } from '../utils/partner-name.ts';
import { ChartSection } from '../../../components/chart.tsx';

interface DormantTableProps {
  partners: readonly PartnerSummary[];
  months: number;
}

export function DormantTable({ partners, months }: DormantTableProps) {
  const { t } = useTranslation('partner_analysis');
  const format = useFormat();
  const countryName = useCountryName();
  const kindLabel = useKindLabel();
  // The longest silence first; partners never heard from lead.
  const sorted = [...partners].sort((a, b) => (a.lastActivityOn ?? '').localeCompare(b.lastActivityOn ?? ''));
  return (
    <ChartSection
      title={t('dormant.title', { number: format.number(partners.length) })}
      caption={t('dormant.caption', { months: format.number(months) })}
    >
      {() =>
        sorted.length === 0 ? (
          <p className="empty">{t('dormant.none')}</p>
        ) : (
          <div className="table-wrap pa-table-scroll" tabIndex={0} aria-label={t('dormant.table_caption')}>
            <table className="table table-compact pa-dormant">
              <caption className="visually-hidden">{t('dormant.table_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.partner')}</th>
                  <th scope="col">{t('columns.kind')}</th>
                  <th scope="col">{t('columns.country')}</th>
                  <th scope="col">{t('columns.last_activity')}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((partner) => (
                  <tr key={partner.id}>
                    <th scope="row">
                      <Link to={paths.partner(partner.id)}>{partnerName(partner, format.locale)}</Link>
                    </th>
                    <td>{kindLabel(partner.kind)}</td>
                    <td>{countryName(partner.countryCode) || t('labels.no_country')}</td>
                    <td className="cell-nowrap">
                      {partner.lastActivityOn ? format.date(partner.lastActivityOn) : t('dormant.never')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </ChartSection>
  );
}
