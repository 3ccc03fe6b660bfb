/** The partner analysis feature's public door: the pages the router mounts at /partners/analysis and /sister-cities. */
export { PartnerAnalysisPage } from './components/partner-analysis-page.tsx';
export { PublicSisterCitiesPage } from './components/public-sister-cities-page.tsx';
