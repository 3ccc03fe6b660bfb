/**
 * Where a unit's names come from, read from the text the reference files (data/reference, described in
 * their SOURCES) and officers record: each source once, by what it is, so the page can name it in the
 * reader's language with its link rather than show a file path, a commit or a bare address.
 *
 * The reference files write several sources in one cell, separated by " ; " (a source's own brackets
 * may hold "; " without the space before). Text that is none of the known sources (what an officer
 * typed, "Council website, 2026") is kept as it was written.
 */

/** Web sites the reference files cite, each named in the catalogue (liaison:unit.sites.*). */
export type SourceSite = 'the_nation' | 'iao' | 'bma_news' | 'bma' | 'wikipedia' | 'wikipedia_copy';

export type UnitSource =
  /** kongvut/thai-province-data on GitHub, the districts' names; with the date of the version used. */
  | { kind: 'province_data'; url: string; versionOn: string | null }
  /** The BMA agency table ('bma_db') in a database dump found in a public repository. */
  | { kind: 'agency_table'; remark: string }
  /** The agency lists of the Traffy Fondue complaint system, in public repositories. */
  | { kind: 'complaint_lists'; remark: string }
  | { kind: 'web_page'; url: string; host: string; site: SourceSite | null; remark: string }
  | { kind: 'text'; text: string };

const PROVINCE_DATA_URL = 'https://github.com/kongvut/thai-province-data';
/** The commit the district names were taken from, and its date (SOURCES §2). */
const PROVINCE_DATA_COMMIT = { hash: '9711e723dfe9c0c48630f05090ed70a1aa3c66f1', date: '2025-09-27' };
const AGENCY_TABLE_TEXT =
  "a public PostgreSQL dump of a BMA agency table ('bma_db') (public repository; path not recorded)";
const COMPLAINT_LISTS_TEXT =
  'Traffy-Fondue agency lists in public repos (public repository; path not recorded)';

/** A site by its host name (without "www."); any other host is shown by its name as it is. */
function siteOf(host: string): SourceSite | null {
  if (host === 'nationthailand.com') return 'the_nation';
  if (host === 'iao.bangkok.go.th' || host === 'iad.bangkok.go.th') return 'iao';
  if (['prbangkok-en.com', 'prbangkok-eng.com', 'pr-bangkok.com'].includes(host)) return 'bma_news';
  if (host === 'bangkok.go.th' || host.endsWith('.bangkok.go.th')) return 'bma';
  if (host.endsWith('wikipedia.org')) return 'wikipedia';
  if (host === 'wikimili.com') return 'wikipedia_copy';
  return null;
}

/** The host of an address, without "www."; the address itself when it cannot be read. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function sourceOf(part: string): UnitSource {
  if (part.includes('kongvut/thai-province-data')) {
    const versionOn = part.includes(PROVINCE_DATA_COMMIT.hash) ? PROVINCE_DATA_COMMIT.date : null;
    return { kind: 'province_data', url: PROVINCE_DATA_URL, versionOn };
  }
  if (part.startsWith(AGENCY_TABLE_TEXT))
    return { kind: 'agency_table', remark: part.slice(AGENCY_TABLE_TEXT.length).trim() };
  if (part.startsWith(COMPLAINT_LISTS_TEXT))
    return { kind: 'complaint_lists', remark: part.slice(COMPLAINT_LISTS_TEXT.length).trim() };
  const address = /^(https?:\/\/\S+)(.*)$/s.exec(part);
  if (address?.[1]) {
    const url = address[1];
    const host = hostOf(url);
    return { kind: 'web_page', url, host, site: siteOf(host), remark: (address[2] ?? '').trim() };
  }
  return { kind: 'text', text: part };
}

/** The sources named in a recorded source text; none for an empty one. */
export function unitSourcesOf(text: string | null): UnitSource[] {
  if (!text) return [];
  return text
    .split(/\s+;\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(sourceOf);
}
