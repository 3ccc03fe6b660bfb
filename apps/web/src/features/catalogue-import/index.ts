/** The catalogue-import feature's public door: the page the router mounts at /businesses/import. */
export { CatalogueImportPage } from './components/catalogue-import-page.tsx';
