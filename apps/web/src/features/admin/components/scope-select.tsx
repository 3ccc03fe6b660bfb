/**
 * Choosing the scope of a role by its name: a search box, then a list of what matches (a unit, a
 * partner city, a business). The picker of each kind of scope says where the matches come from and
 * how they are named; the scope already chosen stays in the list whatever is searched.
 */
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { errorMessage } from '../../../lib/errors.ts';

export interface ScopeOption {
  id: string;
  label: string;
}

/** How long typing must pause before a picker that searches on the server asks it. */
export const SCOPE_SEARCH_DELAY_MS = 250;

/**
 * A scope named in the reader's language, with its name in the other language beside it when that
 * differs ("ฟุกุโอกะ (Fukuoka)"), so that two similar names can be told apart in a list.
 */
export function twoNameOption(
  id: string,
  names: { primary: string | null; other: string | null; fallback?: string | null },
  t: TFunction<['common', 'admin']>,
): ScopeOption {
  const name = names.primary ?? names.other ?? names.fallback ?? id;
  const other = names.other && names.other !== name ? names.other : null;
  return { id, label: other ? t('admin:user_form.scope_option_two_names', { name, other }) : name };
}

/** What every scope picker takes from the roles' fieldset. */
export interface ScopePickerProps {
  value: string;
  /** The scope's name as the server (or the picker, earlier) gave it, for a scope not in the list shown. */
  valueLabel: string | null;
  onChange: (id: string, label: string | null) => void;
  error?: string | undefined;
}

interface ScopeSelectProps extends ScopePickerProps {
  /** The words of this kind of scope, already translated. */
  text: { search: string; searchHint?: string; select: string; choose: string; none: string };
  search: string;
  onSearchChange: (text: string) => void;
  /** What matches the search, in the order to show. */
  options: readonly ScopeOption[];
  /** The matches are being loaded, or could not be. */
  loading: { isPending: boolean; error: unknown };
}

export function ScopeSelect({
  value,
  valueLabel,
  onChange,
  error,
  text,
  search,
  onSearchChange,
  options,
  loading,
}: ScopeSelectProps) {
  const { t } = useTranslation(['common', 'errors', 'frame']);
  const searchId = useId();
  const hintId = useId();
  const chosenLabel = options.find((option) => option.id === value)?.label ?? valueLabel ?? value;
  const isChosenHidden = value !== '' && !options.some((option) => option.id === value);

  return (
    <div className="unit-picker">
      <div className="field">
        <label htmlFor={searchId} className="field-label">
          {text.search}
        </label>
        {text.searchHint ? (
          <p id={hintId} className="field-hint">
            {text.searchHint}
          </p>
        ) : null}
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          maxLength={200}
          aria-describedby={text.searchHint ? hintId : undefined}
          onChange={(event) => onSearchChange(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here; it must not send the whole user form.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <Field
        label={text.select}
        required
        error={error ?? (loading.error ? errorMessage(loading.error, t) : undefined)}
        hint={loading.isPending ? t('frame:status.loading') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(event) => {
              const id = event.target.value;
              onChange(
                id,
                id === value ? chosenLabel : (options.find((option) => option.id === id)?.label ?? null),
              );
            }}
          >
            <option value="">{text.choose}</option>
            {isChosenHidden ? <option value={value}>{chosenLabel}</option> : null}
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {search.trim() && !loading.isPending && options.length === 0 ? (
        <p className="field-hint">{text.none}</p>
      ) : null}
    </div>
  );
}
