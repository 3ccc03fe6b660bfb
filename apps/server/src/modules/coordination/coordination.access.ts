/**
 * Who may do what with a request (decision 0054). The IAO (`coordination:manage`) sees and works all
 * of them; a liaison officer acts for their own unit only: they read and comment on the requests from
 * or to it, and move, assign and answer those assigned to it; the opener and the assignee take part
 * in their own; executives (`coordination:overview`) read without changing anything.
 */
import { can, type Actor } from '../../shared/actor.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { coordinationErrors } from './coordination.errors.ts';
import type { RequestRow } from './coordination.repository.ts';
import { actingUnitsOf } from './coordination.rules.ts';

export interface Involvement {
  isManager: boolean;
  units: string[];
  /** Works the request: the IAO, the unit it is assigned to, its assignee. */
  isHandling: boolean;
  /** Takes part: handling it, or its opener, or of the unit it comes from. */
  isParty: boolean;
  mayRead: boolean;
  /** Assigns it (to a person of the unit, or on to another unit): the IAO or the unit it is assigned to. */
  mayAssign: boolean;
}

export function involvementOf(actor: Actor, row: RequestRow, iaoUnitCode: string): Involvement {
  const isManager = can(actor, 'coordination:manage');
  const units = actingUnitsOf(actor, iaoUnitCode);
  const isOfHandlingUnit = units.includes(row.toUnitCode);
  const isHandling = isManager || isOfHandlingUnit || row.assigneeId === actor.userId;
  const isParty =
    isHandling ||
    row.openedBy === actor.userId ||
    (row.fromUnitCode !== null && units.includes(row.fromUnitCode));
  return {
    isManager,
    units,
    isHandling,
    isParty,
    mayRead: isParty || can(actor, 'coordination:overview'),
    mayAssign: isManager || isOfHandlingUnit,
  };
}

/**
 * A request may go to the IAO or to the actor's own unit; only the IAO sends one to (or forwards it
 * on to) any other unit: a liaison officer does not assign work to another unit on its behalf.
 */
export function checkTargetUnit(actor: Actor, toUnitCode: string, iaoUnitCode: string): void {
  if (can(actor, 'coordination:manage')) return;
  if (toUnitCode === iaoUnitCode || actingUnitsOf(actor, iaoUnitCode).includes(toUnitCode)) return;
  throw new AppError(coordinationErrors.assign_other_unit);
}

/** Refuses the input with its problems, each at its field. */
export function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

export function problem(path: string, code: string, messageKey: FieldProblem['messageKey']): FieldProblem {
  return { path, code, messageKey };
}
