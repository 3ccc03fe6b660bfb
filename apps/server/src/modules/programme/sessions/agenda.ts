/** A session's agenda: the seed's four items (§6.1.7), fitted to the session's length, and checked. Pure. */
import type { AgendaItem } from '@bia/contracts';
import type { FieldProblem, MessageKey } from '../../../shared/errors.ts';

/** The seed's agenda (§6.1.7), as shared out over 2½ hours. */
export const defaultAgenda: AgendaItem[] = [
  { kind: 'introductions', title: null, minutes: 20 },
  { kind: 'presentations', title: null, minutes: 60 },
  { kind: 'buyer_questions', title: null, minutes: 45 },
  { kind: 'summary', title: null, minutes: 25 },
];

/**
 * The seed's agenda fitted to a session of `minutes`: each item keeps its share, in steps of 5
 * minutes, and the presentations take what rounding leaves, so that the items add up to the session.
 */
export function agendaFor(minutes: number): AgendaItem[] {
  const planned = defaultAgenda.reduce((sum, item) => sum + item.minutes, 0);
  const scaled = defaultAgenda.map((item) => ({
    ...item,
    minutes: Math.max(5, Math.round((item.minutes * minutes) / planned / 5) * 5),
  }));
  const rest = minutes - scaled.reduce((sum, item) => sum + item.minutes, 0);
  return scaled.map((item) =>
    item.kind === 'presentations' ? { ...item, minutes: Math.max(5, item.minutes + rest) } : item,
  );
}

/** A custom item of the agenda needs its title. */
export function agendaProblems(agenda: readonly AgendaItem[]): FieldProblem[] {
  return agenda.flatMap((item, index) =>
    item.kind === 'custom' && !item.title
      ? [
          {
            path: `agenda.${index}.title`,
            code: 'required',
            messageKey: 'errors:field.required' as MessageKey,
          },
        ]
      : [],
  );
}
