/** Accounts as the administration API answers them, for component tests (with overrides). */
import type { User } from '@bia/contracts';

/** An active executive with a password, not locked. */
export function buildUser(overrides: Partial<User> = {}): User {
  return {
    id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
    email: 'mali@example.org',
    displayName: 'มะลิ',
    locale: 'th',
    roles: [{ role: 'executive', scopeType: null, scopeId: null, scopeLabel: null }],
    isActive: true,
    isSample: false,
    hasPassword: true,
    signInLockedUntil: null,
    version: 1,
    createdAt: '2026-01-05T03:00:00.000Z',
    updatedAt: '2026-01-05T03:00:00.000Z',
    ...overrides,
  };
}
