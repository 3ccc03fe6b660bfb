/**
 * The resolver every form validates with: `zodResolver` over a schema drawn from `@bia/contracts`, its
 * messages taken from the catalogues in the interface language. A schema's own message that is a
 * catalogue key (`{ message: 'errors:field.invalid_phone' }`) is translated too.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldMessageOf } from './field-messages.ts';

/** Translates a catalogue key known only at run time; `undefined` when the catalogues lack it. */
export type KeyTranslator = (key: string, params?: Record<string, string | number>) => string | undefined;

const catalogueKey = /^[a-z_]+:[a-z0-9_.]+$/;

/** Replaces, throughout the nested errors, each message that is a catalogue key by its text. */
function translateKeys(node: unknown, translate: KeyTranslator): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'ref') continue;
    if (key === 'message' && typeof value === 'string' && catalogueKey.test(value)) {
      Reflect.set(node, key, translate(value) ?? value);
    } else {
      translateKeys(value, translate);
    }
  }
}

export function contractResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  translate: KeyTranslator,
): Resolver<Input, unknown, Output> {
  const resolve = zodResolver(schema, {
    error: (issue) => {
      const { messageKey, params } = fieldMessageOf(issue);
      return translate(messageKey, params);
    },
  });
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    translateKeys(result.errors, translate);
    return result;
  };
}
