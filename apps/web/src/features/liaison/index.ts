/** The liaison feature's public door: the pages the router mounts at /units, /units/:code and /liaison/coverage. */
export { UnitsPage } from './components/units-page.tsx';
export { UnitDetailPage } from './components/unit-detail-page.tsx';
export { CoveragePage } from './components/coverage-page.tsx';
