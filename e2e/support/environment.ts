/**
 * Where the browser tests find the platform, and the first administrator that start-server.ts creates.
 * E2E_PORT picks another port when 3210 is taken (for example by a second test run on the machine).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

export interface Credentials {
  email: string;
  password: string;
}

/** The administrator created with the create-admin use case before the platform starts. */
export const e2eAdmin = {
  email: 'admin@e2e.bia.invalid',
  password: 'e2e-admin-password-2569',
  displayName: 'ผู้ดูแลระบบทดสอบ',
} as const;

/** The password of every user the tests create through the API. */
export const E2E_USER_PASSWORD = 'e2e-user-password-2569';
