/**
 * A list page's search and filters kept in the address (`?q=…&district=…`), so that a link, a reload
 * or the back button shows the same list: the text in the search box, the address's parameters, and
 * the ways to change them.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './use-debounced-value.ts';

/** How long typing pauses before the address follows the search box. */
const SEARCH_DELAY_MS = 300;

export function useSearchParamState({
  resetsPage = false,
  history = 'replace',
  followsTyping = false,
}: {
  /** A new search or filter starts again at the first page (`page` leaves the address). */
  resetsPage?: boolean;
  /** Whether a change is a new entry in the browser's history (back returns to it) or replaces it. */
  history?: 'push' | 'replace';
  /** The address follows the typed text once typing pauses, not only when the search is sent. */
  followsTyping?: boolean;
} = {}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const replace = history === 'replace';
  const q = searchParams.get('q') ?? '';
  const [searchText, setSearchText] = useState(q);
  const debouncedSearch = useDebouncedValue(followsTyping ? searchText : '', SEARCH_DELAY_MS);

  /** Sets (a value) or removes (`undefined`, empty) each parameter named. */
  function updateParams(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (resetsPage && !('page' in changes)) next.delete('page');
    if (next.toString() !== searchParams.toString()) setSearchParams(next, { replace });
  }

  // A link to the list (or the back button) changes the address under the search box: follow it.
  // While the address follows typing it holds the text trimmed: the box keeps the spaces typed.
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (!followsTyping || q !== searchText.trim()) setSearchText(q);
  }

  // The address follows the typed text once typing pauses; the ref holds this render's parameters.
  const followTypedRef = useRef<(text: string) => void>(() => undefined);
  useEffect(() => {
    followTypedRef.current = (text) => {
      if (text !== q) updateParams({ q: text || undefined });
    };
  });
  useEffect(() => {
    if (followsTyping) followTypedRef.current(debouncedSearch.trim());
  }, [debouncedSearch, followsTyping]);

  /** The search form's submit handler: the address takes the typed text at once. */
  function submitSearch(event: FormEvent) {
    event.preventDefault();
    updateParams({ q: searchText.trim() || undefined });
  }

  /** Empties the search box and the address, but for the parameters kept (the sort, say). */
  function clearSearch(kept = new URLSearchParams()) {
    setSearchText('');
    setSearchParams(kept, { replace });
  }

  return { searchParams, updateParams, searchText, setSearchText, submitSearch, clearSearch };
}
