/**
 * The activity form's values as typed and its schema: the values mapped onto the activity input and
 * checked by the contract's own `ActivityInputSchema`, so the browser checks what the server checks.
 */
import { z } from 'zod';
import {
  ActivityInputSchema,
  ActivityKindSchema,
  BmaRoleSchema,
  EngagementAreaSchema,
  type Activity,
  type ActivityInput,
  type ActivityKind,
  type BmaRole,
  type EngagementArea,
} from '@bia/contracts';
import { textOrNull } from '../../../lib/form-values.ts';

export interface ActivityFormValues {
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn: string;
  fields: string[];
  unitCodes: string[];
  participants: string;
  outcome: string;
  engagementAreas: EngagementArea[];
  isContinuing: boolean;
  /** Empty: not stated. */
  bmaRole: BmaRole | '';
}

/** The form's fields, in the order they are shown (where the server's field errors may land). */
export const activityFormFields = [
  'kind',
  'title',
  'startsOn',
  'endsOn',
  'fields',
  'unitCodes',
  'participants',
  'outcome',
  'engagementAreas',
  'isContinuing',
  'bmaRole',
] as const satisfies readonly (keyof ActivityFormValues)[];

export function activityFormValuesOf(activity: Activity | undefined): ActivityFormValues {
  return {
    kind: activity?.kind ?? 'visit_to_bangkok',
    title: activity?.title ?? '',
    startsOn: activity?.startsOn ?? '',
    endsOn: activity?.endsOn ?? '',
    fields: activity?.fields ?? [],
    unitCodes: activity?.unitCodes ?? [],
    participants: activity?.participants ?? '',
    outcome: activity?.outcome ?? '',
    engagementAreas: activity?.engagementAreas ?? [],
    isContinuing: activity?.isContinuing ?? false,
    bmaRole: activity?.bmaRole ?? '',
  };
}

/** The input before the contract checks it: a start date not typed is missing, not a wrong date. */
export type ActivityDraft = Omit<ActivityInput, 'startsOn'> & { startsOn: string | undefined };

/** The values as the API takes them: optional text trimmed, an empty end date as none. */
export function activityInputOf(values: ActivityFormValues): ActivityDraft {
  return {
    kind: values.kind,
    title: values.title,
    startsOn: values.startsOn || undefined,
    endsOn: values.endsOn || null,
    fields: values.fields,
    unitCodes: values.unitCodes,
    participants: textOrNull(values.participants),
    outcome: textOrNull(values.outcome),
    engagementAreas: values.engagementAreas,
    isContinuing: values.isContinuing,
    bmaRole: values.bmaRole || null,
  };
}

export const activityFormSchema = z
  .object({
    kind: ActivityKindSchema,
    title: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    fields: z.array(z.string()),
    unitCodes: z.array(z.string()),
    participants: z.string(),
    outcome: z.string(),
    engagementAreas: z.array(EngagementAreaSchema),
    isContinuing: z.boolean(),
    bmaRole: z.union([BmaRoleSchema, z.literal('')]),
  })
  .transform(activityInputOf)
  .pipe(ActivityInputSchema);
