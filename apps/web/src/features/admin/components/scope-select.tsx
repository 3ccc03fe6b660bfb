/**
 * Choosing the scope of a role by its name: a search box, then a list of what matches (a unit, a
 * partner city, a business). The picker of each kind of scope says where the matches come from and
 * how they are named; the scope already chosen stays in the list whatever is searched.
 */
import type { TFunction } from 'i18next';
import { NamePicker, type NameOption } from '../../../components/name-picker.tsx';

export type ScopeOption = NameOption;

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

/**
 * A role's scope is always required (the user form, like its other fields, does not mark it so): the
 * shared picker by name, searched.
 */
export function ScopeSelect({ search, onSearchChange, ...picker }: ScopeSelectProps) {
  return (
    <NamePicker
      {...picker}
      search={{ text: search, onChange: onSearchChange }}
      isRequired
      marksRequired={false}
    />
  );
}
