export * from './locales.ts';
export * from './fiscal-year.ts';
export * from './format.ts';
export { catalogues, namespaces, type Catalogue, type Namespace } from './catalogues.ts';
export { createI18n } from './translator.ts';
