/**
 * The impact register's rules, free of the database: who answers for which unit, what an answer
 * counts, which dates may not be in the past, and what a coordination request made of an item says.
 */
import type {
  ImpactAnswerSave,
  ImpactAnswerStatus,
  ImpactCounts,
  ImpactHandling,
  ImpactUrgency,
} from '@bia/contracts';
import { can, type Actor } from '../../shared/actor.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import { IAO_UNIT_CODE } from '../liaison/index.ts';
import type { ItemRow } from './impacts.repository.ts';

/**
 * The units an actor answers for: any (the IAO's keepers of the register, administrators), the IAO
 * itself (its officers), their own (a liaison officer's unit scope).
 */
export function answeringUnitsOf(actor: Actor): { isAny: boolean; codes: Set<string> } {
  const codes = new Set<string>();
  const isAny = can(actor, 'impacts:manage');
  for (const grant of actor.grants) {
    if (grant.role === 'iao_officer') codes.add(IAO_UNIT_CODE);
    if (grant.role === 'liaison_officer' && grant.scopeType === 'unit' && grant.scopeId)
      codes.add(grant.scopeId);
  }
  return { isAny, codes };
}

export function mayAnswerFor(actor: Actor, unitCode: string): boolean {
  if (!can(actor, 'impacts:submit')) return false;
  const { isAny, codes } = answeringUnitsOf(actor);
  return isAny || codes.has(unitCode);
}

/** An answer can be changed by its unit before it is submitted, and again once returned. */
export function isEditable(status: ImpactAnswerStatus): boolean {
  return status === 'not_started' || status === 'draft' || status === 'returned';
}

/** Counted as answered: submitted, or accepted. */
export function isAnswered(status: ImpactAnswerStatus): boolean {
  return status === 'submitted' || status === 'accepted';
}

export function countsOf(items: readonly Pick<ItemRow, 'kind' | 'urgency' | 'handling'>[]): ImpactCounts {
  return {
    impacts: items.filter((item) => item.kind === 'impact').length,
    duties: items.filter((item) => item.kind === 'duty').length,
    urgent: items.filter((item) => item.urgency === 'urgent').length,
    needsIao: items.filter((item) => item.handling === 'needs_iao').length,
  };
}

/**
 * What is wrong with an answer the contract let through: an item kept that the answer does not hold,
 * a target date in the past on an item new or changed, a submission with nothing in it.
 */
export function answerProblems(
  input: ImpactAnswerSave,
  stored: readonly ItemRow[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (
    list: 'impacts' | 'duties',
    kind: 'impact' | 'duty',
    items: readonly { id?: string | undefined; targetOn: string }[],
  ) => {
    items.forEach((item, index) => {
      const before = item.id ? stored.find((row) => row.id === item.id && row.kind === kind) : undefined;
      if (item.id && !before)
        problems.push({
          path: `${list}.${index}.id`,
          code: 'unknown_item',
          messageKey: 'impacts:errors.item_unknown',
        });
      const isChanged = !before || before.targetOn !== item.targetOn;
      if (isChanged && item.targetOn < today)
        problems.push({
          path: `${list}.${index}.targetOn`,
          code: 'in_past',
          messageKey: 'impacts:errors.target_past',
        });
    });
  };
  check('impacts', 'impact', input.impacts);
  check('duties', 'duty', input.duties);
  if (input.submit && input.impacts.length === 0 && input.duties.length === 0)
    problems.push({ path: 'impacts', code: 'required', messageKey: 'impacts:errors.nothing_to_submit' });
  return problems;
}

/** The stored items an answer's save leaves out that became coordination requests: they stay. */
export function removedWithRequest(input: ImpactAnswerSave, stored: readonly ItemRow[]): ItemRow[] {
  const kept = new Set([...input.impacts, ...input.duties].flatMap((item) => (item.id ? [item.id] : [])));
  return stored.filter((row) => row.requestId !== null && !kept.has(row.id));
}

/** What a coordination request made of an item says, and between whom. */
export interface RequestToOpen {
  subject: string;
  need: string;
  fromUnitCode: string;
  toUnitCode: string;
  urgency: ImpactUrgency;
  handling: ImpactHandling;
  dueOn: string;
}

/**
 * The IAO opens the request to the unit whose item it is, classed as the item is: urgent or can
 * wait, handled by the unit alone or needing the IAO. (The coordination module lets an officer open
 * requests only from their own unit, so the IAO does not open one in the unit's name; the unit
 * receives it in its queue either way.)
 */
export function requestDirection(unitCode: string): { fromUnitCode: string; toUnitCode: string } {
  return { fromUnitCode: IAO_UNIT_CODE, toUnitCode: unitCode };
}

/** Text cut to `max` characters, with an ellipsis when cut. */
export function clipped(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
