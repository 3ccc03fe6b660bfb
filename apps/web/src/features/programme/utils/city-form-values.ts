/**
 * A chosen city's letter and answer as its form holds them (dates and text as typed, HS chapters as
 * "09, 21") and the form schema: the values mapped onto the city's update and checked by the
 * contract's own `UpdateProgrammeCityInputSchema`; the city's version is added when it is sent.
 */
import { z } from 'zod';
import {
  productCategories,
  UpdateProgrammeCityInputSchema,
  type ProductCategory,
  type ProgrammeCity,
  type ReplyStatus,
} from '@bia/contracts';

export type CityChange = Omit<z.input<typeof UpdateProgrammeCityInputSchema>, 'version'>;

export interface CityFormValues {
  replyStatus: ReplyStatus;
  letterReference: string;
  letterSentOn: string;
  replyDueOn: string;
  repliedOn: string;
  interestCategories: string[];
  /** HS chapters as typed: "09, 21". */
  interestHsChapters: string;
  note: string;
}

/** The form's fields, in the order shown (where the server's field errors may land). */
export const cityFormFields = [
  'replyStatus',
  'letterReference',
  'letterSentOn',
  'replyDueOn',
  'repliedOn',
  'interestCategories',
  'interestHsChapters',
  'note',
] as const satisfies readonly (keyof CityFormValues)[];

export function cityValuesOf(city: ProgrammeCity): CityFormValues {
  return {
    replyStatus: city.replyStatus,
    letterReference: city.letterReference ?? '',
    letterSentOn: city.letterSentOn ?? '',
    replyDueOn: city.replyDueOn ?? '',
    repliedOn: city.repliedOn ?? '',
    interestCategories: city.interestCategories,
    interestHsChapters: city.interestHsChapters.join(', '),
    note: city.note ?? '',
  };
}

/** The chapters typed, split at commas and spaces. */
function chaptersOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((chapter) => chapter.trim())
    .filter(Boolean);
}

/** The change as the API takes it: empty dates and text as none. */
export function cityChangeOf(values: CityFormValues): CityChange {
  return {
    replyStatus: values.replyStatus,
    letterReference: values.letterReference.trim() || null,
    // Left empty, the server takes today for a letter marked sent and for an answer.
    ...(values.letterSentOn || values.replyStatus === 'not_sent'
      ? { letterSentOn: values.letterSentOn || null }
      : {}),
    replyDueOn: values.replyDueOn || null,
    interestCategories: values.interestCategories.filter((category): category is ProductCategory =>
      (productCategories as readonly string[]).includes(category),
    ),
    interestHsChapters: chaptersOf(values.interestHsChapters),
    ...(values.repliedOn || !['accepted', 'declined'].includes(values.replyStatus)
      ? { repliedOn: values.repliedOn || null }
      : {}),
    note: values.note.trim() || null,
  };
}

const chapterSchema = UpdateProgrammeCityInputSchema.shape.interestHsChapters.unwrap().element;

export const cityFormSchema = z
  .object({
    replyStatus: UpdateProgrammeCityInputSchema.shape.replyStatus.unwrap(),
    letterReference: z.string(),
    letterSentOn: z.string(),
    replyDueOn: z.string(),
    repliedOn: z.string(),
    interestCategories: z.array(z.string()),
    // Each chapter as the contract checks it, the message on the one box they are typed in.
    interestHsChapters: z.string().superRefine((text, context) => {
      const problem = chaptersOf(text)
        .map((chapter) => chapterSchema.safeParse(chapter).error?.issues[0])
        .find((issue) => issue !== undefined);
      if (problem) context.addIssue({ code: 'custom', message: problem.message });
    }),
    note: z.string(),
  })
  .transform(cityChangeOf)
  .pipe(UpdateProgrammeCityInputSchema.omit({ version: true }));
