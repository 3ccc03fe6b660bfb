/**
 * A KPI as the form that corrects it holds it (decision 0051): both languages of its name, of its
 * rubric's sentences or its unit, each year's target as typed with its words and condition, the kind
 * of change and the note. Checked by the contract the server checks with; the base version's id is
 * added when it is sent.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  KpiCorrectionSchema,
  planChangeKinds,
  PlanTextInputSchema,
  type EditableKpi,
  type KpiCorrection,
  type PlanChangeKind,
} from '@bia/contracts';
import { decimalOrNull } from '../../../lib/form-values.ts';

interface TextValues {
  th: string;
  en: string;
}

export interface TargetValues {
  fiscalYear: number;
  /** As typed: empty where the plan gives no target. */
  value: string;
  asWritten: string;
  /** Both empty when the cell has no condition. */
  condition: TextValues;
}

export interface KpiEditFormValues {
  name: TextValues;
  /** A rubric KPI's sentences, level 1 first (none for another KPI). */
  levels: TextValues[];
  /** A KPI counted in a unit (empty for another KPI). */
  unit: TextValues;
  targets: TargetValues[];
  /** Chosen by the administrator: nothing until then. */
  kind: PlanChangeKind | '';
  note: string;
}

/** What the form sends, less the base version the page adds. */
export type KpiEditInput = Omit<KpiCorrection, 'baseVersionId'>;

const noText: TextValues = { th: '', en: '' };

export function kpiEditValuesOf(kpi: EditableKpi): KpiEditFormValues {
  return {
    name: kpi.name,
    levels: kpi.measure.kind === 'rubric' ? kpi.measure.levels : [],
    unit: kpi.measure.kind === 'number' ? kpi.measure.unit : noText,
    targets: kpi.targets.map((target) => ({
      fiscalYear: target.fiscalYear,
      value: target.value === null ? '' : String(target.value),
      asWritten: target.asWritten,
      condition: target.condition ?? noText,
    })),
    kind: '',
    note: '',
  };
}

const required = { messageKey: 'errors:field.required' };

const targetSchema = z
  .object({
    fiscalYear: z.number(),
    value: z.string(),
    asWritten: z.string(),
    condition: z.object({ th: z.string(), en: z.string() }),
  })
  .superRefine((target, context) => {
    const value = decimalOrNull(target.value);
    if (value !== null && Number.isNaN(value))
      context.addIssue({
        code: 'custom',
        path: ['value'],
        params: { messageKey: 'strategy_plan_admin:errors.value_not_number' },
      });
    // A condition is given in both languages, or not at all.
    const th = target.condition.th.trim();
    const en = target.condition.en.trim();
    if (th && !en) context.addIssue({ code: 'custom', path: ['condition', 'en'], params: required });
    if (en && !th) context.addIssue({ code: 'custom', path: ['condition', 'th'], params: required });
  })
  .transform((target) => {
    const th = target.condition.th.trim();
    const en = target.condition.en.trim();
    return {
      fiscalYear: target.fiscalYear,
      value: decimalOrNull(target.value),
      asWritten: target.asWritten,
      condition: th || en ? { th, en } : null,
    };
  });

/** The form's schema for a KPI measured so (a rubric's sentences, a unit, or neither). */
export function kpiEditFormSchema(measure: EditableKpi['measure']['kind']) {
  return z
    .object({
      // Checked before the rest, so that every missing answer is said at once.
      name: PlanTextInputSchema,
      levels: z.array(z.object({ th: z.string(), en: z.string() })),
      unit: z.object({ th: z.string(), en: z.string() }),
      targets: z.array(targetSchema),
      kind: z.enum(['', ...planChangeKinds]).refine((kind) => kind !== '', { params: required }),
      note: KpiCorrectionSchema.shape.note,
    })
    .transform(({ levels, unit, ...values }) => ({
      ...values,
      ...(measure === 'rubric' ? { levels } : {}),
      ...(measure === 'number' ? { unit } : {}),
    }))
    .pipe(KpiCorrectionSchema.omit({ baseVersionId: true })) satisfies z.ZodType<
    KpiEditInput,
    KpiEditFormValues
  >;
}

/** Every field the server's errors may name. */
export function kpiEditFieldPaths(values: Pick<KpiEditFormValues, 'levels' | 'targets'>) {
  const paths: FieldPath<KpiEditFormValues>[] = ['name.th', 'name.en', 'unit.th', 'unit.en', 'kind', 'note'];
  values.levels.forEach((_, index) => paths.push(`levels.${index}.th`, `levels.${index}.en`));
  values.targets.forEach((_, index) =>
    paths.push(
      `targets.${index}.value`,
      `targets.${index}.asWritten`,
      `targets.${index}.condition.th`,
      `targets.${index}.condition.en`,
    ),
  );
  return paths;
}
