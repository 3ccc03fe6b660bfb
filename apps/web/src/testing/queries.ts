/** Ways component tests find what a form shows, as a reader (or assistive technology) would. */
import { sentRequests, type SentRequest } from './api-double.ts';

/** The message shown under a control, found through its `aria-describedby`. */
export function errorUnder(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? (document.getElementById(errorId)?.textContent ?? null) : null;
}

/** A label starting with the text: the field's name, perhaps followed by "(required)". */
export function labelStarting(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** The requests that would change something (all but GET), oldest first. */
export function sentChanges(): SentRequest[] {
  return sentRequests().filter((request) => request.method !== 'GET');
}
