/** The partner registry feature's public door: the pages the router mounts under /partners. */
export { PartnersPage } from './components/partners-page.tsx';
export { PartnerDetailPage } from './components/partner-detail-page.tsx';
export { CreatePartnerPage } from './components/create-partner-page.tsx';
export { EditPartnerPage } from './components/edit-partner-page.tsx';
