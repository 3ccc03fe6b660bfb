import { describe, expect, it } from 'vitest';
import { agendaFor } from './agenda.ts';

describe('the agenda of a session', () => {
  it('fits the seed’s four items to the session, in steps of 5 minutes, adding up exactly', () => {
    for (const minutes of [120, 150, 165, 180]) {
      const agenda = agendaFor(minutes);
      expect(agenda.map((item) => item.kind)).toEqual([
        'introductions',
        'presentations',
        'buyer_questions',
        'summary',
      ]);
      expect(agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(minutes);
      expect(agenda.every((item) => item.minutes % 5 === 0)).toBe(true);
    }
    expect(agendaFor(150).map((item) => item.minutes)).toEqual([20, 60, 45, 25]);
  });
});
