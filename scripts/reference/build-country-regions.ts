/**
 * Writes `data/reference/partners/country-regions.csv`: every ISO 3166-1 alpha-2 code that
 * `i18n-iso-countries` knows, mapped to one of the platform's ten regions (`regions.csv`).
 *
 * The region comes from the UN M49 region and subregion that `world-countries` gives for each country,
 * with the exceptions below; the ASEAN member states come from `asean_member_states.csv`. The rules and
 * the reasons for each exception are in `data/reference/README.md`.
 *
 * Run: `npx tsx scripts/reference/build-country-regions.ts`; commit the CSV it writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';

const partnersDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/reference/partners',
);

/** UN M49 subregion (as `world-countries` spells it) → region, for the regions split by subregion. */
const regionOfSubregion: Record<string, string> = {
  'South-Eastern Asia': 'southeast_asia_other',
  'Eastern Asia': 'east_asia',
  'Southern Asia': 'south_asia',
  'Central Asia': 'central_asia',
  'Western Asia': 'middle_east',
};

/** UN M49 region → region, for the regions taken whole. */
const regionOfRegion: Record<string, string> = {
  Europe: 'europe',
  Americas: 'americas',
  Oceania: 'oceania',
  Africa: 'africa',
};

/** Countries placed against their M49 subregion, and the places M49 leaves without a region. */
const exceptions: Record<string, { region: string; why: string }> = {
  IR: {
    region: 'middle_east',
    why: 'Iran: M49 Southern Asia; placed with the Middle East, as usual in diplomacy',
  },
  GE: { region: 'europe', why: 'Georgia: M49 Western Asia; South Caucasus, member of the Council of Europe' },
  AM: { region: 'europe', why: 'Armenia: M49 Western Asia; South Caucasus, member of the Council of Europe' },
  AZ: {
    region: 'europe',
    why: 'Azerbaijan: M49 Western Asia; South Caucasus, member of the Council of Europe',
  },
  CY: { region: 'europe', why: 'Cyprus: EU member (world-countries already lists it in Southern Europe)' },
  AQ: {
    region: 'oceania',
    why: 'Antarctica: no M49 region; placed with Oceania (Australia and New Zealand hold the largest claims)',
  },
  BV: { region: 'americas', why: 'Bouvet Island: M49 lists it under South America' },
  GS: { region: 'americas', why: 'South Georgia and the South Sandwich Islands: M49 South America' },
  HM: { region: 'oceania', why: 'Heard Island and McDonald Islands: M49 Australia and New Zealand' },
  TF: { region: 'africa', why: 'French Southern Territories: M49 Eastern Africa' },
};

interface AseanRow {
  alpha2: string;
}

function main(): void {
  const aseanRows: AseanRow[] = parse(fs.readFileSync(path.join(partnersDir, 'asean_member_states.csv')), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
  const asean = new Set(aseanRows.map((row) => row.alpha2));
  const byCode = new Map(worldCountries.map((country) => [country.cca2, country]));

  const rows: string[] = [];
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const country = byCode.get(code);
    const region = asean.has(code)
      ? 'asean'
      : (exceptions[code]?.region ??
        (country ? (regionOfSubregion[country.subregion] ?? regionOfRegion[country.region]) : undefined));
    if (!region) {
      problems.push(
        `${code}: no region (world-countries: ${country ? `${country.region} / ${country.subregion}` : 'missing'})`,
      );
      continue;
    }
    rows.push(`${code},${region},${asean.has(code)}`);
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  if (problems.length > 0) {
    process.stderr.write(`Countries without a region:\n${problems.join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  for (const code of asean) {
    if (!countries.isValid(code)) problems.push(`${code}: ASEAN code unknown to i18n-iso-countries`);
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exitCode = 1;
    return;
  }

  const file = path.join(partnersDir, 'country-regions.csv');
  fs.writeFileSync(file, `country_code,region_code,is_asean\n${rows.join('\n')}\n`);
  process.stdout.write(`Wrote ${rows.length} countries to ${path.relative(process.cwd(), file)}\n`);
  for (const [region, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    process.stdout.write(`  ${region.padEnd(22)} ${count}\n`);
  }
  process.stdout.write('Exceptions to the M49 subregions:\n');
  for (const [code, { region, why }] of Object.entries(exceptions)) {
    process.stdout.write(`  ${code} → ${region}: ${why}\n`);
  }
}

main();
