/** The partners found: a table to scan and sort on wide screens, one card per partner on phones. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerSummary } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useKindLabel } from '../hooks/use-labels.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { useYearText } from '../hooks/use-year.ts';
import type { ListSort, SortKey } from '../utils/list-query.ts';
import { ArchivedBadge, SampleBadge, StatusBadge, VerificationBadge } from './badges.tsx';
import { PartnerNames } from './partner-name.tsx';

function useCells() {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const names = useReferenceNames();
  const yearText = useYearText();
  const none = <span className="partner-muted">{t('list.not_recorded')}</span>;
  return {
    country: (partner: PartnerSummary) => (partner.countryCode ? names.country(partner.countryCode) : none),
    region: (partner: PartnerSummary) =>
      partner.regionCode ? (
        <>
          {names.region(partner.regionCode)}
          {partner.isAsean && partner.regionCode !== 'asean' && (
            <span className="partner-asean"> {t('list.asean')}</span>
          )}
        </>
      ) : (
        none
      ),
    since: (partner: PartnerSummary) => (partner.sinceYear ? yearText(partner.sinceYear) : none),
    lastActivity: (partner: PartnerSummary) =>
      partner.lastActivityOn ? format.date(partner.lastActivityOn) : none,
  };
}

function NameCell({ partner }: { partner: PartnerSummary }) {
  return (
    <>
      <PartnerNames partner={partner} wrap={(name) => <Link to={paths.partner(partner.id)}>{name}</Link>} />
      {(partner.isSample || partner.archived) && (
        <span className="inline-badges partner-name-badges">
          {partner.isSample && <SampleBadge />}
          {partner.archived && <ArchivedBadge />}
        </span>
      )}
    </>
  );
}

export function PartnersTable({
  partners,
  sort,
  onSort,
}: {
  partners: PartnerSummary[];
  sort: ListSort;
  onSort: (column: SortKey) => void;
}) {
  const { t } = useTranslation('partner_pages');
  const kindLabel = useKindLabel();
  const cells = useCells();

  const sortable = (column: SortKey, label: string) => {
    const isSorted = sort.sort === column;
    const direction = isSorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined;
    return (
      <th scope="col" aria-sort={direction}>
        <button type="button" className="partner-sort-button" onClick={() => onSort(column)}>
          {label}
          <span className="partner-sort-mark" aria-hidden="true">
            {isSorted ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-wrap wide-only">
      <table className="table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            {sortable('name', t('columns.name'))}
            <th scope="col">{t('columns.kind')}</th>
            {sortable('country', t('columns.country'))}
            {sortable('region', t('columns.region'))}
            {sortable('since', t('columns.since'))}
            {sortable('last_activity', t('columns.last_activity'))}
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id} data-partner-id={partner.id}>
              <td>
                <NameCell partner={partner} />
              </td>
              <td>{kindLabel(partner.kind)}</td>
              <td>{cells.country(partner)}</td>
              <td>{cells.region(partner)}</td>
              <td className="cell-nowrap">{cells.since(partner)}</td>
              <td className="cell-nowrap">{cells.lastActivity(partner)}</td>
              <td>
                <StatusBadge status={partner.status} />
              </td>
              <td>
                <VerificationBadge verification={partner.verification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PartnersCards({ partners }: { partners: PartnerSummary[] }) {
  const { t } = useTranslation('partner_pages');
  const kindLabel = useKindLabel();
  const cells = useCells();
  return (
    <ul className="phone-cards" aria-label={t('list.caption')}>
      {partners.map((partner) => (
        <li key={partner.id} className="list-card">
          <NameCell partner={partner} />
          <dl className="partner-card__facts">
            <div>
              <dt>{t('columns.kind')}</dt>
              <dd>{kindLabel(partner.kind)}</dd>
            </div>
            <div>
              <dt>{t('columns.country')}</dt>
              <dd>{cells.country(partner)}</dd>
            </div>
            <div>
              <dt>{t('columns.region')}</dt>
              <dd>{cells.region(partner)}</dd>
            </div>
            <div>
              <dt>{t('columns.since')}</dt>
              <dd>{cells.since(partner)}</dd>
            </div>
            <div>
              <dt>{t('columns.last_activity')}</dt>
              <dd>{cells.lastActivity(partner)}</dd>
            </div>
          </dl>
          <p className="inline-badges">
            <StatusBadge status={partner.status} />
            <VerificationBadge verification={partner.verification} />
          </p>
        </li>
      ))}
    </ul>
  );
}
