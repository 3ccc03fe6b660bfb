/** Feedback as its form holds it: the rating chosen (1–5, as text) and the comments. */
import { z } from 'zod';
import { LearningFeedbackCreateSchema } from '@bia/contracts';

export interface FeedbackFormValues {
  rating: string;
  comments: string;
}

export const feedbackFormSchema = z
  .object({
    rating: z.string().regex(/^[1-5]$/, { message: 'learning:feedback.rating_required' }),
    comments: z.string(),
  })
  .transform((values): z.input<typeof LearningFeedbackCreateSchema> => ({
    rating: Number(values.rating),
    comments: values.comments.trim() || null,
  }))
  .pipe(LearningFeedbackCreateSchema);
