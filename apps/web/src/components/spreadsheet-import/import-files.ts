/** What every import accepts, as the server's shared/spreadsheet-import.ts enforces it. */

/** The most data rows one file may hold (the server's `MAX_IMPORT_ROWS`, which refuses more). */
export const MAX_IMPORT_ROWS = 5000;

/** What a person may choose on an import page: `.csv` in UTF-8, or an Excel workbook. */
export const acceptedImportFiles =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
