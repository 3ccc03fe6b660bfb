/**
 * Choosing a product's HS code from the shipped nomenclature: a search box (digits find codes that
 * start with them; Thai or English words find the codes whose description or office keywords hold
 * every word) and the results as radio buttons, each with its code, its English description (marked
 * as English) and the office's Thai keywords. The code chosen and its description stay shown above.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHsCode, useHsSearch } from '../api/reference.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { RequiredLabel } from '../../../components/required-label.tsx';

const SEARCH_DELAY_MS = 250;

export function HsCodePicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (code: string) => void;
  /** The message for the chosen code (the browser's check or the server's answer). */
  error: string | undefined;
}) {
  const { t } = useTranslation('catalogue_pages');
  const ids = { search: useId(), chosen: useId(), results: useId(), error: useId() };
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text, SEARCH_DELAY_MS);
  const search = useHsSearch(debounced);
  const chosen = useHsCode(value);
  const problem = error;
  const results = search.data ?? [];
  const isSearching = debounced.trim().length >= 2;

  return (
    <fieldset
      className={['fieldset biz-hs', problem ? 'field-invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={[ids.chosen, problem ? ids.error : null].filter(Boolean).join(' ')}
    >
      <legend>
        <RequiredLabel>{t('hs.legend')}</RequiredLabel>
      </legend>
      <p id={ids.chosen} className="biz-hs__chosen" aria-live="polite">
        {value ? (
          <>
            {t('hs.chosen')} <strong className="biz-code">{value}</strong>
            {chosen.data ? (
              <>
                {' — '}
                <span lang="en">{chosen.data.description}</span>
              </>
            ) : null}
          </>
        ) : (
          t('hs.none_chosen')
        )}
      </p>
      {problem && (
        <p id={ids.error} className="field-error">
          {problem}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.search} className="field-label">
          {t('hs.search')}
        </label>
        <p id={`${ids.search}-hint`} className="field-hint">
          {t('hs.search_hint')}
        </p>
        <input
          id={ids.search}
          type="search"
          autoComplete="off"
          maxLength={100}
          value={text}
          aria-describedby={`${ids.search}-hint`}
          aria-controls={ids.results}
          {...(problem && !value ? { 'aria-invalid': true as const } : {})}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here; it must not send the whole product form.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <div id={ids.results} aria-live="polite" aria-busy={search.isFetching}>
        {isSearching && search.data && results.length === 0 && <p className="empty">{t('hs.no_results')}</p>}
        {isSearching && search.isError && <p className="field-error">{t('hs.search_failed')}</p>}
        {isSearching && results.length > 0 && (
          <ul className="biz-hs__results" aria-label={t('hs.results', { number: results.length })}>
            {results.map((item) => (
              <li key={item.code}>
                <label className="radio biz-hs__result">
                  <input
                    type="radio"
                    name="hsCode"
                    value={item.code}
                    checked={value === item.code}
                    onChange={() => onChange(item.code)}
                  />
                  <span>
                    <span className="biz-code">{item.code}</span> <span lang="en">{item.description}</span>
                    {item.keywordsTh.length > 0 && (
                      <span className="biz-hs__keywords">
                        {t('hs.keywords')}{' '}
                        {/* Content words, not interface text: a middle dot between them, as on screen. */}
                        <span lang="th">{item.keywordsTh.join(' · ')}</span>
                      </span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
