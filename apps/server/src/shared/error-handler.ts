/** The one place errors become answers: a code, a translated sentence, the fields at fault. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorResponse } from '@bia/contracts';
import { AppError, commonErrors, type ErrorDefinition } from './errors.ts';
import type { AppEnv } from './http.ts';
import { translatorFor } from './i18n.ts';
import type { Logger } from './logger.ts';

export function errorAnswer(c: Context<AppEnv>, error: AppError) {
  const t = translatorFor(c.get('locale') ?? 'th');
  const body: ErrorResponse = {
    error: {
      code: error.definition.code,
      message: t(error.definition.messageKey, error.params),
      messageKey: error.definition.messageKey,
      ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
      ...(error.fields.length > 0
        ? {
            fields: error.fields.map((field) => ({
              path: field.path,
              code: field.code,
              message: t(field.messageKey, field.params ?? {}),
              messageKey: field.messageKey,
              ...(field.params ? { params: field.params } : {}),
            })),
          }
        : {}),
    },
  };
  return c.json(body, error.definition.status);
}

function definitionForHttpException(error: HTTPException): ErrorDefinition {
  if (error.status === 413) return commonErrors.body_too_large;
  if (error.status === 401) return commonErrors.unauthenticated;
  if (error.status === 403) return commonErrors.forbidden;
  if (error.status === 404) return commonErrors.not_found;
  return commonErrors.malformed_body;
}

export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context<AppEnv>) => {
    if (error instanceof AppError) return errorAnswer(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return errorAnswer(c, new AppError(definitionForHttpException(error)));
    }
    logger.error('unhandled error', { method: c.req.method, path: c.req.path, error });
    return errorAnswer(c, new AppError(commonErrors.internal));
  };
}
