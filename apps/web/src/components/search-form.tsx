/** A list page's search: the box with its label and hint, and the button that sends the search. */
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchForm({
  className,
  search,
  regionLabel,
  label,
  hint,
  submitText,
  resultsId,
  maxLength,
}: {
  /** The page's own class for the form (its spacing). */
  className: string;
  /** The search box's text and the form's submit handler (lib/use-search-param-state.ts). */
  search: {
    searchText: string;
    setSearchText: (text: string) => void;
    submitSearch: (event: FormEvent) => void;
  };
  /** Names the search landmark. */
  regionLabel: string;
  label: string;
  hint: string;
  /** The button's words, when not simply "Search". */
  submitText?: string | undefined;
  /** The results the search changes. */
  resultsId: string;
  maxLength?: number | undefined;
}) {
  const { t } = useTranslation('common');
  const id = useId();
  return (
    <form
      className={`search-form ${className}`}
      role="search"
      aria-label={regionLabel}
      onSubmit={search.submitSearch}
    >
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
        <div className="search-form__row">
          <input
            id={id}
            type="search"
            value={search.searchText}
            maxLength={maxLength}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            aria-controls={resultsId}
            onChange={(event) => search.setSearchText(event.target.value)}
          />
          <button type="submit" className="button">
            {submitText ?? t('actions.search')}
          </button>
        </div>
      </div>
    </form>
  );
}
