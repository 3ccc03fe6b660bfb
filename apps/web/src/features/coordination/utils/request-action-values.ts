/**
 * The request page's forms as they hold their values (choices as strings, `''` for none), each turned
 * into the contract's input without the version (sent with the version shown) and checked by it.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  CoordinationAssignSchema,
  CoordinationCommentSchema,
  CoordinationStatusChangeSchema,
  type CoordinationRequestDetail,
} from '@bia/contracts';

/** A status change: the contract's, the version aside. */
export const statusFormSchema = CoordinationStatusChangeSchema.omit({ version: true });
export type StatusFormValues = z.input<typeof statusFormSchema>;
export type StatusFormOutput = z.output<typeof statusFormSchema>;
export const statusFieldPaths: readonly FieldPath<StatusFormValues>[] = ['status', 'note'];

/** The form as it opens: a received request is usually taken in hand next; no note. */
export function statusValuesOf(request: CoordinationRequestDetail): StatusFormValues {
  return { status: request.status === 'received' ? 'in_progress' : request.status, note: '' };
}

export interface AssignFormValues {
  toUnitCode: string;
  /** `''`: no one yet. */
  assigneeId: string;
}

const assignSchema = CoordinationAssignSchema.omit({ version: true });

export const assignFormSchema = z
  .object({ toUnitCode: z.string(), assigneeId: z.string() })
  .transform((values): z.input<typeof assignSchema> => ({
    toUnitCode: values.toUnitCode,
    assigneeId: values.assigneeId || null,
  }))
  .pipe(assignSchema);
export type AssignFormOutput = z.output<typeof assignFormSchema>;
export const assignFieldPaths: readonly FieldPath<AssignFormValues>[] = ['toUnitCode', 'assigneeId'];

export function assignValuesOf(request: CoordinationRequestDetail): AssignFormValues {
  return { toUnitCode: request.toUnit.code, assigneeId: request.assignee?.id ?? '' };
}

export interface CommentFormValues {
  body: string;
  /** `''`: to no one in particular. */
  addressedTo: string;
}

export const commentFormSchema = z
  .object({
    body: z.string().trim().min(1, { message: 'coordination:actions.comment_required' }),
    addressedTo: z.string(),
  })
  .transform((values): z.input<typeof CoordinationCommentSchema> => ({
    body: values.body,
    addressedTo: values.addressedTo || null,
  }))
  .pipe(CoordinationCommentSchema);
export type CommentFormOutput = z.output<typeof commentFormSchema>;
export const commentFieldPaths: readonly FieldPath<CommentFormValues>[] = ['body', 'addressedTo'];
export const emptyComment: CommentFormValues = { body: '', addressedTo: '' };
