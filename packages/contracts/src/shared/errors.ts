import { z } from 'zod';

/** A problem with one field of a request, already translated for the requester. */
/** Catalogue key and values of a message, so a client can show it again in another language. */
const MessageSourceShape = {
  messageKey: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
};

export const FieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  ...MessageSourceShape,
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** The body of every 4xx/5xx answer of the API. */
export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      ...MessageSourceShape,
      fields: z.array(FieldErrorSchema).optional(),
    }),
  })
  .meta({ id: 'ErrorResponse' });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
