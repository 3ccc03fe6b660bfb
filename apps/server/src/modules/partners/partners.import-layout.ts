/**
 * The columns of the partner import files (partners, agreements, activities), in the template's
 * order, and what the header row of each must hold.
 */
import type { ImportKind } from '@bia/contracts';
import type { ImportColumn, ImportLayout } from '../../shared/spreadsheet-import.ts';

const partnerReferenceColumns: ImportColumn[] = [
  { name: 'partner_import_key' },
  { name: 'partner_name_th' },
  { name: 'partner_country_code' },
];

/** The columns of each kind of file, in the template's order. */
export const importColumns: Record<ImportKind, readonly ImportColumn[]> = {
  partners: [
    { name: 'import_key' },
    { name: 'kind', field: 'kind', cell: 'code', required: true },
    { name: 'name_th', field: 'nameTh', required: true },
    { name: 'name_en', field: 'nameEn' },
    { name: 'name_local', field: 'nameLocal' },
    { name: 'name_local_lang', field: 'nameLocalLang', cell: 'code' },
    { name: 'acronym', field: 'acronym' },
    { name: 'country_code', field: 'countryCode', required: true },
    { name: 'region_code', field: 'regionCode', cell: 'code' },
    { name: 'time_zone', field: 'timeZone' },
    { name: 'latitude', field: 'latitude', cell: 'number' },
    { name: 'longitude', field: 'longitude', cell: 'number' },
    { name: 'website', field: 'website' },
    { name: 'membership_status', field: 'membershipStatus' },
    { name: 'member_since_year', field: 'memberSinceYear', cell: 'number' },
    { name: 'notes', field: 'notes' },
  ],
  agreements: [
    { name: 'import_key' },
    ...partnerReferenceColumns,
    { name: 'type', field: 'type', cell: 'code', required: true },
    { name: 'title', field: 'title' },
    { name: 'signed_on', field: 'signedOn' },
    { name: 'signed_year', field: 'signedYear', cell: 'number' },
    { name: 'term_years', field: 'termYears', cell: 'number' },
    { name: 'expires_on', field: 'expiresOn' },
    { name: 'renewal_on', field: 'renewalOn' },
    { name: 'signatories', field: 'signatories' },
    { name: 'fields', field: 'fields', cell: 'list' },
    { name: 'notes', field: 'notes' },
  ],
  activities: [
    { name: 'import_key' },
    ...partnerReferenceColumns,
    { name: 'kind', field: 'kind', cell: 'code', required: true },
    { name: 'title', field: 'title', required: true },
    { name: 'starts_on', field: 'startsOn', required: true },
    { name: 'ends_on', field: 'endsOn' },
    { name: 'fields', field: 'fields', cell: 'list' },
    { name: 'unit_codes', field: 'unitCodes', cell: 'unit_list' },
    { name: 'participants', field: 'participants' },
    { name: 'outcome', field: 'outcome' },
  ],
};

/** An agreement or activity names its partner: by its import key, or by its Thai name (and country). */
const partnerReference = {
  columns: ['partner_import_key', 'partner_name_th'],
  label: 'partner_import_key / partner_name_th + partner_country_code',
};

/** What the header row of each kind of file must hold. */
export const importLayouts: Record<ImportKind, ImportLayout> = {
  partners: { columns: importColumns.partners },
  agreements: { columns: importColumns.agreements, oneOf: [partnerReference] },
  activities: { columns: importColumns.activities, oneOf: [partnerReference] },
};
