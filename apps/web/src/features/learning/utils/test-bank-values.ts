/**
 * The question bank as its form holds it: each question's Thai (and optional English) text, its 2–6
 * options, the correct one (a radio button's value, so text), and whether it is in the pre-test, the
 * post-test or both. Checked by the contract, as the server checks it.
 */
import { z } from 'zod';
import {
  LearningQuestionInputSchema,
  type LearningQuestionBank,
  type LearningQuestionInput,
} from '@bia/contracts';

export interface OptionFormValues {
  th: string;
  en: string;
}

export interface QuestionFormValues {
  promptTh: string;
  promptEn: string;
  options: OptionFormValues[];
  /** The correct option's index as text; '' before one is chosen. */
  correctIndex: string;
  inPre: boolean;
  inPost: boolean;
}

export interface BankFormValues {
  questions: QuestionFormValues[];
}

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

/** A new question: two empty options, none correct yet, in both tests (the same test before and after). */
export function newQuestion(): QuestionFormValues {
  return {
    promptTh: '',
    promptEn: '',
    options: [
      { th: '', en: '' },
      { th: '', en: '' },
    ],
    correctIndex: '',
    inPre: true,
    inPost: true,
  };
}

export function bankValues(bank: LearningQuestionBank): BankFormValues {
  return {
    questions: bank.questions.map((question) => ({
      promptTh: question.promptTh,
      promptEn: question.promptEn ?? '',
      options: question.options.map((option) => ({ th: option.th, en: option.en ?? '' })),
      correctIndex: String(question.correctIndex),
      inPre: question.inPre,
      inPost: question.inPost,
    })),
  };
}

/**
 * The correct answer after option `removed` is taken out: the same option (moved up one when it came
 * after), or none when it was the one removed.
 */
export function correctAfterRemoving(correctIndex: string, removed: number): string {
  if (correctIndex === '') return '';
  const index = Number(correctIndex);
  if (index === removed) return '';
  return String(index > removed ? index - 1 : index);
}

const questionFormSchema = z
  .object({
    promptTh: z.string(),
    promptEn: z.string(),
    options: z.array(z.object({ th: z.string(), en: z.string() })),
    correctIndex: z.string(),
    inPre: z.boolean(),
    inPost: z.boolean(),
  })
  .transform((question, context): LearningQuestionInput => {
    if (question.correctIndex === '')
      context.addIssue({
        code: 'custom',
        path: ['correctIndex'],
        params: { messageKey: 'learning_tests:errors.correct_option_missing' },
      });
    return {
      promptTh: question.promptTh,
      promptEn: question.promptEn.trim() || undefined,
      options: question.options.map((option) => ({ th: option.th, en: option.en.trim() || undefined })),
      correctIndex: question.correctIndex === '' ? 0 : Number(question.correctIndex),
      inPre: question.inPre,
      inPost: question.inPost,
    };
  })
  .pipe(LearningQuestionInputSchema);

export const bankFormSchema = z.object({ questions: z.array(questionFormSchema).max(100) });
