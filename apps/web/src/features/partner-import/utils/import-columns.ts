/**
 * The columns of each kind of import file, as the import page explains them. The server's list
 * (apps/server/src/modules/partners/partners.import.ts, `importColumns`) is the rule;
 * import-columns.test.ts fails if this guide and the template drift apart.
 */
import type { ImportKind } from '@bia/contracts';

interface ColumnGuide {
  name: string;
  /** The header must hold this column. */
  isRequired: boolean;
  descriptionKey: string;
}

const partnerReference = [
  {
    name: 'partner_import_key',
    isRequired: false,
    descriptionKey: 'partner_import:import.columns.shared.partner_import_key',
  },
  {
    name: 'partner_name_th',
    isRequired: false,
    descriptionKey: 'partner_import:import.columns.shared.partner_name_th',
  },
  {
    name: 'partner_country_code',
    isRequired: false,
    descriptionKey: 'partner_import:import.columns.shared.partner_country_code',
  },
] as const satisfies readonly ColumnGuide[];

export const importColumnGuide = {
  partners: [
    {
      name: 'import_key',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.import_key',
    },
    { name: 'kind', isRequired: true, descriptionKey: 'partner_import:import.columns.partners.kind' },
    { name: 'name_th', isRequired: true, descriptionKey: 'partner_import:import.columns.partners.name_th' },
    { name: 'name_en', isRequired: false, descriptionKey: 'partner_import:import.columns.partners.name_en' },
    {
      name: 'name_local',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.name_local',
    },
    {
      name: 'name_local_lang',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.name_local_lang',
    },
    { name: 'acronym', isRequired: false, descriptionKey: 'partner_import:import.columns.partners.acronym' },
    {
      name: 'country_code',
      isRequired: true,
      descriptionKey: 'partner_import:import.columns.partners.country_code',
    },
    {
      name: 'region_code',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.region_code',
    },
    {
      name: 'time_zone',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.time_zone',
    },
    {
      name: 'latitude',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.latitude',
    },
    {
      name: 'longitude',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.longitude',
    },
    { name: 'website', isRequired: false, descriptionKey: 'partner_import:import.columns.partners.website' },
    {
      name: 'membership_status',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.membership_status',
    },
    {
      name: 'member_since_year',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.partners.member_since_year',
    },
    { name: 'notes', isRequired: false, descriptionKey: 'partner_import:import.columns.partners.notes' },
  ],
  agreements: [
    {
      name: 'import_key',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.import_key',
    },
    ...partnerReference,
    { name: 'type', isRequired: true, descriptionKey: 'partner_import:import.columns.agreements.type' },
    { name: 'title', isRequired: false, descriptionKey: 'partner_import:import.columns.agreements.title' },
    {
      name: 'signed_on',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.signed_on',
    },
    {
      name: 'signed_year',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.signed_year',
    },
    {
      name: 'term_years',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.term_years',
    },
    {
      name: 'expires_on',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.expires_on',
    },
    {
      name: 'renewal_on',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.renewal_on',
    },
    {
      name: 'signatories',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.agreements.signatories',
    },
    { name: 'fields', isRequired: false, descriptionKey: 'partner_import:import.columns.shared.fields' },
    { name: 'notes', isRequired: false, descriptionKey: 'partner_import:import.columns.shared.notes' },
  ],
  activities: [
    {
      name: 'import_key',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.activities.import_key',
    },
    ...partnerReference,
    { name: 'kind', isRequired: true, descriptionKey: 'partner_import:import.columns.activities.kind' },
    { name: 'title', isRequired: true, descriptionKey: 'partner_import:import.columns.activities.title' },
    {
      name: 'starts_on',
      isRequired: true,
      descriptionKey: 'partner_import:import.columns.activities.starts_on',
    },
    {
      name: 'ends_on',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.activities.ends_on',
    },
    { name: 'fields', isRequired: false, descriptionKey: 'partner_import:import.columns.shared.fields' },
    {
      name: 'unit_codes',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.activities.unit_codes',
    },
    {
      name: 'participants',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.activities.participants',
    },
    {
      name: 'outcome',
      isRequired: false,
      descriptionKey: 'partner_import:import.columns.activities.outcome',
    },
  ],
} as const satisfies Record<ImportKind, readonly ColumnGuide[]>;

/** One column of the guide, its description's key spelled out (a key the translation check can find). */
export type ImportColumn = (typeof importColumnGuide)[ImportKind][number];

/** The server's template of a kind: the header row, as a CSV file to download. */
export function importTemplateUrl(kind: ImportKind): string {
  return `/api/partners/import/template.csv?kind=${kind}`;
}
