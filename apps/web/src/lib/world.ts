/**
 * The world's countries from Natural Earth (world-atlas, 1:110m), bundled with the app: the map needs
 * no tile service and nothing from the network. Country ids are ISO 3166 numeric codes.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

export type CountryFeature = Feature<Geometry, { name: string }>;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Checks the bundled file's shape once, instead of trusting the type TypeScript guesses for its JSON. */
function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return candidate.type === 'Topology' && candidate.objects?.countries?.type === 'GeometryCollection';
}

function countriesTopology(): CountriesTopology {
  if (!isCountriesTopology(atlas))
    throw new Error('world-atlas/countries-110m.json is not a TopoJSON topology');
  return atlas;
}

let countries: CountryFeature[] | null = null;

/** The countries as GeoJSON, converted once on first use. */
export function worldCountries(): CountryFeature[] {
  if (!countries) {
    const topology = countriesTopology();
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    countries = collection.features;
  }
  return countries;
}

/** Bangkok City Hall (Sao Chingcha), where every line of the map starts. */
export const BANGKOK: readonly [number, number] = [100.5018, 13.7563];
