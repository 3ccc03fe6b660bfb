/**
 * Looks up the position of each sister city in `city-timezones` (its rows match simplemaps World
 * Cities Basic, CC BY 4.0; the package does not name its source) and prints them, so the latitude,
 * longitude and position_source columns of `data/reference/partners/partner-details.csv` can be
 * reproduced. A province or prefecture takes the position of its capital city.
 *
 * Run: `npx tsx scripts/reference/build-partner-positions.ts`. It also compares the figures with
 * partner-details.csv and exits with 1 when they differ, so a hand edit that drifts is caught.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import cityTimezones from 'city-timezones';

const partnersDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/reference/partners',
);

const DATASET = 'simplemaps World Cities Basic via npm city-timezones 1.3.4';

/** How each sister city is found in the dataset: its name there, its country, and the capital for a province. */
const lookups: Record<string, { city: string; country: string; capitalOf?: string }> = {
  'sister_cities.csv#1': { city: 'Washington, D.C.', country: 'US' },
  'sister_cities.csv#2': { city: 'Beijing', country: 'CN' },
  'sister_cities.csv#3': { city: 'Budapest', country: 'HU' },
  'sister_cities.csv#4': { city: 'Brisbane', country: 'AU' },
  'sister_cities.csv#5': { city: 'Moscow', country: 'RU' },
  'sister_cities.csv#6': { city: 'St. Petersburg', country: 'RU' },
  'sister_cities.csv#7': { city: 'Manila', country: 'PH' },
  'sister_cities.csv#8': { city: 'Jakarta', country: 'ID' },
  'sister_cities.csv#9': { city: 'Hanoi', country: 'VN' },
  'sister_cities.csv#10': { city: 'Vientiane', country: 'LA' },
  'sister_cities.csv#11': { city: 'Astana', country: 'KZ' },
  'sister_cities.csv#12': { city: 'Chaozhou', country: 'CN' },
  'sister_cities.csv#13': { city: 'Fukuoka', country: 'JP', capitalOf: 'Fukuoka Prefecture' },
  'sister_cities.csv#14': { city: 'Seoul', country: 'KR' },
  'sister_cities.csv#15': { city: 'Guangzhou', country: 'CN' },
  'sister_cities.csv#16': { city: 'Lausanne', country: 'CH' },
  'sister_cities.csv#17': { city: 'Busan', country: 'KR' },
  'sister_cities.csv#18': { city: 'Chongqing', country: 'CN' },
  'sister_cities.csv#19': { city: 'Tianjin', country: 'CN' },
  'sister_cities.csv#20': { city: 'Ankara', country: 'TR' },
  'sister_cities.csv#21': { city: 'George Town', country: 'MY' },
  'sister_cities.csv#22': { city: 'Nagoya', country: 'JP', capitalOf: 'Aichi Prefecture' },
  'sister_cities.csv#23': { city: 'Shanghai', country: 'CN' },
  'sister_cities.csv#24': { city: 'Phnom Penh', country: 'KH' },
  'sister_cities.csv#25': { city: 'Wuhan', country: 'CN' },
  'sister_cities.csv#26': { city: 'Ho Chi Minh City', country: 'VN' },
  'sister_cities.csv#27': { city: 'Daegu', country: 'KR' },
  'sister_cities.csv#28': { city: 'Ulaanbaatar', country: 'MN' },
  'sister_cities.csv#29': { city: 'Porto', country: 'PT' },
  'sister_cities.csv#30': { city: 'Jinan', country: 'CN', capitalOf: 'Shandong Province' },
  'sister_cities.csv#31': { city: 'Hue', country: 'VN', capitalOf: 'Thua Thien-Hue Province' },
  'sister_cities.csv#32': { city: 'Shantou', country: 'CN' },
  'sister_cities.csv#33': { city: 'Chengdu', country: 'CN' },
  'sister_cities.csv#34': { city: 'Istanbul', country: 'TR' },
};

interface DetailRow {
  import_key: string;
  latitude: string;
  longitude: string;
  position_source: string;
  time_zone: string;
}

/** Four decimals: about 11 m, finer than a city's extent. */
const round = (value: number): string => value.toFixed(4);

function main(): void {
  const details: DetailRow[] = parse(fs.readFileSync(path.join(partnersDir, 'partner-details.csv')), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
  const committed = new Map(details.map((row) => [row.import_key, row]));

  const differences: string[] = [];
  process.stdout.write('import_key,latitude,longitude,position_source,dataset_time_zone\n');
  for (const [importKey, { city, country, capitalOf }] of Object.entries(lookups)) {
    const matches = cityTimezones.lookupViaCity(city).filter((match) => match.iso2 === country);
    const match = matches[0];
    if (!match || matches.length > 1) {
      differences.push(`${importKey}: ${matches.length} matches for ${city} (${country})`);
      continue;
    }
    const latitude = round(match.lat);
    const longitude = round(match.lng);
    const positionSource = capitalOf ? `capital ${city}; ${DATASET}` : DATASET;
    process.stdout.write(`${importKey},${latitude},${longitude},${positionSource},${match.timezone}\n`);

    const row = committed.get(importKey);
    if (!row) {
      differences.push(`${importKey}: not in partner-details.csv`);
    } else if (
      row.latitude !== latitude ||
      row.longitude !== longitude ||
      row.position_source !== positionSource
    ) {
      differences.push(
        `${importKey}: partner-details.csv has ${row.latitude},${row.longitude} (${row.position_source})`,
      );
    }
    if (row && row.time_zone !== match.timezone) {
      process.stderr.write(
        `note ${importKey}: partner-details.csv uses ${row.time_zone}; the dataset says ${match.timezone}\n`,
      );
    }
  }
  if (differences.length > 0) {
    process.stderr.write(`Differences:\n${differences.join('\n')}\n`);
    process.exitCode = 1;
  }
}

main();
