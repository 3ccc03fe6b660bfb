/** Ways component tests find what a form shows, as a reader (or assistive technology) would. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

/** The day, month and year of the date field named `label` (components/date-field.tsx). */
function dateParts(label: string | RegExp) {
  const group = screen.getByRole('group', { name: label });
  const [day, year] = within(group).getAllByRole<HTMLInputElement>('textbox');
  const month = within(group).getByRole<HTMLSelectElement>('combobox');
  if (!day || !year) throw new Error(`The date field ${String(label)} has no day or year box.`);
  return { group, day, month, year };
}

/**
 * Types a Gregorian date (YYYY-MM-DD) into a date field as a Thai reader does: the day, the month by
 * its name, the Buddhist-era year. Answers the field's group, whose `aria-describedby` names its error.
 */
export async function typeThaiDate(label: string | RegExp, isoDate: string): Promise<HTMLElement> {
  const [year, month, day] = isoDate.split('-').map(Number);
  const parts = dateParts(label);
  await userEvent.clear(parts.day);
  await userEvent.type(parts.day, String(day));
  await userEvent.selectOptions(parts.month, String(month));
  await userEvent.clear(parts.year);
  await userEvent.type(parts.year, String(Number(year) + 543));
  return parts.group;
}

/** The date a Thai date field shows, as YYYY-MM-DD (Gregorian), or '' when it is empty. */
export function thaiDateShown(label: string | RegExp): string {
  const { day, month, year } = dateParts(label);
  if (!day.value && !month.value && !year.value) return '';
  const pad = (value: string) => value.padStart(2, '0');
  return `${Number(year.value) - 543}-${pad(month.value)}-${pad(day.value)}`;
}
