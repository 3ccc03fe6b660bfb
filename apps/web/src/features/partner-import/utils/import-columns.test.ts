import { describe, expect, it } from 'vitest';
import { importKinds } from '@bia/contracts';
import { importLayouts } from '../../../../../server/src/modules/partners/partners.import.ts';
import { importColumnGuide } from './import-columns.ts';

describe('the import guide', () => {
  it.each(importKinds)(
    'lists the columns of a %s file as the server reads them, in the same order',
    (kind) => {
      const server = importLayouts[kind].columns.map((column) => ({
        name: column.name,
        isRequired: column.required === true,
      }));
      const guide = importColumnGuide[kind].map((column) => ({
        name: column.name,
        isRequired: column.isRequired,
      }));
      expect(guide).toEqual(server);
    },
  );
});
