import { describe, expect, it } from 'vitest';
import { catalogueImportKinds } from '@bia/contracts';
import { catalogueImportLayouts } from '../../../../../server/src/modules/catalogue/catalogue.import.ts';
import { catalogueImportColumnGuide } from './import-columns.ts';

describe('the catalogue import guide', () => {
  it.each(catalogueImportKinds)(
    'names every column of a file of %s, required where the server requires it, in the template order',
    (kind) => {
      const guide = catalogueImportColumnGuide[kind].map(({ name, isRequired }) => [name, isRequired]);
      const template = catalogueImportLayouts[kind].columns.map(({ name, required }) => [
        name,
        required === true,
      ]);
      expect(guide).toEqual(template);
    },
  );
});
