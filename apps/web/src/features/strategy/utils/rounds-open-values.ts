/**
 * A new progress round as its form holds it: the fiscal year as typed (Buddhist era), the kind, the
 * period (typed only for "other": a six- or twelve-month round takes its fiscal year's, as the server
 * sets it) and the deadline. Checked by the contract, as the server checks it.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  StrategyRoundCreateSchema,
  StrategyRoundKindSchema,
  type StrategyRoundCreate,
  type StrategyRoundKind,
} from '@bia/contracts';
import { fiscalYearFromBuddhist, fiscalYearOf } from '@bia/i18n';

export interface OpenRoundFormValues {
  fiscalYear: string;
  kind: StrategyRoundKind;
  periodStart: string;
  periodEnd: string;
  deadline: string;
}

/** The form as it opens: this fiscal year (in Bangkok), a six-month round, nothing else filled. */
export function openRoundValues(now: Date = new Date()): OpenRoundFormValues {
  return {
    fiscalYear: String(fiscalYearOf(now).buddhistYear),
    kind: 'six_month',
    periodStart: '',
    periodEnd: '',
    deadline: '',
  };
}

/**
 * The period the server gives a six- or twelve-month round of a Buddhist-era fiscal year (1 October –
 * 31 March, or the whole year to 30 September); `null` for a year not typed as one.
 */
export function defaultPeriodOf(
  fiscalYear: string,
  kind: Exclude<StrategyRoundKind, 'other'>,
): { periodStart: string; periodEnd: string } | null {
  if (!/^\d{4}$/.test(fiscalYear.trim())) return null;
  const year = fiscalYearFromBuddhist(Number(fiscalYear.trim()));
  return {
    periodStart: year.startDate,
    periodEnd: kind === 'six_month' ? `${year.gregorianYear}-03-31` : year.endDate,
  };
}

const fiscalYearSchema = z.string().transform((text, context) => {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) {
    context.addIssue({
      code: 'custom',
      params: {
        messageKey: trimmed ? 'strategy_rounds:open.fiscal_year_invalid' : 'errors:field.required',
      },
    });
    return z.NEVER;
  }
  return Number(trimmed);
});

const requiredDate = z.string().min(1);

export const openRoundFormSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    kind: StrategyRoundKindSchema,
    periodStart: z.string(),
    periodEnd: z.string(),
    deadline: requiredDate,
  })
  .transform(({ periodStart, periodEnd, ...round }): StrategyRoundCreate => ({
    ...round,
    // A six- or twelve-month round's period is its fiscal year's: the server sets it.
    ...(round.kind === 'other'
      ? { periodStart: periodStart || undefined, periodEnd: periodEnd || undefined }
      : {}),
  }))
  .pipe(StrategyRoundCreateSchema);

/** The fields the server's errors may name. */
export const openRoundFieldPaths: readonly FieldPath<OpenRoundFormValues>[] = [
  'fiscalYear',
  'kind',
  'periodStart',
  'periodEnd',
  'deadline',
];
