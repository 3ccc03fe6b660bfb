/**
 * The deals feature's public door: the pages the router mounts at /deals, /deals/new and /deals/:id,
 * and what the session page shows beside each contact exchanged (given to it by app/).
 */
export { DealsPage } from './components/deals-page.tsx';
export { NewDealPage } from './components/new-deal-page.tsx';
export { DealPage } from './components/deal-page.tsx';
export { SessionDealLink } from './components/session-deal-link.tsx';
