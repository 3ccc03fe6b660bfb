/** Turns schema problems into field problems whose messages are catalogue keys. */
import type { z } from 'zod';
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
    switch (issue.code) {
      case 'invalid_type':
        return [
          issue.input === undefined || issue.input === null
            ? { path, code: 'required', messageKey: 'errors:field.required' }
            : { path, code: 'invalid_type', messageKey: 'errors:field.invalid_type' },
        ];
      case 'too_small':
        if (issue.origin === 'string') {
          return [
            issue.minimum === 1
              ? { path, code: 'required', messageKey: 'errors:field.required' }
              : {
                  path,
                  code: 'too_short',
                  messageKey: 'errors:field.too_short',
                  params: { min: Number(issue.minimum) },
                },
          ];
        }
        if (issue.origin === 'array') {
          return [
            {
              path,
              code: 'too_few_items',
              messageKey: 'errors:field.too_few_items',
              params: { min: Number(issue.minimum) },
            },
          ];
        }
        return [
          {
            path,
            code: 'too_small',
            messageKey: 'errors:field.too_small',
            params: { min: Number(issue.minimum) },
          },
        ];
      case 'too_big':
        if (issue.origin === 'string') {
          return [
            {
              path,
              code: 'too_long',
              messageKey: 'errors:field.too_long',
              params: { max: Number(issue.maximum) },
            },
          ];
        }
        if (issue.origin === 'array') {
          return [
            {
              path,
              code: 'too_many_items',
              messageKey: 'errors:field.too_many_items',
              params: { max: Number(issue.maximum) },
            },
          ];
        }
        return [
          {
            path,
            code: 'too_big',
            messageKey: 'errors:field.too_big',
            params: { max: Number(issue.maximum) },
          },
        ];
      case 'invalid_format':
        if (issue.format === 'email')
          return [{ path, code: 'invalid_email', messageKey: 'errors:field.invalid_email' }];
        if (issue.format === 'date')
          return [{ path, code: 'invalid_date', messageKey: 'errors:field.invalid_date' }];
        return [{ path, code: 'invalid_format', messageKey: 'errors:field.invalid_format' }];
      case 'invalid_value':
        return [{ path, code: 'invalid_value', messageKey: 'errors:field.invalid_value' }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: [...issue.path.map(String), key].join('.'),
          code: 'unknown_field',
          messageKey: 'errors:field.unknown_field' as const,
          params: { field: key },
        }));
      default:
        return [{ path, code: 'invalid', messageKey: 'errors:field.invalid' }];
    }
  });
}

export function validationError(error: z.ZodError): AppError {
  return new AppError(commonErrors.validation_failed, fieldProblemsOf(error));
}
