import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The message shown under the control; also marks it invalid. */
  error?: string | undefined;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, an optional hint, the control, and its error message, tied together for assistive technology. */
export function Field({ label, hint, error, required, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field-invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { required: true } : {}),
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A field whose control is one input: the input takes every other attribute given, the form's
 * registration (`{...register('name')}`) or its value and change handler.
 */
export function InputField({
  label,
  hint,
  error,
  required,
  className,
  ...input
}: Omit<FieldProps, 'children'> & Omit<ComponentPropsWithRef<'input'>, 'className' | 'required'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

type InputFieldProps = Parameters<typeof InputField>[0];

/** A person's or an office's e-mail address: as long as the contracts allow, not filled from the browser's own. */
export function EmailField(props: Omit<InputFieldProps, 'type' | 'maxLength'>) {
  return <InputField type="email" autoComplete="off" maxLength={254} {...props} />;
}

/** A telephone number: the phone keypad, as long as the contracts allow, not filled from the browser's own. */
export function PhoneField(props: Omit<InputFieldProps, 'type' | 'maxLength'>) {
  return <InputField type="tel" autoComplete="off" maxLength={30} {...props} />;
}

/** A field whose control is a select over the options given; the select takes every other attribute. */
export function SelectField({
  label,
  hint,
  error,
  required,
  className,
  children,
  ...select
}: Omit<FieldProps, 'children'> & Omit<ComponentPropsWithRef<'select'>, 'className' | 'required'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <select {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** A field whose control is a text area; the text area takes every other attribute. */
export function TextareaField({
  label,
  hint,
  error,
  required,
  className,
  ...textarea
}: Omit<FieldProps, 'children'> & Omit<ComponentPropsWithRef<'textarea'>, 'className' | 'required'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => <textarea {...control} {...textarea} />}
    </Field>
  );
}
