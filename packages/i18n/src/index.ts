export * from './locales.ts';
export * from './fiscal-year.ts';
export * from './format.ts';
export * from './order-units.ts';
export {
  catalogues,
  namespaces,
  publicCatalogues,
  type Catalogue,
  type Namespace,
  type PublicCatalogue,
} from './catalogues.ts';
export { createI18n } from './translator.ts';
