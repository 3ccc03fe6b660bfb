/** The public Bangkok Brand catalogue's door: the pages the router mounts under /catalogue (no sign-in). */
export { CataloguePage } from './components/catalogue-page.tsx';
export { CatalogueProductPage } from './components/product-page.tsx';
