/** Who may do what with events: managers (the IAO) run them; staff register, check in and give feedback. */
import { can, scopesOf, type Actor } from '../../shared/actor.ts';

/** Runs events: creates and changes them, registers others, ticks attendance, reads the roster. */
export function canManageEvents(actor: Actor | null): boolean {
  return can(actor, 'learning:manage');
}

/** The units a person acts for: a liaison officer's units (their grants' unit scope). */
export function unitsOfActor(actor: Actor): string[] {
  return scopesOf(actor, 'unit');
}
