/**
 * The strategy feature's public door: the strategy map at /strategy, a KPI's page at
 * /strategy/kpis/:code, and the section a unit's page shows (mounted by app/ in the unit page's slot).
 */
export { StrategyMapPage } from './components/strategy-map-page.tsx';
export { KpiPage } from './components/kpi-page.tsx';
export { UnitStrategySection } from './components/unit-strategy-section.tsx';
// What a unit must report in the open rounds (/strategy/my-items, and the home page's note of it),
// and a round item's reports and review (/strategy/round-items/:id).
export { MyItemsPage, MyItemsWaitingNote } from './components/my-items-page.tsx';
export { RoundItemPage } from './components/round-item-page.tsx';
// The plan's progress rounds (/strategy/rounds) and one round with its items and who is late.
export { StrategyRoundsPage } from './components/rounds-page.tsx';
export { StrategyRoundPage } from './components/round-page.tsx';
// Every KPI × fiscal year of the plan: target, result and status (/strategy/scorecard).
export { ScorecardPage } from './components/scorecard-page.tsx';
