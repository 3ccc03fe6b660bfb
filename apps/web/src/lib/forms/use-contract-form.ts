/**
 * A form over react-hook-form, validated in the browser by the schema the server validates with, its
 * messages in the interface language; the server's own field errors land on their fields.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type DefaultValues, type FieldPath, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { contractResolver, type KeyTranslator } from './contract-resolver.ts';
import { setServerErrors } from './server-errors.ts';

/** `t` for keys known only at run time (chosen by the schema), which the typed `t` cannot take. */
type RuntimeKeyTranslate = (key: string, values: Record<string, string | number>) => string;

/** The message of the error at a dotted path of the nested errors, if there is one. */
function messageAt(errors: unknown, path: string): string | undefined {
  let node = errors;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Reflect.get(node, key);
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const message: unknown = Reflect.get(node, 'message');
  return typeof message === 'string' ? message : undefined;
}

export function useContractForm<Input extends FieldValues, Output>({
  schema,
  defaultValues,
}: {
  /** A contract schema, or a form schema derived from one (strings as typed, mapped to the input). */
  schema: z.ZodType<Output, Input>;
  defaultValues: DefaultValues<Input>;
}) {
  const { i18n } = useTranslation();
  const resolver = useMemo(() => {
    const translateRuntimeKey = i18n.t.bind(i18n) as RuntimeKeyTranslate;
    const translate: KeyTranslator = (key, params) =>
      i18n.exists(key) ? translateRuntimeKey(key, params ?? {}) : undefined;
    return contractResolver(schema, translate);
  }, [schema, i18n]);
  const form = useForm<Input, unknown, Output>({ resolver, defaultValues });
  // Read while rendering so that react-hook-form keeps track of the changed fields, which a reload of
  // the latest version (reset with keepDirtyValues) leaves as typed.
  void form.formState.dirtyFields;

  /** Places the server's field errors on the fields; true when at least one landed. */
  function showServerErrors(error: unknown, fieldNames: readonly FieldPath<Input>[]): boolean {
    return setServerErrors(error, fieldNames, form.setError);
  }

  /** The message under a field (`ownerName`, `name.th`): the browser's check, or the server's answer. */
  function errorAt(path: string): string | undefined {
    return messageAt(form.formState.errors, path);
  }

  return { ...form, showServerErrors, errorAt };
}
