/** Time zones: the IANA list of the browser, the zones of a country first, and the offset from Bangkok. */
import { BANGKOK_TIME_ZONE } from '@bia/i18n';

/** Every IANA time zone the browser knows, sorted. */
export function allTimeZones(): string[] {
  return [...Intl.supportedValuesOf('timeZone')].sort();
}

/** `Intl.Locale` gives a country's zones in current browsers (`getTimeZones`; earlier, `timeZones`). */
type LocaleWithZones = Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };

/** The IANA areas where a region's zones are found, when the browser cannot name a country's zones. */
const regionAreas: Record<string, readonly string[]> = {
  asean: ['Asia/'],
  southeast_asia_other: ['Asia/', 'Pacific/'],
  east_asia: ['Asia/'],
  south_asia: ['Asia/', 'Indian/'],
  central_asia: ['Asia/'],
  middle_east: ['Asia/', 'Europe/'],
  europe: ['Europe/', 'Atlantic/'],
  americas: ['America/', 'Atlantic/'],
  oceania: ['Australia/', 'Pacific/'],
  africa: ['Africa/', 'Indian/'],
};

/**
 * The zones to offer first: the country's own zones when the browser knows them, else the zones of
 * the continent of the country's region (or of the region chosen for a body without a country).
 */
export function suggestedTimeZones(
  zones: readonly string[],
  countryCode: string | null,
  regionCode: string | null,
): string[] {
  if (countryCode) {
    try {
      const locale: LocaleWithZones = new Intl.Locale(`und-${countryCode}`);
      const own = locale.getTimeZones?.() ?? locale.timeZones;
      if (own && own.length > 0) return own.filter((zone) => zones.includes(zone));
    } catch {
      // An old browser without the API: fall back to the region's areas below.
    }
  }
  const areas = regionCode ? regionAreas[regionCode] : undefined;
  return areas ? zones.filter((zone) => areas.some((area) => zone.startsWith(area))) : [];
}

/** The zone's offset from UTC in minutes at a moment ("GMT+09:00" → 540). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** How many minutes the zone is ahead of Bangkok (negative: behind) at a moment. */
export function minutesFromBangkok(timeZone: string, at: Date): number {
  return utcOffsetMinutes(timeZone, at) - utcOffsetMinutes(BANGKOK_TIME_ZONE, at);
}
