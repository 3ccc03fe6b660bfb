/**
 * A unit's report as its form holds it (numbers and dates as typed, an unchosen level or status as
 * ''), and the form's schema: each field read as the API takes it and checked by the contract's own
 * schema for it (packages/contracts rounds.contracts.ts), then only the fields of the item's kind
 * kept — a level for a rubric, a value for a number or a percentage, status, progress, budget and
 * milestones for a project. The form's fields have the contract's paths (`evidenceLinks.0.url`), so the
 * server's field errors land where they belong.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  StrategyAnswerInputSchema,
  StrategyEvidenceLinkSchema,
  StrategyProjectStatusSchema,
  StrategyMilestoneSchema,
  type StrategyAnswerInput,
  type StrategyItemDetail,
  type StrategySubmission,
} from '@bia/contracts';
import { amountOrNull, textOrNull } from '../../../lib/form-values.ts';
import type { ReportMode } from './reporting.ts';

export type ItemMeasure = StrategyItemDetail['measure'];

export interface MilestoneFormValues {
  text: string;
  /** '' or YYYY-MM-DD. */
  due: string;
  done: boolean;
}

export interface EvidenceLinkFormValues {
  title: string;
  url: string;
}

export interface SubmissionFormValues {
  /** '' before a level is chosen, else '1'…'5'. */
  levelReached: string;
  value: string;
  narrative: string;
  /** '' before a status is chosen. */
  projectStatus: '' | NonNullable<StrategyAnswerInput['projectStatus']>;
  progressPercent: string;
  budgetPlanned: string;
  budgetSpent: string;
  milestones: MilestoneFormValues[];
  evidenceLinks: EvidenceLinkFormValues[];
  /**
   * Why the report differs from the value the platform computed (decision 0050): kept as saved until
   * the form shows the proposal and this field (mounted by the lead).
   */
  overrideReason: string;
  /** Why an accepted report is corrected (an amendment only). */
  reason: string;
}

/** What the form sends: the report, and the reason of an amendment ('' otherwise). */
export type SubmissionFormOutput = StrategyAnswerInput & { reason: string };

/** At most as many rows as the contract takes. */
export const MAX_MILESTONES = 50;
export const MAX_EVIDENCE_LINKS = 20;

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The form's values for a unit's report as it stands, or empty for a report not begun. */
export function submissionValuesOf(submission: StrategySubmission | undefined): SubmissionFormValues {
  return {
    levelReached: numberText(submission?.levelReached ?? null),
    value: numberText(submission?.value ?? null),
    narrative: submission?.narrative ?? '',
    projectStatus: submission?.projectStatus ?? '',
    progressPercent: numberText(submission?.progressPercent ?? null),
    budgetPlanned: numberText(submission?.budgetPlanned ?? null),
    budgetSpent: numberText(submission?.budgetSpent ?? null),
    milestones: (submission?.milestones ?? []).map((milestone) => ({
      text: milestone.text,
      due: milestone.due ?? '',
      done: milestone.done,
    })),
    evidenceLinks: (submission?.evidenceLinks ?? []).map((link) => ({ title: link.title, url: link.url })),
    overrideReason: submission?.overrideReason ?? '',
    reason: '',
  };
}

export function newMilestone(): MilestoneFormValues {
  return { text: '', due: '', done: false };
}

export function newEvidenceLink(): EvidenceLinkFormValues {
  return { title: '', url: '' };
}

/** A number typed ("1,200", "12.5"), or null when left empty; a word is said to be no number. */
const typedNumber = z.string().transform((text, context) => {
  const amount = amountOrNull(text);
  if (Number.isNaN(amount)) {
    context.addIssue({ code: 'custom', params: { messageKey: 'strategy_reporting:form.not_a_number' } });
    return z.NEVER;
  }
  return amount;
});

const chosenOrNull = z.string().transform((text) => (text === '' ? null : text));
const answer = StrategyAnswerInputSchema.shape;
const milestone = StrategyMilestoneSchema.shape;

