/**
 * Turns schema problems into field problems whose messages are catalogue keys, by the rules the
 * browser's forms follow too (`issueMessageOf` in @bia/contracts).
 */
import type { z } from 'zod';
import { issueMessageOf } from '@bia/contracts';
import { namespaces } from '@bia/i18n';
import { AppError, commonErrors, type FieldProblem, type MessageKey } from './errors.ts';

const catalogueKeyPattern = new RegExp(`^(${namespaces.join('|')}):[a-z0-9_.]+$`);

export function fieldProblemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map(String).join('.');
    // A schema may name its own catalogue message: `.regex(pattern, { message: 'errors:field.invalid_phone' })`.
    if (catalogueKeyPattern.test(issue.message)) {
      return [
        {
          path,
          code: issue.code === 'custom' ? 'invalid' : issue.code,
          messageKey: issue.message as MessageKey,
        },
      ];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...issue.path.map(String), key].join('.'),
        code: 'unknown_field',
        messageKey: 'errors:field.unknown_field' as const,
        params: { field: key },
      }));
    }
    return [{ path, ...issueMessageOf(issue) }];
  });
}

export function validationError(error: z.ZodError): AppError {
  return new AppError(commonErrors.validation_failed, fieldProblemsOf(error));
}
