/**
 * A unit's answer as its form holds it (choices not yet made as '', dates as typed), and the form's
 * schema: each field checked by the contract's own schema for it (packages/contracts
 * impacts.contracts.ts). The fields have the contract's paths (`impacts.0.targetOn`), so the server's
 * field errors land where they belong.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  DutyInputSchema,
  ImpactInputSchema,
  MAX_IMPACT_ITEMS,
  type DutyInput,
  type ImpactAnswerDetail,
  type ImpactInput,
  type ImpactItem,
} from '@bia/contracts';

export interface ItemFormValues {
  /** The stored item's id; '' for a new one. */
  id: string;
  text: string;
  /** '' until chosen (impacts only). */
  effect: string;
  area: string;
  urgency: string;
  handling: string;
  responsible: string;
  /** '' or YYYY-MM-DD. */
  targetOn: string;
  /** The coordination request the item became (shown, not sent). */
  requestId: string;
}

export interface AnswerFormValues {
  impacts: ItemFormValues[];
  duties: ItemFormValues[];
}

export interface AnswerFormOutput {
  impacts: ImpactInput[];
  duties: DutyInput[];
}

export { MAX_IMPACT_ITEMS };

export function newItem(): ItemFormValues {
  return {
    id: '',
    text: '',
    effect: '',
    area: '',
    urgency: '',
    handling: '',
    responsible: '',
    targetOn: '',
    requestId: '',
  };
}

const itemValues = (item: ImpactItem): ItemFormValues => ({
  id: item.id,
  text: item.text,
  effect: item.effect ?? '',
  area: item.area ?? '',
  urgency: item.urgency,
  handling: item.handling,
  responsible: item.responsible,
  targetOn: item.targetOn,
  requestId: item.requestId ?? '',
});

/** The form's values for the answer as it stands (empty before its first save). */
export function answerValuesOf(detail: Pick<ImpactAnswerDetail, 'impacts' | 'duties'>): AnswerFormValues {
  return { impacts: detail.impacts.map(itemValues), duties: detail.duties.map(itemValues) };
}

/**
 * Each row is read leniently first (every field as typed, '' for a choice not made), then checked
 * whole by the contract's schema, so that every field at fault is said at once.
 */
const rowSchema = z.object({
  id: z.string(),
  text: z.string(),
  effect: z.string(),
  area: z.string(),
  urgency: z.string(),
  handling: z.string(),
  responsible: z.string(),
  targetOn: z.string(),
  requestId: z.string(),
});

/** '' as not given (a choice not made, an item not yet saved). */
const given = (value: string) => (value === '' ? undefined : value);

const impactSchema = rowSchema
  .transform(({ id, requestId: _shown, effect, area, urgency, handling, ...item }) => ({
    ...item,
    effect: given(effect),
    area: given(area),
    urgency: given(urgency),
    handling: given(handling),
    ...(id ? { id } : {}),
  }))
  .pipe(ImpactInputSchema);
const dutySchema = rowSchema
  .transform(({ id, requestId: _shown, effect: _none, area: _neither, urgency, handling, ...item }) => ({
    ...item,
    urgency: given(urgency),
    handling: given(handling),
    ...(id ? { id } : {}),
  }))
  .pipe(DutyInputSchema);

export const answerFormSchema: z.ZodType<AnswerFormOutput, AnswerFormValues> = z.object({
  impacts: z.array(impactSchema).max(MAX_IMPACT_ITEMS),
  duties: z.array(dutySchema).max(MAX_IMPACT_ITEMS),
});

const fieldsOf = ['text', 'effect', 'area', 'urgency', 'handling', 'responsible', 'targetOn'] as const;

/** The form paths where the server's field errors may land, for the rows the form has now. */
export function answerFieldPaths(impactCount: number, dutyCount: number): FieldPath<AnswerFormValues>[] {
  return [
    'impacts',
    ...Array.from({ length: impactCount }, (_, index) =>
      fieldsOf.map((field) => `impacts.${index}.${field}` as const),
    ).flat(),
    ...Array.from({ length: dutyCount }, (_, index) =>
      fieldsOf.map((field) => `duties.${index}.${field}` as const),
    ).flat(),
  ];
}
