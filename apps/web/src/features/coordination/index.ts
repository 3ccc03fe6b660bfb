/**
 * The coordination feature's public door (decision 0054): the reader's queues at /requests, a new
 * request at /requests/new, the IAO's overview at /requests/overview, one request at /requests/:id.
 */
export { RequestsPage } from './components/requests-page.tsx';
export { NewRequestPage } from './components/new-request-page.tsx';
export { RequestPage } from './components/request-page.tsx';
export { OverviewPage } from './components/overview-page.tsx';
