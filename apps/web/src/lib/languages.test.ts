import { describe, expect, it } from 'vitest';
import { languageChoices, languageOfText, workingLanguages } from './languages.ts';

describe('languageChoices', () => {
  it('offers the common languages first, then any other recorded language once', () => {
    const choices = languageChoices(workingLanguages, ['es', 'th', 'es']);
    expect(choices.slice(0, workingLanguages.length)).toEqual([...workingLanguages]);
    expect(choices.slice(workingLanguages.length)).toEqual(['es']);
  });
});

describe('the language of a text kept as written', () => {
  it('marks English notes inside Thai pages as English, and Thai as Thai', () => {
    expect(languageOfText('Sister city MoU signed in Seoul')).toBe('en');
    expect(languageOfText('บันทึกความเข้าใจเมืองพี่เมืองน้อง (MoU)')).toBe('th');
  });
});
