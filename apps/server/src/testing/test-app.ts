/**
 * The integration-test harness: the real app over a real database, a fixed clock, the real outbox,
 * and clients that sign in as any role and send requests the way the web app does.
 */
import { eq } from 'drizzle-orm';
import { roleScope, type Role, type SessionInfo } from '@bia/contracts';
import { createApp, CSRF_HEADER } from '../app.ts';
import { loadEnv } from '../config/env.ts';
import type { Database, Db } from '../db/client.ts';
import { roleAssignments, users } from '../modules/identity/identity.schema.ts';
import { hashPassword } from '../modules/identity/index.ts';
import { createMailer, type Transport } from '../modules/mail/index.ts';
import { mailMessages } from '../modules/mail/mail.schema.ts';
import { fixedClock } from '../shared/clock.ts';
import { createLogger } from '../shared/logger.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_PASSWORD = 'correct-horse-battery-staple';

let testPasswordHash: Promise<string> | undefined;

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  /** A client with no session (the public). */
  anonymous(): TestClient;
  /** Creates a user with the role (and scope) and answers a client signed in as them. */
  signInAs(
    role: Role,
    options?: { scopeId?: string; email?: string; locale?: 'th' | 'en' },
  ): Promise<TestClient>;
  /** Creates a user without signing in; answers their id. */
  createUser(options: {
    email: string;
    roles: { role: Role; scopeId?: string }[];
    displayName?: string;
    locale?: 'th' | 'en';
  }): Promise<string>;
  /** E-mail kept in the outbox, newest first. */
  outbox(): Promise<(typeof mailMessages.$inferSelect)[]>;
  close(): Promise<void>;
}

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  /** The body as sent, for files (a workbook, a PDF) that text would garble. */
  bytes: Uint8Array;
}

export interface TestClient {
  session: SessionInfo | null;
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<TestResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse<T>>;
  patch<T = unknown>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  delete<T = unknown>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
}

export async function createTestApp(
  options: {
    now?: string;
    env?: Record<string, string>;
    /** A mail server stand-in (as with SMTP configured); without it, mail stays in the outbox. */
    mailTransport?: Transport;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fixedClock(options.now ?? '2026-11-22T03:00:00Z');
  const logger = createLogger('silent');
  const env = loadEnv({ PUBLIC_URL: TEST_ORIGIN, LOG_LEVEL: 'silent', ...options.env });
  const mailer = createMailer({
    db: database.db,
    from: env.MAIL_FROM,
    transport: options.mailTransport ?? null,
    logger,
  });
  const app = createApp({ env, database, clock, mailer, logger });
  const db = database.db;
  let userCount = 0;

  function client(initialCookie: string | null): TestClient {
    let cookie = initialCookie;
    const self: TestClient = {
      session: null,
      async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
        const isUnsafe = method !== 'GET' && method !== 'HEAD';
        // A form (a file upload) goes as multipart/form-data, with the boundary the runtime chooses.
        const isForm = body instanceof FormData;
        const response = await app.request(path, {
          method,
          headers: {
            origin: TEST_ORIGIN,
            ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
            ...(cookie ? { cookie } : {}),
            ...(isUnsafe && self.session?.csrfToken ? { [CSRF_HEADER]: self.session.csrfToken } : {}),
            ...headers,
          },
          ...(body !== undefined
            ? { body: isForm || typeof body === 'string' ? body : JSON.stringify(body) }
            : {}),
        });
        const setCookie = response.headers.get('set-cookie');
        if (setCookie) {
          const [pair] = setCookie.split(';');
          cookie = pair && !pair.endsWith('=') ? pair : null;
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        const text = new TextDecoder().decode(bytes);
        const contentType = response.headers.get('content-type') ?? '';
        const parsed = contentType.includes('json') && text ? (JSON.parse(text) as T) : (text as T);
        return { status: response.status, headers: response.headers, body: parsed, bytes };
      },
      get: (path, headers) => self.request('GET', path, undefined, headers),
      post: (path, body, headers) => self.request('POST', path, body, headers),
      put: (path, body, headers) => self.request('PUT', path, body, headers),
      patch: (path, body, headers) => self.request('PATCH', path, body, headers),
      delete: (path, body, headers) => self.request('DELETE', path, body, headers),
    };
    return self;
  }

  const harness: TestApp = {
    app,
    database,
    db,
    clock,
    anonymous: () => client(null),
    async createUser({ email, roles, displayName, locale }) {
      testPasswordHash ??= hashPassword(TEST_PASSWORD);
      const [user] = await db
        .insert(users)
        .values({
          email,
          displayName: displayName ?? email,
          passwordHash: await testPasswordHash,
          locale: locale ?? 'th',
        })
        .returning({ id: users.id });
      if (!user) throw new Error('user not created');
      await db.insert(roleAssignments).values(
        roles.map(({ role, scopeId }) => ({
          userId: user.id,
          role,
          scopeType: scopeId ? roleScope[role] : null,
          scopeId: scopeId ?? null,
        })),
      );
      return user.id;
    },
    async signInAs(role, signInOptions = {}) {
      userCount += 1;
      const email = signInOptions.email ?? `${role.replaceAll('_', '-')}-${userCount}@test.bia.invalid`;
      const [existing] = await db.select().from(users).where(eq(users.email, email));
      if (!existing) {
        await harness.createUser({
          email,
          roles: [{ role, ...(signInOptions.scopeId ? { scopeId: signInOptions.scopeId } : {}) }],
          ...(signInOptions.locale ? { locale: signInOptions.locale } : {}),
        });
      }
      const signedIn = client(null);
      const response = await signedIn.post<SessionInfo>('/api/auth/sign-in', {
        email,
        password: TEST_PASSWORD,
      });
      if (response.status !== 200)
        throw new Error(`sign-in as ${role} failed: ${JSON.stringify(response.body)}`);
      signedIn.session = response.body;
      return signedIn;
    },
    outbox: () => db.select().from(mailMessages).orderBy(mailMessages.createdAt),
    close: () => database.close(),
  };
  return harness;
}
