/**
 * The spreadsheet import every registry offers (partners, the Bangkok Brand catalogue): the page with
 * its file form, preview, result and guide. A feature gives what differs; this is its public door.
 */
import './spreadsheet-import.css';

export { SpreadsheetImportPage, type SpreadsheetImportPageProps } from './spreadsheet-import-page.tsx';
export { CodeGroup, CodeList, ImportGuide, type CodeItem, type GuideColumn } from './import-guide.tsx';
export { ErrorAlert } from './error-alert.tsx';
export type { ImportEndpoints } from './types.ts';
