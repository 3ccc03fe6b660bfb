/**
 * Reads the partner registry's reference files in `data/reference/partners/`: the regions, the
 * country → region table, the cooperation fields, and Bangkok's sister cities and networks joined with
 * their curated interpretation (`partner-details.csv`). Pure: it reads files and returns plain records;
 * loading them into the database is the caller's job. The files and their sources are described in
 * `data/reference/README.md`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  AgreementTypeSchema,
  PartnerKindSchema,
  VerificationSchema,
  type AgreementType,
  type PartnerKind,
  type SourceRef,
  type Verification,
} from '@bia/contracts';
import { referenceDataDir } from '../../shared/paths.ts';

export const partnerReferenceDir = path.join(referenceDataDir, 'partners');

export interface ReferenceRegion {
  code: string;
  nameTh: string;
  nameEn: string;
  sortOrder: number;
}

export interface ReferenceCountryRegion {
  countryCode: string;
  regionCode: string;
  isAsean: boolean;
}

export interface ReferenceCooperationField {
  code: string;
  nameTh: string;
  nameEn: string;
  sortOrder: number;
}

export interface ReferenceAgreement {
  /** `${partner importKey}/agreement` */
  importKey: string;
  type: AgreementType;
  /** The source's wording of the agreement type, as given. */
  title: string | null;
  signedOn: string | null;
  signedYear: number | null;
  fields: string[];
  /** The source's wording of the cooperation fields, as given. */
  fieldsNote: string | null;
  verification: Verification;
  sources: SourceRef[];
  notes: string | null;
}

export interface ReferencePartner {
  importKey: string;
  kind: PartnerKind;
  nameTh: string | null;
  nameThSource: string | null;
  nameEn: string | null;
  nameLocal: string | null;
  nameLocalLang: string | null;
  acronym: string | null;
  countryCode: string | null;
  regionCode: string | null;
  timeZone: string | null;
  latitude: number | null;
  longitude: number | null;
  positionSource: string | null;
  verification: Verification;
  /** The source's wording of how strong the evidence is. */
  verificationNote: string | null;
  sources: SourceRef[];
  sourceNotes: string | null;
  membershipStatus: string | null;
  memberSinceYear: number | null;
  agreement: ReferenceAgreement | null;
}

export interface ReferencePartnerData {
  regions: ReferenceRegion[];
  countryRegions: ReferenceCountryRegion[];
  cooperationFields: ReferenceCooperationField[];
  partners: ReferencePartner[];
}

interface CodeNameRow {
  code: string;
  name_th: string;
  name_en: string;
  sort_order: string;
}

interface CountryRegionRow {
  country_code: string;
  region_code: string;
  is_asean: string;
}

interface SisterCityRow {
  seq: string;
  city_en: string;
  city_th: string;
  city_th_source: string;
  country_en: string;
  country_iso2: string;
  agreement_type: string;
  date_signed: string;
  year_signed: string;
  cooperation_fields: string;
  verification: string;
  sources: string;
  notes: string;
}

interface NetworkRow {
  network: string;
  acronym: string;
  bangkok_status: string;
  year_joined: string;
  details: string;
  sources: string;
}

interface DetailRow {
  import_key: string;
  kind: string;
  name_local: string;
  name_local_lang: string;
  time_zone: string;
  latitude: string;
  longitude: string;
  position_source: string;
  verification: string;
  agreement_type: string;
  cooperation_fields: string;
  region_code: string;
  name_th: string;
}

function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(partnerReferenceDir, file)), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function numberOrNull(value: string, what: string): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`Partner reference data: ${what} is not a number: ${value}`);
  return number;
}

const splitList = (value: string, separator: string): string[] =>
  value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * One entry of a `sources` cell: a URL, optionally followed by a remark in parentheses; or a remark
 * alone when the source has no address.
 */
export function parseSourceRef(entry: string): SourceRef {
  const match = /^(https?:\/\/\S+)\s*(.*)$/.exec(entry.trim());
  if (!match?.[1]) return { note: entry.trim() };
  const rest = (match[2] ?? '').trim();
  if (rest === '') return { url: match[1] };
  const note = rest.startsWith('(') && rest.endsWith(')') ? rest.slice(1, -1).trim() : rest;
  return { url: match[1], note };
}

/** The `sources` cell lists its entries separated by ` ; `. */
export const parseSources = (cell: string): SourceRef[] =>
  cell
    .split(' ; ')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseSourceRef);

function readCodeNames(file: string): { code: string; nameTh: string; nameEn: string; sortOrder: number }[] {
  return readCsv<CodeNameRow>(file)
    .map((row) => ({
      code: row.code,
      nameTh: row.name_th,
      nameEn: row.name_en,
      sortOrder: Number(row.sort_order),
    }))
    .sort((a, b) => a.sortOrder - b.sortOrder);
}

