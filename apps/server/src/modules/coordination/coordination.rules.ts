/**
 * The pure rules of coordination requests (decision 0054): which units an actor acts for, how a
 * status may move, when a reminder is due, ages in Bangkok's calendar, medians and the overview's order.
 */
import type { CoordinationStatus } from '@bia/contracts';
import { isOpenCoordinationStatus } from '@bia/contracts';
import type { Actor } from '../../shared/actor.ts';

/** The units an actor acts for: the IAO for its officers and administrators, their own for liaison officers. */
export function actingUnitsOf(actor: Actor, iaoUnitCode: string): string[] {
  const codes = new Set<string>();
  for (const grant of actor.grants) {
    if (grant.role === 'iao_officer' || grant.role === 'admin') codes.add(iaoUnitCode);
    if (grant.role === 'liaison_officer' && grant.scopeType === 'unit' && grant.scopeId)
      codes.add(grant.scopeId);
  }
  return [...codes].sort();
}

/**
 * Where a status may go: between the open statuses freely, from any of them to done or declined; a
 * request done or declined is only reopened (in progress).
 */
export function canMoveStatus(from: CoordinationStatus, to: CoordinationStatus): boolean {
  if (from === to) return false;
  if (isOpenCoordinationStatus(from)) return true;
  return to === 'in_progress';
}

export type CoordinationReminderKind = 'due_soon' | 'overdue';

/** Days a "due soon" reminder goes before the due date. */
export const DUE_SOON_DAYS = 2;

/** Days from one calendar date (`YYYY-MM-DD`) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The reminder due today for an open request: overdue after its due date, due soon within 2 days of it. */
export function reminderDue(dueDate: string, today: string): CoordinationReminderKind | null {
  const left = daysBetween(today, dueDate);
  if (left < 0) return 'overdue';
  if (left <= DUE_SOON_DAYS) return 'due_soon';
  return null;
}

/** The median of numbers; null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface OverviewOrderFacts {
  isOverdue: boolean;
  urgency: string;
  openedAt: Date;
}

/** The overview's order: overdue first, then urgent, then the oldest. */
export function overviewOrder(a: OverviewOrderFacts, b: OverviewOrderFacts): number {
  if (a.isOverdue !== b.isOverdue) return a.isOverdue ? -1 : 1;
  if (a.urgency !== b.urgency) return a.urgency === 'urgent' ? -1 : 1;
  return a.openedAt.getTime() - b.openedAt.getTime();
}

/** The unit a request is counted under in the overview: the unit working with the IAO. */
export function overviewUnitOf(
  request: { fromUnitCode: string | null; toUnitCode: string },
  iaoUnitCode: string,
): string {
  if (request.toUnitCode !== iaoUnitCode) return request.toUnitCode;
  return request.fromUnitCode ?? iaoUnitCode;
}
