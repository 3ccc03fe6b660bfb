import { useMemo } from 'react';
import { useFormat } from '../../../lib/format.ts';

/** Names a language code (ISO 639-1) in the interface language: "zh" → "จีน" / "Chinese". */
export function useLanguageNames(): (code: string) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return (code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}
