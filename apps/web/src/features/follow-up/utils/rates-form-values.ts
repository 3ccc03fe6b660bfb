/**
 * A round's rates as the form that corrects them holds them: a row per currency, its baht per unit as
 * typed. Checked by the contract, as the server checks it (ISO 4217, not baht, a currency once, a rate
 * above zero); the version the change is made to is added when it is sent.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { FollowUpRatesSchema, type FollowUpRateInput, type FollowUpRoundDetail } from '@bia/contracts';
import { rateFormSchema, type RateFormValues } from './open-form-values.ts';

export interface RatesFormValues {
  rates: RateFormValues[];
}

/** The round's rates as rows, the rate written as the reader types it ("0.23"). */
export function ratesValuesOf(round: Pick<FollowUpRoundDetail, 'rates'>): RatesFormValues {
  return {
    rates: round.rates.map((rate) => ({ currency: rate.currency, bahtPerUnit: String(rate.bahtPerUnit) })),
  };
}

export const ratesFormSchema = z.object({
  rates: z.array(rateFormSchema).pipe(FollowUpRatesSchema),
}) satisfies z.ZodType<{ rates: FollowUpRateInput[] }, RatesFormValues>;

export function ratesFieldPaths(rateCount: number): FieldPath<RatesFormValues>[] {
  return [
    'rates',
    ...Array.from({ length: rateCount }, (_, index) => [
      `rates.${index}.currency` as const,
      `rates.${index}.bahtPerUnit` as const,
    ]).flat(),
  ];
}

/**
 * The currencies of the round's answers that have no rate: its figures now report their values apart
 * (`unconverted`), less those given a row already (`typed`, as typed: any case, any spaces).
 */
export function currenciesWithoutRate(
  round: Pick<FollowUpRoundDetail, 'figures'>,
  typed: readonly string[] = [],
): string[] {
  const given = new Set(typed.map((currency) => currency.trim().toUpperCase()));
  return round.figures.current.totals.unconverted
    .map((row) => row.currency)
    .filter((currency) => !given.has(currency))
    .sort();
}
