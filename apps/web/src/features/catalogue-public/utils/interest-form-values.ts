/**
 * The interest form's value as typed, and its schema: the message mapped onto the interest input and
 * checked by the contract's own `InterestInputSchema` (a message left empty is left out).
 */
import { z } from 'zod';
import { InterestInputSchema } from '@bia/contracts';

export interface InterestFormValues {
  message: string;
}

export const interestFormSchema = z
  .object({ message: z.string() })
  .transform(({ message }): z.input<typeof InterestInputSchema> => ({ message: message.trim() || undefined }))
  .pipe(InterestInputSchema);