export function readReferencePartnerData(): ReferencePartnerData {
  const regions: ReferenceRegion[] = readCodeNames('regions.csv');
  const cooperationFields: ReferenceCooperationField[] = readCodeNames('cooperation-fields.csv');
  const countryRegions: ReferenceCountryRegion[] = readCsv<CountryRegionRow>('country-regions.csv').map(
    (row) => ({
      countryCode: row.country_code,
      regionCode: row.region_code,
      isAsean: row.is_asean === 'true',
    }),
  );

  const regionCodes = new Set(regions.map((region) => region.code));
  const fieldCodes = new Set(cooperationFields.map((field) => field.code));
  const regionOfCountry = new Map(countryRegions.map((row) => [row.countryCode, row.regionCode]));
  for (const row of countryRegions) {
    if (!regionCodes.has(row.regionCode)) {
      throw new Error(
        `Partner reference data: country ${row.countryCode} has unknown region ${row.regionCode}`,
      );
    }
  }

  const details = new Map(readCsv<DetailRow>('partner-details.csv').map((row) => [row.import_key, row]));
  const detailOf = (importKey: string): DetailRow => {
    const row = details.get(importKey);
    if (!row) throw new Error(`Partner reference data: ${importKey} has no row in partner-details.csv`);
    return row;
  };
  const fieldsOf = (detail: DetailRow): string[] => {
    const fields = splitList(detail.cooperation_fields, ';');
    for (const field of fields) {
      if (!fieldCodes.has(field)) {
        throw new Error(
          `Partner reference data: ${detail.import_key} has unknown cooperation field ${field}`,
        );
      }
    }
    return fields;
  };
  const regionOf = (detail: DetailRow): string | null => {
    const code = orNull(detail.region_code);
    if (code && !regionCodes.has(code)) {
      throw new Error(`Partner reference data: ${detail.import_key} has unknown region ${code}`);
    }
    return code;
  };

  const sisterCities = readCsv<SisterCityRow>('sister_cities.csv').map((row): ReferencePartner => {
    const importKey = `sister_cities.csv#${row.seq}`;
    const detail = detailOf(importKey);
    const countryCode = row.country_iso2.trim().toUpperCase();
    const regionCode = regionOfCountry.get(countryCode);
    if (!regionCode)
      throw new Error(`Partner reference data: ${importKey} has unknown country ${countryCode}`);
    const verification = VerificationSchema.parse(detail.verification);
    const sources = parseSources(row.sources);
    const agreementType = orNull(detail.agreement_type);
    const signedYear = numberOrNull(row.year_signed, `${importKey} year_signed`);
    const agreement: ReferenceAgreement | null =
      agreementType === null && signedYear === null
        ? null
        : {
            importKey: `${importKey}/agreement`,
            type: agreementType === null ? 'other' : AgreementTypeSchema.parse(agreementType),
            title: orNull(row.agreement_type),
            signedOn: orNull(row.date_signed),
            signedYear,
            fields: fieldsOf(detail),
            fieldsNote: orNull(row.cooperation_fields),
            verification,
            sources,
            notes: null,
          };
    return {
      importKey,
      kind: PartnerKindSchema.parse(detail.kind),
      nameTh: orNull(row.city_th),
      nameThSource: orNull(row.city_th_source),
      nameEn: orNull(row.city_en),
      nameLocal: orNull(detail.name_local),
      nameLocalLang: orNull(detail.name_local_lang),
      acronym: null,
      countryCode,
      regionCode,
      timeZone: orNull(detail.time_zone),
      latitude: numberOrNull(detail.latitude, `${importKey} latitude`),
      longitude: numberOrNull(detail.longitude, `${importKey} longitude`),
      positionSource: orNull(detail.position_source),
      verification,
      verificationNote: orNull(row.verification),
      sources,
      sourceNotes: orNull(row.notes),
      membershipStatus: null,
      memberSinceYear: null,
      agreement,
    };
  });

  const networks = readCsv<NetworkRow>('networks.csv').map((row, index): ReferencePartner => {
    const importKey = `networks.csv#${index + 1}`;
    const detail = detailOf(importKey);
    return {
      importKey,
      kind: PartnerKindSchema.parse(detail.kind),
      nameTh: orNull(detail.name_th),
      nameThSource: null,
      nameEn: orNull(row.network),
      nameLocal: null,
      nameLocalLang: null,
      acronym: orNull(row.acronym),
      countryCode: null,
      regionCode: regionOf(detail),
      timeZone: null,
      latitude: null,
      longitude: null,
      positionSource: null,
      verification: VerificationSchema.parse(detail.verification),
      verificationNote: null,
      sources: parseSources(row.sources),
      sourceNotes: orNull(row.details),
      membershipStatus: orNull(row.bangkok_status),
      memberSinceYear: numberOrNull(row.year_joined, `${importKey} year_joined`),
      agreement: null,
    };
  });

  const partners = [...sisterCities, ...networks];
  const known = new Set(partners.map((partner) => partner.importKey));
  const orphans = [...details.keys()].filter((key) => !known.has(key));
  if (orphans.length > 0) {
    throw new Error(
      `Partner reference data: partner-details.csv rows without a source row: ${orphans.join(', ')}`,
    );
  }

  return { regions, countryRegions, cooperationFields, partners };
}
