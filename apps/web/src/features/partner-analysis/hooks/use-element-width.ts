import { useEffect, useRef, useState } from 'react';

/**
 * The width in pixels of the element given the returned ref, kept up to date as the window changes,
 * so that a chart can draw its text at its real size instead of scaling it down on a phone.
 */
export function useElementWidth<T extends HTMLElement>(initial = 720) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
