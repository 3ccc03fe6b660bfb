/**
 * The letterhead as its form holds it (each address as the lines typed in one box) and the form
 * schema: the contract's own `LetterheadSettingsSchema`, each address checked as the lines it becomes
 * (the message under its box), then mapped onto the letterhead's update; the version is added when it
 * is sent.
 */
import { z } from 'zod';
import {
  LetterheadSettingsSchema,
  UpdateLetterheadInputSchema,
  type LetterheadAnswer,
  type LetterheadSettings,
} from '@bia/contracts';
import { problemOf } from './contract-problem.ts';

type AddressKey = 'addressTh' | 'addressEn';
export type LetterheadTextKey = Exclude<keyof LetterheadSettings, AddressKey>;

/** The settings as typed: every fact as text, each address as its lines. */
export type LetterheadFormSettings = Record<keyof LetterheadSettings, string>;

export interface LetterheadFormValues {
  settings: LetterheadFormSettings;
}

export type LetterheadChange = Omit<z.input<typeof UpdateLetterheadInputSchema>, 'version'>;

/** The one-line facts, in the order shown (the addresses come after the organisation's names). */
export const letterheadTextKeys = [
  'organisationTh',
  'organisationEn',
  'phone',
  'email',
  'referencePrefix',
  'directorNameTh',
  'directorNameEn',
  'directorPositionTh',
  'directorPositionEn',
] as const satisfies readonly LetterheadTextKey[];

/** The form's fields (where the server's field errors, `settings.addressTh.2` among them, may land). */
export const letterheadFormFields = (
  [...letterheadTextKeys, 'addressTh', 'addressEn'] as const satisfies readonly (keyof LetterheadSettings)[]
).map((key) => `settings.${key}` as const);

export function letterheadValuesOf(answer: LetterheadAnswer): LetterheadFormValues {
  const { addressTh, addressEn, ...texts } = answer.settings;
  return { settings: { ...texts, addressTh: addressTh.join('\n'), addressEn: addressEn.join('\n') } };
}

/** The lines typed, each trimmed, the empty ones left out. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function letterheadChangeOf({ settings }: LetterheadFormValues): LetterheadChange {
  return {
    settings: { ...settings, addressTh: linesOf(settings.addressTh), addressEn: linesOf(settings.addressEn) },
  };
}

/** An address box: its lines as the contract checks them, the message on the box. */
function addressSchema(key: AddressKey) {
  return z.string().superRefine((text, context) => {
    const problem = problemOf(LetterheadSettingsSchema.shape[key], linesOf(text));
    if (problem) context.addIssue({ code: 'custom', params: problem });
  });
}

export const letterheadFormSchema = z
  .object({
    settings: LetterheadSettingsSchema.extend({
      addressTh: addressSchema('addressTh'),
      addressEn: addressSchema('addressEn'),
    }),
  })
  .transform(letterheadChangeOf)
  .pipe(UpdateLetterheadInputSchema.omit({ version: true }));
