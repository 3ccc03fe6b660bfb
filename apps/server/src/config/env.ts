/**
 * The only reader of `process.env`. Every variable the platform understands is declared here,
 * documented, and validated once at start-up; a bad value stops the platform with every problem listed.
 */
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  /** Port the HTTP server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the HTTP server binds to. Use 0.0.0.0 to reach it from a phone on the same network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder of the embedded PostgreSQL (PGlite) database; created if missing. Ignored with DATABASE_URL. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** A PostgreSQL connection string. When set, the platform uses that server instead of PGlite. */
  DATABASE_URL: z.string().url().optional(),
  /** The address users reach the platform at; used in e-mailed links and the cross-site request check. */
  PUBLIC_URL: z.string().url().optional(),
  /** An SMTP server (smtp://user:pass@host:port). Without it, e-mail goes to the in-platform outbox only. */
  SMTP_URL: z.string().url().optional(),
  /** The sender of e-mail. */
  MAIL_FROM: z.string().min(3).default('Bangkok International Affairs Platform <no-reply@localhost>'),
  /** Load sample data and one demo account per role, every record marked as sample. */
  DEMO_MODE: booleanFlag.default(false),
  /** How long a signed-in session lasts without activity, in hours. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(720).default(12),
  /** Take the client address from X-Forwarded-For (only behind a trusted reverse proxy). */
  TRUST_PROXY: booleanFlag.default(false),
  /**
   * Largest request body accepted, in bytes. A route that takes uploads declares its own, larger limit
   * for a signed-in actor (`defineRoute(…, { bodyLimit })`); a signed-out request keeps this one.
   */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Log level: silent, error, info or debug. */
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
});

export type Env = z.infer<typeof EnvSchema> & { publicUrl: string; dataDir: string; isSecureCookie: boolean };

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Parses an environment (by default the process's) into the platform's configuration. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const defined = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = EnvSchema.safeParse(defined);
  if (!parsed.success) {
    throw new InvalidEnvironmentError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    ...env,
    publicUrl,
    dataDir: path.resolve(env.DATA_DIR),
    isSecureCookie: publicUrl.startsWith('https://'),
  };
}
