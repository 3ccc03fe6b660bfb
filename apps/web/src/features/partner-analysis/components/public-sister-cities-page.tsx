/**
 * /sister-cities — Bangkok's sister and friendship cities for anyone, without signing in. Only facts
 * the BMA itself confirms, with a source on record, are shown (the server leaves out the rest and
 * says how many it left out).
 */
import { useTranslation } from 'react-i18next';
import type { PublicSisterCities } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { usePublicSisterCities } from '../api/analysis.ts';
import { useCountryName } from '../hooks/use-country-name.ts';
import { useAgreementTypeLabel, useKindLabel } from '../hooks/use-labels.ts';
import { useYearFormat } from '../hooks/use-year.ts';
import '../partner-analysis.css';

type SisterCity = PublicSisterCities['items'][number];

export function PublicSisterCitiesPage() {
  const { t } = useTranslation('partner_analysis');
  const cities = usePublicSisterCities();
  return (
    <div className="pa-public">
      <PageHeader title={t('public.title')} intro={<p>{t('public.intro')}</p>} />
      {cities.isPending && <Loading />}
      {cities.isError && <QueryError error={cities.error} onRetry={() => void cities.refetch()} />}
      {cities.data && <SisterCityList data={cities.data} />}
    </div>
  );
}

function SisterCityList({ data }: { data: PublicSisterCities }) {
  const { t } = useTranslation('partner_analysis');
  const format = useFormat();
  const { year } = useYearFormat();
  const countryName = useCountryName();
  const agreementTypeLabel = useAgreementTypeLabel();
  const kindLabel = useKindLabel();
  const countries = new Set(data.items.flatMap((city) => (city.countryCode ? [city.countryCode] : [])));

  const yearOf = (city: SisterCity) => (city.sinceYear === null ? null : year(city.sinceYear));
  const agreementOf = (city: SisterCity) =>
    city.agreementType ? agreementTypeLabel(city.agreementType) : null;
  const notConfirmed = <span className="muted">{t('public.not_confirmed')}</span>;

  return (
    <div className="stack">
      <Alert tone="info" title={t('public.confirmed_only_title')}>
        <p>{t('public.confirmed_only')}</p>
        {data.withheld > 0 ? <p>{t('public.withheld', { number: format.number(data.withheld) })}</p> : null}
      </Alert>
      <p className="pa-public__count">
        {t('public.count', {
          cities: format.number(data.items.length),
          countries: format.number(countries.size),
        })}
      </p>
      {data.items.length === 0 ? (
        <p className="empty">{t('public.empty')}</p>
      ) : (
        <>
          <div className="table-wrap wide-only">
            <table className="table">
              <caption className="visually-hidden">{t('public.table_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('public.columns.name_th')}</th>
                  <th scope="col">{t('public.columns.name_en')}</th>
                  <th scope="col">{t('columns.country')}</th>
                  <th scope="col">{t('public.columns.since')}</th>
                  <th scope="col">{t('public.columns.agreement')}</th>
                  <th scope="col">{t('public.columns.kind')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((city, index) => (
                  <tr key={`${city.countryCode ?? ''}-${city.nameEn ?? city.nameTh ?? index}`}>
                    <th scope="row" lang="th">
                      {city.nameTh ?? notConfirmed}
                    </th>
                    <td lang="en">{city.nameEn ?? notConfirmed}</td>
                    <td>{countryName(city.countryCode)}</td>
                    <td className="cell-nowrap">{yearOf(city) ?? notConfirmed}</td>
                    <td>{agreementOf(city) ?? notConfirmed}</td>
                    <td>{kindLabel(city.kind)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="phone-cards">
            {data.items.map((city, index) => (
              <li
                key={`${city.countryCode ?? ''}-${city.nameEn ?? city.nameTh ?? index}`}
                className="pa-city"
              >
                <h2 className="pa-city__name">
                  <span lang="th">{city.nameTh ?? city.nameEn}</span>
                  {city.nameTh && city.nameEn ? (
                    <span lang="en" className="pa-city__name-en">
                      {city.nameEn}
                    </span>
                  ) : null}
                </h2>
                <dl className="pa-city__facts">
                  <div>
                    <dt>{t('columns.country')}</dt>
                    <dd>{countryName(city.countryCode)}</dd>
                  </div>
                  <div>
                    <dt>{t('public.columns.since')}</dt>
                    <dd>{yearOf(city) ?? notConfirmed}</dd>
                  </div>
                  <div>
                    <dt>{t('public.columns.agreement')}</dt>
                    <dd>{agreementOf(city) ?? notConfirmed}</dd>
                  </div>
                  <div>
                    <dt>{t('public.columns.kind')}</dt>
                    <dd>{kindLabel(city.kind)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
