/**
 * Who holds a role, and whose accounts an e-mail names: the reads another module makes of the people
 * (the learning module's training records, decision 0058; the coordination requests' mail, in each
 * person's language). Active accounts only.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { roleAssignments, users } from './identity.schema.ts';

export interface PersonRead {
  userId: string;
  email: string;
  displayName: string;
}

/** A person with the interface language they last chose (`th`, `en`): the language of their mail. */
export interface PersonWithLocale extends PersonRead {
  locale: string;
}

const personColumns = {
  userId: users.id,
  email: users.email,
  displayName: users.displayName,
  locale: users.locale,
};

/** The active accounts holding a role, whatever its scope, each once, by name. */
export async function activeHoldersOfRole(db: Db, role: Role): Promise<PersonWithLocale[]> {
  return db
    .selectDistinct(personColumns)
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, role), eq(users.isActive, true)))
    .orderBy(users.displayName, users.id);
}

/** The active accounts holding `role`, each with the scope of that grant (a liaison officer's unit). */
export async function activeScopedHoldersOfRole(
  db: Db,
  role: Role,
): Promise<(PersonRead & { scopeId: string | null })[]> {
  return db
    .selectDistinct({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      scopeId: roleAssignments.scopeId,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, role), eq(users.isActive, true)))
    .orderBy(users.displayName, users.id);
}

/** The active accounts whose e-mail is one of these (compared without case). */
export async function activeUsersByEmails(db: Db, emails: readonly string[]): Promise<PersonWithLocale[]> {
  const lowered = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (lowered.length === 0) return [];
  return db
    .select(personColumns)
    .from(users)
    .where(and(inArray(sql`lower(${users.email})`, lowered), eq(users.isActive, true)));
}

/** Active accounts by id. */
export async function activeUsersByIds(db: Db, ids: readonly string[]): Promise<PersonWithLocale[]> {
  if (ids.length === 0) return [];
  return db
    .select(personColumns)
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.isActive, true)));
}
