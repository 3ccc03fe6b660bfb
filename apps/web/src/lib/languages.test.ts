import { describe, expect, it } from 'vitest';
import { languageChoices, workingLanguages } from './languages.ts';

describe('languageChoices', () => {
  it('offers the common languages first, then any other recorded language once', () => {
    const choices = languageChoices(workingLanguages, ['es', 'th', 'es']);
    expect(choices.slice(0, workingLanguages.length)).toEqual([...workingLanguages]);
    expect(choices.slice(workingLanguages.length)).toEqual(['es']);
  });
});
