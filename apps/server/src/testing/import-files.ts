/** Files and forms for the tests of the spreadsheet imports (partners, catalogue). */
import ExcelJS from 'exceljs';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV lines as Excel writes them (CRLF), as an upload. */
export function csvFile(lines: readonly string[], name: string): File {
  return new File([`${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });
}

/** A workbook with one sheet of these rows, as an upload. */
export async function xlsxFile(rows: readonly (readonly (string | number | Date | null)[])[], name: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow([...row]);
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], name, { type: XLSX_MEDIA_TYPE });
}

/** The body of a preview (without a token) or an apply (with one). */
export function importForm(kind: string, file: File, token?: string): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', file);
  if (token !== undefined) form.set('token', token);
  return form;
}

/** Each row's action and the columns and codes of its problems, for comparing with what is expected. */
export function outcomes(preview: {
  rows: readonly {
    row: number;
    action: string;
    problems: readonly { column: string | null; code: string }[];
  }[];
}) {
  return preview.rows.map((row) => ({
    row: row.row,
    action: row.action,
    problems: row.problems.map((problem) => `${problem.column ?? '-'}:${problem.code}`),
  }));
}
