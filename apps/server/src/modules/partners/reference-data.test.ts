import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { isIsoLanguageCode, needsSource } from '@bia/contracts';
import { parseSourceRef, readReferencePartnerData, type ReferencePartner } from './reference-data.ts';

const data = readReferencePartnerData();

function partnerNamed(nameEn: string): ReferencePartner {
  const partner = data.partners.find((candidate) => candidate.nameEn === nameEn);
  if (!partner) throw new Error(`no partner named ${nameEn}`);
  return partner;
}

describe('partner reference data', () => {
  it('holds the 34 sister cities and the 13 networks of the sources', () => {
    const sisterCities = data.partners.filter((partner) =>
      partner.importKey.startsWith('sister_cities.csv#'),
    );
    const networks = data.partners.filter((partner) => partner.importKey.startsWith('networks.csv#'));
    expect(sisterCities).toHaveLength(34);
    expect(networks).toHaveLength(13);
    expect(networks.every((partner) => partner.countryCode === null)).toBe(true);
  });

  it('gives every partner and agreement a unique import key', () => {
    const keys = data.partners.flatMap((partner) => [
      partner.importKey,
      ...(partner.agreement ? [partner.agreement.importKey] : []),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has the ten regions, in order', () => {
    expect(data.regions.map((region) => region.code)).toEqual([
      'asean',
      'southeast_asia_other',
      'east_asia',
      'south_asia',
      'central_asia',
      'europe',
      'americas',
      'oceania',
      'middle_east',
      'africa',
    ]);
    expect(data.regions.every((region) => region.nameTh !== '' && region.nameEn !== '')).toBe(true);
  });

  it('puts the ten ASEAN member states, and only them, in the ASEAN region', () => {
    const asean = data.countryRegions.filter((row) => row.isAsean);
    expect(asean.map((row) => row.countryCode).sort()).toEqual(
      ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'VN'].sort(),
    );
    expect(asean.every((row) => row.regionCode === 'asean')).toBe(true);
    expect(data.countryRegions.filter((row) => row.regionCode === 'asean')).toHaveLength(10);
  });

  it('maps every ISO 3166-1 country to a known region, once', () => {
    const regionCodes = new Set(data.regions.map((region) => region.code));
    const mapped = data.countryRegions.map((row) => row.countryCode);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(mapped.every((code) => countries.isValid(code))).toBe(true);
    expect(new Set(mapped)).toEqual(new Set(Object.keys(countries.getAlpha2Codes())));
    expect(data.countryRegions.every((row) => regionCodes.has(row.regionCode))).toBe(true);
  });

  it('gives every partner with a country a valid country code and that country’s region', () => {
    const regionOf = new Map(data.countryRegions.map((row) => [row.countryCode, row.regionCode]));
    for (const partner of data.partners.filter((candidate) => candidate.countryCode !== null)) {
      expect(countries.isValid(partner.countryCode ?? ''), partner.importKey).toBe(true);
      expect(partner.regionCode, partner.importKey).toBe(regionOf.get(partner.countryCode ?? ''));
    }
  });

  it('uses only time zones that Intl accepts, and gives every sister city one', () => {
    for (const partner of data.partners.filter((candidate) => candidate.countryCode !== null)) {
      expect(partner.timeZone, partner.importKey).not.toBeNull();
    }
    for (const partner of data.partners.filter((candidate) => candidate.timeZone !== null)) {
      expect(
        () => new Intl.DateTimeFormat('en-US', { timeZone: partner.timeZone ?? '' }),
        partner.importKey,
      ).not.toThrow();
    }
  });

  it('names a source for every partner and agreement it gives a confirmed level (the loader writes them as they are)', () => {
    const facts = data.partners.flatMap((partner) => [
      { key: partner.importKey, verification: partner.verification, sources: partner.sources },
      ...(partner.agreement ? [partner.agreement] : []).map((agreement) => ({
        key: agreement.importKey,
        verification: agreement.verification,
        sources: agreement.sources,
      })),
    ]);
    const unsourced = facts.filter((fact) => needsSource(fact.verification) && fact.sources.length === 0);
    expect(unsourced.map((fact) => fact.key)).toEqual([]);
  });

  it('uses only cooperation-field codes from the controlled list', () => {
    const fieldCodes = new Set(data.cooperationFields.map((field) => field.code));
    const used = data.partners.flatMap((partner) => partner.agreement?.fields ?? []);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((code) => !fieldCodes.has(code))).toEqual([]);
  });

  it('maps the wording of every agreement that names its cooperation fields', () => {
    const withWording = data.partners.filter((partner) => partner.agreement?.fieldsNote);
    expect(withWording.filter((partner) => partner.agreement?.fields.length === 0)).toEqual([]);
  });

  it('names local languages by ISO 639-1 code, and only with a local name', () => {
    for (const partner of data.partners) {
      expect(partner.nameLocal === null, partner.importKey).toBe(partner.nameLocalLang === null);
      if (partner.nameLocalLang)
        expect(isIsoLanguageCode(partner.nameLocalLang), partner.importKey).toBe(true);
    }
  });

  it('places Seoul in East Asia, on Seoul time, at Seoul', () => {
    const seoul = partnerNamed('Seoul');
    expect(seoul.regionCode).toBe('east_asia');
    expect(seoul.timeZone).toBe('Asia/Seoul');
    expect(seoul.latitude).toBeCloseTo(37.57, 1);
    expect(seoul.longitude).toBeCloseTo(126.98, 1);
    expect(seoul.positionSource).toMatch(/simplemaps/);
    expect(seoul.nameLocal).toBe('서울특별시');
  });

  it('marks Chengdu and Istanbul, which rest on one weak source, as unconfirmed', () => {
    expect(partnerNamed('Chengdu').verification).toBe('unconfirmed');
    expect(partnerNamed('Istanbul').verification).toBe('unconfirmed');
    expect(partnerNamed('Chengdu').agreement).toBeNull();
  });

  it('records Washington’s sister-city agreement of 19 February 1962', () => {
    const agreement = partnerNamed('Washington, D.C.').agreement;
    expect(agreement?.type).toBe('sister_city_agreement');
    expect(agreement?.signedOn).toBe('1962-02-19');
    expect(agreement?.signedYear).toBe(1962);
    expect(agreement?.title).toBe('Sister City Agreement');
  });

  it('gives Lausanne no agreement year, because no source dates it', () => {
    const lausanne = partnerNamed('Lausanne');
    expect(lausanne.agreement?.signedYear ?? null).toBeNull();
    expect(lausanne.verification).toBe('bma_list');
  });

  it('records an agreement of type other when only its year is known', () => {
    const brisbane = partnerNamed('Brisbane').agreement;
    expect(brisbane?.type).toBe('other');
    expect(brisbane?.title).toBeNull();
    expect(brisbane?.signedYear).toBe(1997);
  });

  it('classifies prefectures and provinces as partner provinces', () => {
    for (const name of [
      'Fukuoka Prefecture',
      'Aichi Prefecture',
      'Shandong Province',
      'Thua Thien-Hue Province',
    ]) {
      expect(partnerNamed(name).kind, name).toBe('partner_province');
      expect(partnerNamed(name).positionSource, name).toMatch(/^capital /);
    }
  });

  it('keeps a network’s membership status and year joined', () => {
    const citynet = data.partners.find((partner) => partner.acronym === 'CITYNET');
    expect(citynet?.kind).toBe('city_network');
    expect(citynet?.memberSinceYear).toBe(1992);
    expect(citynet?.membershipStatus).toBe('member (full member)');
    expect(citynet?.verification).toBe('bma');
    expect(data.partners.find((partner) => partner.acronym === 'UCLG')?.verification).toBe('unconfirmed');
    expect(data.partners.find((partner) => partner.acronym === 'ASCN')?.regionCode).toBe('asean');
  });

  it('splits the sources into addresses and remarks', () => {
    expect(partnerNamed('Beijing').sources[0]).toEqual({
      url: 'http://tambon.blogspot.de/2011/05/sister-cities-of-bangkok.html',
      note: 'quotes BMA list: started 1993',
    });
    expect(partnerNamed('Washington, D.C.').sources).toHaveLength(3);
    expect(parseSourceRef('IAO news item (no address)')).toEqual({ note: 'IAO news item (no address)' });
  });
});
