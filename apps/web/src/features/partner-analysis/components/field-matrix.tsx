/**
 * Which partner cooperates in which field (from its agreements and activities): a table with a tick
 * where they meet. Only fields and partners with at least one tick are shown; the rest are counted.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerAnalysis, PartnerReference, PartnerSummary } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useFieldName } from '../hooks/use-labels.ts';
import { partnerName } from '../utils/partner-name.ts';
import { ChartSection } from '../../../components/chart.tsx';

interface FieldMatrixProps {
  matrix: PartnerAnalysis['fieldMatrix'];
  partners: readonly PartnerSummary[];
  reference: PartnerReference;
}

export function FieldMatrix({ matrix, partners, reference }: FieldMatrixProps) {
  const { t } = useTranslation('partner_analysis');
  const format = useFormat();
  const fieldName = useFieldName(reference);
  const byId = new Map(partners.map((partner) => [partner.id, partner]));
  const rows = matrix
    .filter((row) => row.fields.length > 0)
    .map((row) => ({ ...row, partner: byId.get(row.partnerId) }))
    .flatMap((row) => (row.partner ? [{ fields: new Set(row.fields), partner: row.partner }] : []))
    .sort((a, b) =>
      partnerName(a.partner, format.locale).localeCompare(
        partnerName(b.partner, format.locale),
        format.locale,
      ),
    );
  const used = new Set(rows.flatMap((row) => [...row.fields]));
  const known = reference.cooperationFields.map((field) => field.code);
  const columns = [
    ...known.filter((code) => used.has(code)),
    ...[...used].filter((code) => !known.includes(code)),
  ];
  const without = matrix.length - rows.length;

  return (
    <ChartSection
      title={t('matrix.title')}
      caption={t('matrix.caption', {
        partners: format.number(rows.length),
        fields: format.number(columns.length),
      })}
      className="pa-matrix-section"
    >
      {() =>
        rows.length === 0 ? (
          <p className="empty">{t('matrix.empty')}</p>
        ) : (
          <>
            <div className="table-wrap pa-matrix-wrap" tabIndex={0} aria-label={t('matrix.table_caption')}>
              <table className="table table-compact pa-matrix">
                <caption className="visually-hidden">{t('matrix.table_caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pa-matrix__corner">
                      {t('columns.partner')}
                    </th>
                    {columns.map((code) => (
                      <th key={code} scope="col" className="pa-matrix__field">
                        <span>{fieldName(code)}</span>
                      </th>
                    ))}
                    <th scope="col" className="pa-matrix__field">
                      <span>{t('columns.field_count')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.partner.id}>
                      <th scope="row" className="pa-matrix__partner">
                        <Link to={paths.partner(row.partner.id)}>
                          {partnerName(row.partner, format.locale)}
                        </Link>
                      </th>
                      {columns.map((code) =>
                        row.fields.has(code) ? (
                          <td key={code} className="pa-matrix__tick">
                            <span aria-hidden="true">✓</span>
                            <span className="visually-hidden">{t('matrix.yes')}</span>
                          </td>
                        ) : (
                          <td key={code} />
                        ),
                      )}
                      <td className="pa-matrix__count">{format.number(row.fields.size)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {without > 0 ? (
              <p className="pa-note">{t('matrix.without', { number: format.number(without) })}</p>
            ) : null}
          </>
        )
      }
    </ChartSection>
  );
}
