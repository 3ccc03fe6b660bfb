/** The languages someone speaks, named in the reader's language, as tags; `empty` when none are known. */
import type { ReactNode } from 'react';
import { useLanguageNames } from '../lib/languages.ts';

export function LanguageTags({
  codes,
  className,
  empty,
}: {
  codes: readonly string[];
  /** The feature's class for its tags. */
  className: string;
  empty: ReactNode;
}) {
  const languageName = useLanguageNames();
  if (codes.length === 0) return empty;
  return (
    <ul className={className}>
      {codes.map((code) => (
        <li key={code}>{languageName(code)}</li>
      ))}
    </ul>
  );
}
