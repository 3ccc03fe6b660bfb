/**
 * Every action and record type the server can write to the audit trail (the contracts' list, which a
 * server test keeps complete) has a name in Thai and in English: a missing text would show its key.
 */
import { describe, expect, it } from 'vitest';
import { auditActions, auditRecordTypes } from '@bia/contracts';
import { createI18n } from '@bia/i18n';
import { auditActionName, auditRecordTypeName } from './audit-names.ts';

const thai = createI18n('th').getFixedT<['common', 'admin']>('th', ['common', 'admin']);
const english = createI18n('en').getFixedT<['common', 'admin']>('en', ['common', 'admin']);
const translators = [
  ['Thai', thai],
  ['English', english],
] as const;

/** A text that is a real name: not a key, a code, or a template with a hole left. */
function expectName(name: string, code: string) {
  expect(name).not.toBe(code);
  expect(name).not.toMatch(/audit\.|\{\{|undefined/);
  expect(name.trim()).not.toBe('');
}

describe('the names of the audit trail', () => {
  it.each(translators)('names every action the server writes in %s', (_locale, t) => {
    const names = auditActions.map((action) => auditActionName(t, action));
    auditActions.forEach((action, index) => expectName(names[index] ?? '', action));
    // Two actions of one kind of record never read the same.
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(translators)('names every record type in %s', (_locale, t) => {
    for (const type of auditRecordTypes) expectName(auditRecordTypeName(t, type), type);
  });

  it('builds a name from the record and the verb in each language', () => {
    expect(auditActionName(thai, 'user.create')).toBe('สร้างบัญชีผู้ใช้');
    expect(auditActionName(english, 'user.create')).toBe('Created a user account');
    expect(auditActionName(english, 'partner.archive')).toBe('Archived a partner');
  });

  it('shows an action the platform no longer writes by its code', () => {
    expect(auditActionName(english, 'user.set_locale')).toBe('user.set_locale');
  });
});
