import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS as serverMaxRows } from '../../../../server/src/shared/spreadsheet-import.ts';
import { MAX_IMPORT_ROWS } from './import-files.ts';

describe('the import pages', () => {
  it('state the row limit the server enforces', () => {
    expect(MAX_IMPORT_ROWS).toBe(serverMaxRows);
  });
});
