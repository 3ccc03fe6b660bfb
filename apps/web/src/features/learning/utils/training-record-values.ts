/**
 * A training record as its form holds it: the hours as typed, the competencies ticked. Checked by the
 * contract, as the server checks it, and mapped to the record the API takes.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { TrainingRecordInputSchema, type TrainingRecord } from '@bia/contracts';

export interface TrainingRecordFormValues {
  title: string;
  provider: string;
  startsOn: string;
  endsOn: string;
  hours: string;
  competencyIds: string[];
}

export const trainingRecordFieldPaths = [
  'title',
  'provider',
  'startsOn',
  'endsOn',
  'hours',
  'competencyIds',
] as const satisfies readonly FieldPath<TrainingRecordFormValues>[];

/** An empty form, or the record being corrected. */
export function trainingRecordValues(record?: TrainingRecord): TrainingRecordFormValues {
  return {
    title: record?.title ?? '',
    provider: record?.provider ?? '',
    startsOn: record?.startsOn ?? '',
    endsOn: record?.endsOn ?? '',
    hours: record ? String(record.hours) : '',
    competencyIds: record?.competencies.map((competency) => competency.id) ?? [],
  };
}

const hoursSchema = z.string().transform((text, context) => {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    context.addIssue({
      code: 'custom',
      params: { messageKey: trimmed ? 'training:errors.hours_range' : 'errors:field.required' },
    });
    return z.NEVER;
  }
  return Number(trimmed);
});

/** The form's values, checked by the record's contract once the hours are a number. */
export const trainingRecordFormSchema = z
  .object({
    title: z.string(),
    provider: z.string().optional(),
    startsOn: z.string(),
    endsOn: z.string(),
    hours: hoursSchema,
    competencyIds: z.array(z.string()),
  })
  .pipe(TrainingRecordInputSchema);
