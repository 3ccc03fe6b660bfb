/** SQL for accounts, roles, sessions and tokens. No rules here: the services decide. */
import { and, count, desc, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role, ScopeType } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { RoleGrant } from '../../shared/actor.ts';
import { containsPattern } from '../../shared/text.ts';
import { accountTokens, roleAssignments, sessions, signInAttempts, users } from './identity.schema.ts';

export type UserRow = typeof users.$inferSelect;
export type TokenPurpose = 'reset' | 'invite';

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

/** The user; locked until the transaction ends when asked (`forUpdate`). */
export async function findUserById(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<UserRow | undefined> {
  const query = db.select().from(users).where(eq(users.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export interface UserSearch {
  /** Text in the e-mail address or the name. */
  q?: string | undefined;
  status: 'active' | 'inactive' | 'all';
  role?: Role | undefined;
  page: number;
  pageSize: number;
}

/** One page of the accounts matching the search, active ones first, by name; and how many match. */
export async function listUsers(db: Db, search: UserSearch): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (search.q) {
    const pattern = containsPattern(search.q);
    conditions.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern)));
  }
  if (search.status !== 'all') conditions.push(eq(users.isActive, search.status === 'active'));
  if (search.role) {
    conditions.push(
      sql`exists (select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and ${roleAssignments.role} = ${search.role})`,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(desc(users.isActive), users.displayName)
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}

/** Writes the values given; answers the row as stored, or undefined when there is none. */
export async function updateUser(
  db: Db,
  id: string,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}

export async function grantsOfUsers(db: Db, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const grants = new Map<string, RoleGrant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return grants;
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(sql`${roleAssignments.userId} in ${userIds}`)
    .orderBy(roleAssignments.role, roleAssignments.scopeId);
  for (const row of rows) {
    grants.get(row.userId)?.push({
      role: row.role as Role,
      scopeType: row.scopeType as ScopeType | null,
      scopeId: row.scopeId,
    });
  }
  return grants;
}

/**
 * The active users holding a role for some scopes (the entrepreneurs keeping some businesses), with
 * the scope they hold it for, their address and language: whom another module mails about a scope.
 */
export async function activeUsersHoldingRole(
  db: Db,
  role: Role,
  scopeIds: readonly string[],
): Promise<{ userId: string; email: string; displayName: string; locale: string; scopeId: string }[]> {
  if (scopeIds.length === 0) return [];
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      scopeId: roleAssignments.scopeId,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, role),
        inArray(roleAssignments.scopeId, [...scopeIds]),
        eq(users.isActive, true),
      ),
    )
    .orderBy(users.email);
  return rows.flatMap((row) => (row.scopeId ? [{ ...row, scopeId: row.scopeId }] : []));
}

export async function replaceGrants(db: Db, userId: string, grants: RoleGrant[]): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (grants.length === 0) return;
  await db.insert(roleAssignments).values(grants.map((grant) => ({ userId, ...grant })));
}

export async function insertSession(
  db: Db,
  values: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ipAddress: string;
    userAgent: string | null;
  },
): Promise<string> {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return row.id;
}

export async function findLiveSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isActive, true)));
  return row;
}

export async function touchSession(db: Db, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, or every one but the session to keep. */
export async function deleteSessionsOfUser(db: Db, userId: string, keepSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(eq(sessions.userId, userId), keepSessionId ? sql`${sessions.id} <> ${keepSessionId}` : undefined),
    );
}

export async function recordSignInAttempt(
  db: Db,
  values: { email: string; ipAddress: string; isSuccess: boolean; attemptedAt: Date },
): Promise<void> {
  await db.insert(signInAttempts).values(values);
}

/**
 * The failed sign-in attempts of each e-mail (keyed lower-cased) since its last success and since
 * `since`, newest first: what the limit per account counts.
 */
export async function recentFailuresOfEmails(
  db: Db,
  emails: string[],
  since: Date,
): Promise<Map<string, Date[]>> {
  const lowered = [...new Set(emails.map((email) => email.toLowerCase()))];
  const failures = new Map<string, Date[]>(lowered.map((email) => [email, []]));
  if (lowered.length === 0) return failures;
  const success = alias(signInAttempts, 'success');
  const lastSuccess = db
    .select({ at: sql`max(${success.attemptedAt})` })
    .from(success)
    .where(
      and(eq(sql`lower(${success.email})`, sql`lower(${signInAttempts.email})`), eq(success.isSuccess, true)),
    );
  const rows = await db
    .select({ email: sql<string>`lower(${signInAttempts.email})`, attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(
      and(
        inArray(sql`lower(${signInAttempts.email})`, lowered),
        eq(signInAttempts.isSuccess, false),
        gt(signInAttempts.attemptedAt, since),
        sql`${signInAttempts.attemptedAt} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    )
    .orderBy(desc(signInAttempts.attemptedAt));
  for (const row of rows) failures.get(row.email)?.push(row.attemptedAt);
  return failures;
}

/** Forgets an e-mail's failed sign-in attempts (the account is unlocked); answers how many there were. */
export async function clearFailedSignIns(db: Db, email: string): Promise<number> {
  const deleted = await db
    .delete(signInAttempts)
    .where(
      and(eq(sql`lower(${signInAttempts.email})`, email.toLowerCase()), eq(signInAttempts.isSuccess, false)),
    )
    .returning({ id: signInAttempts.id });
  return deleted.length;
}

export async function countRecentFailuresForAddress(db: Db, ipAddress: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ failures: count() })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.ipAddress, ipAddress),
        eq(signInAttempts.isSuccess, false),
        gt(signInAttempts.attemptedAt, since),
      ),
    );
  return row?.failures ?? 0;
}

export async function insertAccountToken(
  db: Db,
  values: { tokenHash: string; userId: string; purpose: TokenPurpose; expiresAt: Date },
): Promise<void> {
  await db.insert(accountTokens).values(values);
}

export async function findAccountToken(db: Db, tokenHash: string) {
  const [row] = await db.select().from(accountTokens).where(eq(accountTokens.tokenHash, tokenHash));
  return row;
}

/** Marks a token used; answers false if it was used meanwhile (single use, even under a race). */
export async function consumeAccountToken(db: Db, tokenId: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.id, tokenId), isNull(accountTokens.usedAt)))
    .returning({ id: accountTokens.id });
  return updated.length === 1;
}

/** Withdraws a user's unused tokens of a purpose, so only the newest e-mailed link works. */
export async function expireOpenTokens(
  db: Db,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)),
    );
}

/** How many people's accounts hold a role scoped to this record (active or not). */
export async function accountsScopedTo(db: Db, scopeType: ScopeType, scopeId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(distinct ${roleAssignments.userId})::int` })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.scopeType, scopeType), eq(roleAssignments.scopeId, scopeId)));
  return row?.count ?? 0;
}
