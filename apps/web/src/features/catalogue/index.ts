/** The Bangkok Brand catalogue as staff and businesses keep it: the pages the router mounts under /businesses and /products. */
export { BusinessesPage } from './components/businesses-page.tsx';
export { BusinessPage } from './components/business-page.tsx';
export { CreateBusinessPage } from './components/create-business-page.tsx';
export { EditBusinessPage } from './components/edit-business-page.tsx';
export { ProductPage } from './components/product-page.tsx';
export { CreateProductPage } from './components/create-product-page.tsx';