const fieldsSchema = z.object({
  levelReached: chosenOrNull
    .transform((text) => (text === null ? null : Number(text)))
    .pipe(answer.levelReached.unwrap()),
  value: typedNumber.pipe(answer.value.unwrap()),
  narrative: z.string().pipe(answer.narrative.unwrap()),
  projectStatus: z.union([z.literal(''), StrategyProjectStatusSchema]).transform((status) => status || null),
  progressPercent: typedNumber.pipe(answer.progressPercent.unwrap()),
  budgetPlanned: typedNumber.pipe(answer.budgetPlanned.unwrap()),
  budgetSpent: typedNumber.pipe(answer.budgetSpent.unwrap()),
  milestones: z
    .array(z.object({ text: milestone.text, due: chosenOrNull.pipe(milestone.due), done: milestone.done }))
    .max(MAX_MILESTONES),
  evidenceLinks: z.array(StrategyEvidenceLinkSchema).max(MAX_EVIDENCE_LINKS),
  overrideReason: z.string().transform(textOrNull).pipe(answer.overrideReason.unwrap()),
  reason: z.string().trim().max(2000),
});

/**
 * The form's schema for an item measured so, reported or amended: what the server checks of the
 * fields (a percentage over 100, a negative value, the reason of an amendment) said at once, and only
 * the fields of the item's kind sent.
 */
export function submissionFormSchema(
  measure: ItemMeasure,
  mode: ReportMode,
): z.ZodType<SubmissionFormOutput, SubmissionFormValues> {
  return fieldsSchema
    .superRefine((values, context) => {
      if (measure.kind === 'number' || measure.kind === 'percent') {
        if (values.value !== null && values.value < 0)
          context.addIssue({ code: 'custom', path: ['value'], message: 'strategy:errors.value_negative' });
        else if (measure.kind === 'percent' && values.value !== null && values.value > 100)
          context.addIssue({ code: 'custom', path: ['value'], message: 'strategy:errors.percent_over_100' });
      }
      if (mode === 'amend' && values.reason === '')
        context.addIssue({ code: 'custom', path: ['reason'], message: 'strategy:errors.reason_required' });
    })
    .transform((values): SubmissionFormOutput => {
      const isProject = measure.kind === 'project';
      return {
        levelReached: measure.kind === 'rubric' ? values.levelReached : null,
        value: measure.kind === 'number' || measure.kind === 'percent' ? values.value : null,
        narrative: values.narrative,
        projectStatus: isProject ? values.projectStatus : null,
        progressPercent: isProject ? values.progressPercent : null,
        budgetPlanned: isProject ? values.budgetPlanned : null,
        budgetSpent: isProject ? values.budgetSpent : null,
        milestones: isProject ? values.milestones : [],
        evidenceLinks: values.evidenceLinks,
        overrideReason: measure.kind === 'project' ? null : values.overrideReason,
        reason: mode === 'amend' ? values.reason : '',
      };
    });
}

/** The report the API takes, without the reason of an amendment. */
export function answerOf({ reason: _reason, ...report }: SubmissionFormOutput): StrategyAnswerInput {
  return report;
}

const simpleFields = [
  'levelReached',
  'value',
  'narrative',
  'projectStatus',
  'progressPercent',
  'budgetPlanned',
  'budgetSpent',
  'overrideReason',
  'reason',
] as const;

/** The form paths where the server's field errors may land, for the rows the form has now. */
export function submissionFieldPaths(
  milestoneCount: number,
  linkCount: number,
): FieldPath<SubmissionFormValues>[] {
  return [
    ...simpleFields,
    ...Array.from({ length: milestoneCount }, (_, index) =>
      (['text', 'due', 'done'] as const).map((field) => `milestones.${index}.${field}` as const),
    ).flat(),
    ...Array.from({ length: linkCount }, (_, index) =>
      (['title', 'url'] as const).map((field) => `evidenceLinks.${index}.${field}` as const),
    ).flat(),
  ];
}
