/**
 * A new deal as its form holds it: the business and the partner city (chosen by name), the buyer,
 * the products concerned, and its first entry under `entry` (utils/entry-form-values.ts). The schema
 * reads each field as the API takes it, checked by the contract's schema for that field, and answers
 * the deal's input with the entry as its `firstEntry`.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  DealCreateSchema,
  ParticipantLanguageSchema,
  type DealCreate,
  type ParticipantLanguage,
} from '@bia/contracts';
import { textOrNull } from '../../../lib/form-values.ts';
import {
  entryFieldPaths,
  entryFormSchema,
  newEntryValues,
  type EntryFormValues,
} from './entry-form-values.ts';

export interface DealFormValues {
  entrepreneurId: string;
  partnerId: string;
  buyerName: string;
  buyerOrganisation: string;
  buyerEmail: string;
  buyerLanguage: ParticipantLanguage;
  productIds: string[];
  entry: EntryFormValues;
}

/** The deal's own fields, in the order they are shown. */
export const dealFields = [
  'entrepreneurId',
  'partnerId',
  'buyerName',
  'buyerOrganisation',
  'buyerEmail',
  'buyerLanguage',
  'productIds',
] as const satisfies readonly (keyof DealFormValues)[];

/** A new deal: of the entrepreneur's own business (or none chosen yet), first contacted `today`. */
export function newDealValues(entrepreneurId: string, today: string): DealFormValues {
  return {
    entrepreneurId,
    partnerId: '',
    buyerName: '',
    buyerOrganisation: '',
    buyerEmail: '',
    buyerLanguage: 'en',
    productIds: [],
    entry: newEntryValues('contact', today),
  };
}

const deal = DealCreateSchema.shape;
/** A choice made in a list: '' until something is chosen, which is then required. */
const chosenId = z.string().min(1).pipe(z.uuid());

export const dealFormSchema = z
  .object({
    entrepreneurId: chosenId,
    partnerId: chosenId,
    buyerName: deal.buyerName,
    buyerOrganisation: z.string().transform(textOrNull).pipe(deal.buyerOrganisation.unwrap()),
    buyerEmail: z.string().transform(textOrNull).pipe(deal.buyerEmail.unwrap()),
    buyerLanguage: ParticipantLanguageSchema,
    productIds: z.array(z.uuid()).max(50),
    entry: entryFormSchema,
  })
  .transform(({ entry, ...values }): DealCreate => ({ ...values, firstEntry: entry }));

/** The form paths where the server's field errors may land (its first entry's under `entry.`). */
export function dealFieldPaths(lineCount: number): FieldPath<DealFormValues>[] {
  return [...dealFields, ...entryFieldPaths(lineCount)];
}
