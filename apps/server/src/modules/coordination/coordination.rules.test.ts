import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/actor.ts';
import { actingUnitsOf, canMoveStatus, median, overviewOrder, reminderDue } from './coordination.rules.ts';

const IAO = '04160000';
const actor = (grants: Actor['grants']): Actor => ({
  userId: 'u',
  email: 'u@test.bia.invalid',
  displayName: 'u',
  locale: 'th',
  grants,
  permissions: new Set(),
  sessionId: 's',
  csrfToken: 'c',
});

describe('coordination rules', () => {
  it('an IAO officer acts for the IAO, a liaison officer for their own unit, other staff for none', () => {
    expect(actingUnitsOf(actor([{ role: 'iao_officer', scopeType: null, scopeId: null }]), IAO)).toEqual([
      IAO,
    ]);
    expect(
      actingUnitsOf(actor([{ role: 'liaison_officer', scopeType: 'unit', scopeId: '1001' }]), IAO),
    ).toEqual(['1001']);
    expect(actingUnitsOf(actor([{ role: 'strategy_officer', scopeType: null, scopeId: null }]), IAO)).toEqual(
      [],
    );
  });

  it('moves freely among open statuses, to done or declined, and only reopens a closed request', () => {
    expect(canMoveStatus('received', 'waiting')).toBe(true);
    expect(canMoveStatus('waiting', 'declined')).toBe(true);
    expect(canMoveStatus('done', 'in_progress')).toBe(true);
    expect(canMoveStatus('done', 'waiting')).toBe(false);
    expect(canMoveStatus('received', 'received')).toBe(false);
  });

  it('is due soon from 2 days before the due date, overdue the day after it', () => {
    expect(reminderDue('2026-11-25', '2026-11-22')).toBeNull();
    expect(reminderDue('2026-11-24', '2026-11-22')).toBe('due_soon');
    expect(reminderDue('2026-11-22', '2026-11-22')).toBe('due_soon');
    expect(reminderDue('2026-11-21', '2026-11-22')).toBe('overdue');
  });

  it('takes the median of an odd and an even count, none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 10])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('puts the overdue first, then the urgent, then the oldest', () => {
    const old = new Date('2026-11-01T00:00:00Z');
    const recent = new Date('2026-11-20T00:00:00Z');
    const rows = [
      { id: 'urgent-recent', isOverdue: false, urgency: 'urgent', openedAt: recent },
      { id: 'can-wait-old', isOverdue: false, urgency: 'can_wait', openedAt: old },
      { id: 'overdue', isOverdue: true, urgency: 'can_wait', openedAt: recent },
      { id: 'urgent-old', isOverdue: false, urgency: 'urgent', openedAt: old },
    ];
    expect(rows.sort(overviewOrder).map((row) => row.id)).toEqual([
      'overdue',
      'urgent-old',
      'urgent-recent',
      'can-wait-old',
    ]);
  });
});
