/**
 * A new round as its form holds it: the period and deadline (the date fields' YYYY-MM-DD), the
 * businesses ticked, and a rate per currency as typed. The currencies of the orders on record are
 * offered, each to be given its rate or taken off (its values are then reported apart, in their
 * currency); everything is checked by the contract, as the server checks it.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  FollowUpRoundCreateSchema,
  IsoDateSchema,
  type FollowUpRoundCreateInput,
  type FollowUpRoundDefaults,
} from '@bia/contracts';
import { decimalOrNull } from '../../../lib/form-values.ts';

export interface RateFormValues {
  currency: string;
  bahtPerUnit: string;
}

export interface OpenFormValues {
  periodStart: string;
  periodEnd: string;
  deadline: string;
  entrepreneurIds: string[];
  rates: RateFormValues[];
}

/** The form as the server proposes it: every business ticked, a row for each currency on record. */
export function openValuesOf(defaults: FollowUpRoundDefaults): OpenFormValues {
  return {
    periodStart: defaults.periodStart,
    periodEnd: defaults.periodEnd,
    deadline: defaults.deadline,
    entrepreneurIds: defaults.businesses.map((row) => row.business.id),
    rates: defaults.currencies.map((currency) => ({ currency, bahtPerUnit: '' })),
  };
}

const requiredDate = z.string().min(1).pipe(IsoDateSchema);

/** A rate typed ("0,23" or "0.23"): a currency and its baht per unit, both required. */
export const rateFormSchema = z.object({
  currency: z.string().trim().min(1),
  bahtPerUnit: z.string().transform((text, context) => {
    const value = decimalOrNull(text);
    if (value === null || Number.isNaN(value)) {
      context.addIssue({
        code: 'custom',
        params: { messageKey: value === null ? 'errors:field.required' : 'follow_up:form.not_a_number' },
      });
      return z.NEVER;
    }
    return value;
  }),
});

export const openFormSchema = z
  .object({
    periodStart: requiredDate,
    periodEnd: requiredDate,
    deadline: requiredDate,
    entrepreneurIds: z.array(z.string()),
    rates: z.array(rateFormSchema),
  })
  .transform((values): FollowUpRoundCreateInput => values)
  .pipe(FollowUpRoundCreateSchema);

export function openFieldPaths(rateCount: number): FieldPath<OpenFormValues>[] {
  return [
    'periodStart',
    'periodEnd',
    'deadline',
    'entrepreneurIds',
    'rates',
    ...Array.from({ length: rateCount }, (_, index) => [
      `rates.${index}.currency` as const,
      `rates.${index}.bahtPerUnit` as const,
    ]).flat(),
  ];
}
