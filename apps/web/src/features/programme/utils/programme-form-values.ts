/**
 * A fiscal year's programme opened, as its form holds it (numbers as typed), and the form schema:
 * every number asked for, then mapped onto the programme's input and checked by the contract's own
 * `CreateProgrammeInputSchema`.
 */
import { z } from 'zod';
import {
  CreateProgrammeInputSchema,
  DEFAULT_ENTREPRENEURS_PER_SESSION,
  DEFAULT_PLANNED_SESSIONS,
  type CreateProgrammeInput,
} from '@bia/contracts';

/** The programme as the form sends it (the contract's output: the fiscal year a number). */
export type ProgrammeInput = z.output<typeof CreateProgrammeInputSchema>;

export interface ProgrammeFormValues {
  fiscalYear: string;
  plannedSessions: string;
  entrepreneursPerSession: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const programmeFormFields = [
  'fiscalYear',
  'plannedSessions',
  'entrepreneursPerSession',
] as const satisfies readonly (keyof ProgrammeFormValues)[];

/** The year suggested, with the seed's numbers of sessions and of entrepreneurs a session. */
export function newProgrammeValues(fiscalYear: number): ProgrammeFormValues {
  return {
    fiscalYear: String(fiscalYear),
    plannedSessions: String(DEFAULT_PLANNED_SESSIONS),
    entrepreneursPerSession: String(DEFAULT_ENTREPRENEURS_PER_SESSION),
  };
}

export function programmeInputOf(values: ProgrammeFormValues): CreateProgrammeInput {
  return {
    fiscalYear: Number(values.fiscalYear),
    plannedSessions: Number(values.plannedSessions),
    entrepreneursPerSession: Number(values.entrepreneursPerSession),
  };
}

const typedNumber = z.string().trim().min(1);

export const programmeFormSchema = z
  .object({
    fiscalYear: typedNumber,
    plannedSessions: typedNumber,
    entrepreneursPerSession: typedNumber,
  })
  .transform(programmeInputOf)
  .pipe(CreateProgrammeInputSchema);
