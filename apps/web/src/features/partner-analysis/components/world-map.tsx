/**
 * The world map: countries coloured by region (darker where Bangkok has a partner), Bangkok marked,
 * and one point per partner with a position, each a link to the partner's page. Drawn from the
 * bundled Natural Earth countries with d3-geo's Equal Earth projection: no tile service, no network.
 * A table of the partners by country says the same in words.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { PartnerReference, PartnerSummary } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { alpha2OfNumeric, useCountryName } from '../hooks/use-country-name.ts';
import { useElementWidth } from '../hooks/use-element-width.ts';
import { partnerName } from '../utils/partner-name.ts';
import { NO_REGION, regionColour, regionTint } from '../utils/regions.ts';
import { BANGKOK, worldCountries } from '../../../lib/world.ts';
import { ChartSection, FiguresDetails, Legend, starPath } from '../../../components/chart.tsx';

type MapView = 'world' | 'asia';

interface WorldMapProps {
  points: readonly PartnerSummary[];
  /** All partners the analysis counts, to say how many have no position. */
  totalPartners: number;
  reference: PartnerReference;
  regions: readonly string[];
  regionName: (code: string) => string;
}

/** East, South-East and South Asia, where most of Bangkok's partners are. */
const ASIA_BOX = {
  type: 'MultiPoint' as const,
  coordinates: [
    [66, -9],
    [150, -9],
    [150, 52],
    [66, 52],
  ],
};

const PARTNER_COUNTRY_TINT = 0.42;
const OTHER_COUNTRY_TINT = 0.13;
const NO_REGION_FILL = '#e4e8ec';

function projectionFor(view: MapView, width: number, height: number): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [6, 6],
    [width - 6, height - 6],
  ];
  if (view === 'asia') return geoEqualEarth().rotate([-108, 0]).fitExtent(extent, ASIA_BOX);
  return geoEqualEarth().fitExtent(extent, { type: 'Sphere' });
}

