/** The outcome statistics feature's public door: the page the router mounts at /outcomes/statistics. */
export { OutcomeStatisticsPage } from './components/statistics-page.tsx';
