/** The partner-import feature's public door: the pages the router mounts at /partners/import and /partners/settings. */
export { PartnerImportPage } from './components/partner-import-page.tsx';
export { PartnerSettingsPage } from './components/partner-settings-page.tsx';
