/**
 * A new coordination request as its form holds it (every field as typed, choices as strings), turned
 * into the contract's input and checked by it, as the server checks it.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  CoordinationHandlerSchema,
  CoordinationRequestCreateSchema,
  CoordinationUrgencySchema,
  type CoordinationHandler,
  type CoordinationRequestCreate,
  type CoordinationUrgency,
} from '@bia/contracts';

export interface NewRequestFormValues {
  subject: string;
  details: string;
  fromUnitCode: string;
  toUnitCode: string;
  assigneeId: string;
  partnerId: string;
  sessionId: string;
  kpiCode: string;
  dueDate: string;
  urgency: CoordinationUrgency;
  handledBy: CoordinationHandler;
}

/** The form as it opens: to the IAO (for a unit) or nothing chosen (for the IAO), can wait, needing the IAO. */
export function newRequestValues(defaults: {
  fromUnitCode: string;
  toUnitCode: string;
}): NewRequestFormValues {
  return {
    subject: '',
    details: '',
    fromUnitCode: defaults.fromUnitCode,
    toUnitCode: defaults.toUnitCode,
    assigneeId: '',
    partnerId: '',
    sessionId: '',
    kpiCode: '',
    dueDate: '',
    urgency: 'can_wait',
    handledBy: 'iao',
  };
}

export const newRequestFormSchema = z
  .object({
    subject: z.string().trim().min(1, { message: 'errors:field.required' }),
    details: z.string().trim().min(1, { message: 'errors:field.required' }),
    fromUnitCode: z.string(),
    toUnitCode: z.string().min(1, { message: 'errors:field.required' }),
    assigneeId: z.string(),
    partnerId: z.string(),
    sessionId: z.string(),
    kpiCode: z.string(),
    dueDate: z.string().min(1, { message: 'errors:field.required' }),
    urgency: CoordinationUrgencySchema,
    handledBy: CoordinationHandlerSchema,
  })
  .transform((values): CoordinationRequestCreate => ({
    subject: values.subject,
    details: values.details,
    ...(values.fromUnitCode ? { fromUnitCode: values.fromUnitCode } : {}),
    toUnitCode: values.toUnitCode,
    assigneeId: values.assigneeId || null,
    partnerId: values.partnerId || null,
    sessionId: values.sessionId || null,
    kpiCode: values.kpiCode.trim() || null,
    dueDate: values.dueDate,
    urgency: values.urgency,
    handledBy: values.handledBy,
  }))
  .pipe(CoordinationRequestCreateSchema);

/** The fields the server's errors may name. */
export const newRequestFieldPaths: readonly FieldPath<NewRequestFormValues>[] = [
  'subject',
  'details',
  'fromUnitCode',
  'toUnitCode',
  'assigneeId',
  'partnerId',
  'sessionId',
  'kpiCode',
  'dueDate',
  'urgency',
  'handledBy',
];
