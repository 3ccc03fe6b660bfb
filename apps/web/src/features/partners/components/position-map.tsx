/**
 * Where a partner is: a small map around it with Bangkok, the great-circle line between the two and
 * the distance. Drawn from the bundled Natural Earth countries with d3-geo: no tile service, no network.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { geoDistance, geoEqualEarth, geoPath } from 'd3-geo';
import { useFormat } from '../../../lib/format.ts';
import { BANGKOK, worldCountries } from '../../../lib/world.ts';

const WIDTH = 480;
const HEIGHT = 300;
const EARTH_RADIUS_KM = 6371;
/** Seen from Bangkok, a partner closer than this is framed with room around both. */
const MIN_SPAN_DEGREES = 12;

export function PositionMap({
  longitude,
  latitude,
  name,
}: {
  longitude: number;
  latitude: number;
  name: string;
}) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const drawing = useMemo(() => {
    const partner: [number, number] = [longitude, latitude];
    const bangkok: [number, number] = [BANGKOK[0], BANGKOK[1]];
    const line = { type: 'LineString' as const, coordinates: [bangkok, partner] };
    // Frame both places; the projection is centred between them so neither sits on the edge.
    const centre = (longitude + BANGKOK[0]) / 2;
    const span = Math.max(
      MIN_SPAN_DEGREES,
      Math.abs(longitude - BANGKOK[0]) / 2,
      Math.abs(latitude - BANGKOK[1]) / 2,
    );
    const box = {
      type: 'MultiPoint' as const,
      coordinates: [
        [Math.min(longitude, BANGKOK[0]) - span / 2, Math.min(latitude, BANGKOK[1]) - span / 2],
        [Math.max(longitude, BANGKOK[0]) + span / 2, Math.max(latitude, BANGKOK[1]) + span / 2],
      ],
    };
    const projection = geoEqualEarth()
      .rotate([-centre, 0])
      .fitExtent(
        [
          [12, 12],
          [WIDTH - 12, HEIGHT - 12],
        ],
        box,
      );
    const path = geoPath(projection);
    return {
      countries: worldCountries().map((country, index) => ({
        key: `${String(country.id ?? 'none')}-${index}`,
        d: path(country) ?? '',
      })),
      line: path(line) ?? '',
      partner: projection(partner),
      bangkok: projection(bangkok),
      distanceKm: Math.round(geoDistance(bangkok, partner) * EARTH_RADIUS_KM),
    };
  }, [longitude, latitude]);

  const description = t('position.map_description', {
    name,
    distance: format.number(drawing.distanceKm),
  });
  return (
    <figure className="partner-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={description}
        className="partner-map__svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <rect width={WIDTH} height={HEIGHT} className="partner-map__sea" />
        <g className="partner-map__land">
          {drawing.countries.map((country) => (
            <path key={country.key} d={country.d} />
          ))}
        </g>
        <path d={drawing.line} className="partner-map__line" />
        {drawing.bangkok && (
          <g transform={`translate(${drawing.bangkok[0]},${drawing.bangkok[1]})`}>
            <rect x={-5} y={-5} width={10} height={10} className="partner-map__bangkok" />
            <text x={9} y={4} className="partner-map__label">
              {t('position.bangkok')}
            </text>
          </g>
        )}
        {drawing.partner && (
          <g transform={`translate(${drawing.partner[0]},${drawing.partner[1]})`}>
            <circle r={7} className="partner-map__point" />
            <text x={11} y={4} className="partner-map__label">
              {name}
            </text>
          </g>
        )}
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
