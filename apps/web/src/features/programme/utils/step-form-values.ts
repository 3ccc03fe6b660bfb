/**
 * A programme step's progress as its form holds it (dates and text as typed) and the form schema:
 * the planned dates asked for, then the values mapped onto the step's update and checked by the
 * contract's own `UpdateProgrammeStepInputSchema`; the step's version is added when it is sent.
 */
import { z } from 'zod';
import { UpdateProgrammeStepInputSchema, type ProgrammeStep, type StepStatus } from '@bia/contracts';

export type StepChange = Omit<z.input<typeof UpdateProgrammeStepInputSchema>, 'version'>;

export interface StepFormValues {
  status: StepStatus;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  owner: string;
  note: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const stepFormFields = [
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'owner',
  'note',
] as const satisfies readonly (keyof StepFormValues)[];

export function stepValuesOf(step: ProgrammeStep): StepFormValues {
  return {
    status: step.status,
    plannedStart: step.plannedStart,
    plannedEnd: step.plannedEnd,
    actualStart: step.actualStart ?? '',
    actualEnd: step.actualEnd ?? '',
    owner: step.owner ?? '',
    note: step.note ?? '',
  };
}

/** The change as the API takes it: empty dates and text as none. */
export function stepChangeOf(values: StepFormValues): StepChange {
  return {
    status: values.status,
    plannedStart: values.plannedStart,
    plannedEnd: values.plannedEnd,
    actualStart: values.actualStart || null,
    // Left empty for a step marked done, the server takes today.
    ...(values.actualEnd || values.status !== 'done' ? { actualEnd: values.actualEnd || null } : {}),
    owner: values.owner.trim() || null,
    note: values.note.trim() || null,
  };
}

const plannedDate = z.string().min(1);

export const stepFormSchema = z
  .object({
    status: UpdateProgrammeStepInputSchema.shape.status.unwrap(),
    plannedStart: plannedDate,
    plannedEnd: plannedDate,
    actualStart: z.string(),
    actualEnd: z.string(),
    owner: z.string(),
    note: z.string(),
  })
  .transform(stepChangeOf)
  .pipe(UpdateProgrammeStepInputSchema.omit({ version: true }));
