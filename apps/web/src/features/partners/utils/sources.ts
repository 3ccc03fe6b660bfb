/**
 * The sources of a fact as a form holds them: one per line, a web address (with a note after it if
 * wanted) or a citation alone ("Letter กท 1234/2569"). The partner and agreement forms share them, and
 * the rule that a confirmed level names at least one (decision 0012).
 */
import { z } from 'zod';
import {
  MAX_SOURCE_NOTE_LENGTH,
  MAX_SOURCES,
  needsSource,
  type SourceRef,
  type Verification,
} from '@bia/contracts';

/** A line that starts with a web address: the address, then what follows as its note. */
const WEB_ADDRESS_LINE = /^(https?:\/\/\S+\.\S+)\s*(.*)$/i;

/** The sources typed, one per line; empty lines are left out. */
export function sourcesOfText(text: string): SourceRef[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const address = WEB_ADDRESS_LINE.exec(line);
      if (!address?.[1]) return { note: line };
      const note = address[2]?.trim();
      return note ? { url: address[1], note } : { url: address[1] };
    });
}

/** The sources recorded, as the form shows them: one per line. */
export function textOfSources(sources: readonly SourceRef[]): string {
  return sources
    .map((source) => [source.url, source.note].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n');
}

/** The text box of sources: at most MAX_SOURCES lines, none longer than a note may be. */
export const sourcesTextSchema = z.string().superRefine((text, context) => {
  const sources = sourcesOfText(text);
  if (sources.length > MAX_SOURCES) {
    context.addIssue({
      code: 'custom',
      params: { messageKey: 'partner_pages:sources.too_many', max: String(MAX_SOURCES) },
    });
  } else if (sources.some((source) => (source.note?.length ?? 0) > MAX_SOURCE_NOTE_LENGTH)) {
    context.addIssue({
      code: 'custom',
      params: { messageKey: 'partner_pages:sources.too_long', max: String(MAX_SOURCE_NOTE_LENGTH) },
    });
  }
});

/**
 * The rule the server applies, checked in the browser first: a level other than "unconfirmed" needs
 * a source; the message lands on the sources box.
 */
export function requireSourceWhenConfirmed(
  input: { verification?: Verification | undefined; sources?: readonly SourceRef[] | undefined },
  context: z.RefinementCtx,
): void {
  if (input.verification && needsSource(input.verification) && (input.sources?.length ?? 0) === 0) {
    context.addIssue({
      code: 'custom',
      path: ['sources'],
      params: { messageKey: 'partners:errors.source_required' },
    });
  }
}