export function WorldMap({ points, totalPartners, reference, regions, regionName }: WorldMapProps) {
  const { t } = useTranslation('partner_analysis');
  const format = useFormat();
  const countryName = useCountryName();
  const [view, setView] = useState<MapView>('world');
  const { ref, width } = useElementWidth<HTMLDivElement>(960);
  const height = Math.round(view === 'world' ? width / 2.05 : Math.min(width * 0.78, 560));
  const viewGroupId = useId();

  const regionIndex = (code: string) => Math.max(0, regions.indexOf(code));
  const partnerCountries = useMemo(
    () => new Set(points.flatMap((point) => (point.countryCode ? [point.countryCode] : []))),
    [points],
  );

  const drawing = useMemo(() => {
    const projection = projectionFor(view, width, height);
    const path = geoPath(projection);
    const countries = worldCountries().map((country, index) => {
      const code = alpha2OfNumeric(country.id);
      const region = code ? reference.countryRegions[code] : undefined;
      const isPartner = code !== undefined && partnerCountries.has(code);
      const fill = region
        ? regionTint(region, regions.indexOf(region), isPartner ? PARTNER_COUNTRY_TINT : OTHER_COUNTRY_TINT)
        : NO_REGION_FILL;
      return {
        key: `${String(country.id ?? 'none')}-${index}`,
        d: path(country) ?? '',
        fill,
        stroke: isPartner && region ? regionColour(region, regions.indexOf(region)) : '#ffffff',
        isPartner,
      };
    });
    const inView = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;
    const placed = [...points]
      .sort((a, b) => (a.longitude ?? 0) - (b.longitude ?? 0))
      .flatMap((point) => {
        if (point.latitude === null || point.longitude === null) return [];
        const at = projection([point.longitude, point.latitude]);
        if (!at || !inView(at)) return [];
        const line = path({
          type: 'LineString',
          coordinates: [
            [BANGKOK[0], BANGKOK[1]],
            [point.longitude, point.latitude],
          ],
        });
        return [{ point, x: at[0], y: at[1], line: line ?? '' }];
      });
    const bangkok = projection([BANGKOK[0], BANGKOK[1]]);
    return { sphere: path({ type: 'Sphere' }) ?? '', countries, placed, bangkok };
  }, [view, width, height, reference, regions, partnerCountries, points]);

  const pointRegions = regions.filter((code) =>
    points.some((point) => (point.regionCode ?? NO_REGION) === code),
  );
  const withoutPosition = Math.max(0, totalPartners - points.length);
  const radius = view === 'world' ? 5 : 6.5;

  return (
    <ChartSection
      title={t('map.title')}
      caption={t('map.caption', { number: format.number(points.length) })}
      className="pa-map-section"
    >
      {({ titleId, captionId }) => (
        <>
          <div className="pa-map__tools">
            <div className="pa-toggle" role="group" aria-labelledby={viewGroupId}>
              <span id={viewGroupId} className="pa-toggle__label">
                {t('map.view_label')}
              </span>
              <button
                type="button"
                className="button button-secondary pa-toggle__option"
                aria-pressed={view === 'world'}
                onClick={() => setView('world')}
              >
                {t('map.view_world')}
              </button>
              <button
                type="button"
                className="button button-secondary pa-toggle__option"
                aria-pressed={view === 'asia'}
                onClick={() => setView('asia')}
              >
                {t('map.view_asia')}
              </button>
            </div>
          </div>
          <div ref={ref} className="pa-map">
            <svg
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
              role="group"
              aria-labelledby={titleId}
              aria-describedby={captionId}
              className="pa-map__svg"
            >
              <g aria-hidden="true">
                <path d={drawing.sphere} fill="#eaf3f8" stroke="#b9c9d4" strokeWidth="1" />
                {drawing.countries.map((country) => (
                  <path
                    key={country.key}
                    d={country.d}
                    fill={country.fill}
                    stroke={country.stroke}
                    strokeWidth={country.isPartner ? 0.9 : 0.5}
                    strokeLinejoin="round"
                  />
                ))}
                {drawing.placed.map(({ point, line }) => (
                  <path
                    key={point.id}
                    d={line}
                    fill="none"
                    stroke={regionColour(
                      point.regionCode ?? NO_REGION,
                      regionIndex(point.regionCode ?? NO_REGION),
                    )}
                    strokeOpacity="0.35"
                    strokeWidth="1"
                  />
                ))}
              </g>
              <g className="pa-map__points">
                {drawing.placed.map(({ point, x, y }) => (
                  <Link key={point.id} to={paths.partner(point.id)} className="pa-map__point">
                    <title>
                      {point.countryCode
                        ? t('map.point', {
                            name: partnerName(point, format.locale),
                            country: countryName(point.countryCode),
                          })
                        : partnerName(point, format.locale)}
                    </title>
                    <circle
                      cx={x}
                      cy={y}
                      r={radius}
                      fill={regionColour(
                        point.regionCode ?? NO_REGION,
                        regionIndex(point.regionCode ?? NO_REGION),
                      )}
                      stroke="#ffffff"
                      strokeWidth="1.5"
                    />
                  </Link>
                ))}
              </g>
              {drawing.bangkok ? (
                <g aria-hidden="true" className="pa-map__bangkok">
                  <path
                    d={starPath(drawing.bangkok[0], drawing.bangkok[1], 11, 4.6)}
                    fill="#ffd24d"
                    stroke="#0d2f40"
                    strokeWidth="1.5"
                    strokeLinejoin="round"
                  />
                  <text x={drawing.bangkok[0] + 13} y={drawing.bangkok[1] + 18} className="pa-map__label">
                    {t('map.bangkok')}
                  </text>
                </g>
              ) : null}
            </svg>
          </div>
          <Legend
            label={t('legend.map')}
            items={[
              { key: 'bangkok', label: t('map.bangkok'), colour: '#ffd24d', shape: 'star' },
              ...pointRegions.map((code) => ({
                key: code,
                label: regionName(code),
                colour: regionColour(code, regionIndex(code)),
                shape: 'dot' as const,
              })),
              {
                key: 'partner-country',
                label: t('map.partner_country'),
                colour: regionTint(NO_REGION, 0, PARTNER_COUNTRY_TINT + 0.2),
              },
              {
                key: 'other-country',
                label: t('map.other_country'),
                colour: regionTint(NO_REGION, 0, OTHER_COUNTRY_TINT + 0.1),
              },
            ]}
          />
          {withoutPosition > 0 ? (
            <p className="pa-note">{t('map.without_position', { number: format.number(withoutPosition) })}</p>
          ) : null}
          <PartnersByCountry points={points} />
        </>
      )}
    </ChartSection>
  );
}

/** The map in words: each country with its partners, for screen readers and for a quick read. */
function PartnersByCountry({ points }: { points: readonly PartnerSummary[] }) {
  const { t } = useTranslation('partner_analysis');
  const format = useFormat();
  const countryName = useCountryName();
  const groups = new Map<string, PartnerSummary[]>();
  for (const point of points) {
    const code = point.countryCode ?? '';
    groups.set(code, [...(groups.get(code) ?? []), point]);
  }
  const rows = [...groups.entries()]
    .map(([code, partners]) => ({
      code,
      name: code ? countryName(code) : t('labels.no_country'),
      partners: partners.sort((a, b) =>
        partnerName(a, format.locale).localeCompare(partnerName(b, format.locale), format.locale),
      ),
    }))
    .sort((a, b) => b.partners.length - a.partners.length || a.name.localeCompare(b.name, format.locale));

  return (
    <FiguresDetails summary={t('map.table_summary')}>
      <table className="table table-compact chart-numbers">
        <caption className="visually-hidden">{t('map.table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.country')}</th>
            <th scope="col">{t('columns.count')}</th>
            <th scope="col">{t('columns.partners')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td>{format.number(row.partners.length)}</td>
              <td>
                <ul className="pa-inline-list">
                  {row.partners.map((partner) => (
                    <li key={partner.id}>
                      <Link to={paths.partner(partner.id)}>{partnerName(partner, format.locale)}</Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </FiguresDetails>
  );
}
