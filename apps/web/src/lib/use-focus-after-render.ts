import { useCallback, useEffect, useRef, useState } from 'react';

/** An element's id, or a function that finds the element (e.g. the first field marked invalid). */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/**
 * Moves focus once the next render is on the page: after a save the form goes away, after a failed
 * save the fields at fault appear, and focus must land somewhere useful (WCAG 2.4.3), not on the
 * body. If the element is not there yet (a list still reloading), later renders try again.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  const [, setRequests] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const element = typeof target === 'string' ? document.getElementById(target) : target();
    if (element) {
      pending.current = null;
      element.focus();
    }
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
    setRequests((count) => count + 1);
  }, []);
}
