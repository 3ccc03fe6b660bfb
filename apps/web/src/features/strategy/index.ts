/**
 * The strategy feature's public door: the strategy map at /strategy, a KPI's page at
 * /strategy/kpis/:code, and the section a unit's page shows (mounted by app/ in the unit page's slot).
 */
export { StrategyMapPage } from './components/strategy-map-page.tsx';
export { KpiPage } from './components/kpi-page.tsx';
export { UnitStrategySection } from './components/unit-strategy-section.tsx';
