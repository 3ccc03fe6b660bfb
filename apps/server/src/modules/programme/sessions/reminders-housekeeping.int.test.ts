/**
 * The nightly housekeeping forgets the reminders of sessions that have started, and keeps the record
 * of those still ahead, so that no reminder is sent twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionReminders } from '../../../db/schema.ts';
import { buildProgramme, buildSession, chooseCity, partnerNamed } from '../../../testing/programme.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { claimReminder, pruneSentReminders } from './sessions.repository.ts';

/** 22 November 2026 in Bangkok (FY2570); the session on Monday 14 December at 13:00. */
const NOW = '2026-11-22T03:00:00Z';
const SESSION_START = new Date('2026-12-14T06:00:00Z');

describe('pruning the reminders already sent', () => {
  let t: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const officer = await t.signInAs('iao_officer', { locale: 'en' });
    const programme = await buildProgramme(officer);
    const seoul = await partnerNamed(officer, 'Seoul');
    await chooseCity(officer, programme.fiscalYear, seoul.id);
    sessionId = (await buildSession(officer, programme.fiscalYear, [seoul.id])).id;
  });
  afterAll(() => t.close());

  const reminderTo = (email: string) => ({
    sessionId,
    kind: 'day',
    email,
    startsAt: SESSION_START,
    sentAt: new Date('2026-12-13T06:00:00Z'),
  });

  it('keeps the reminders of a session still ahead, so none is sent twice', async () => {
    const reminder = reminderTo('ahead@example.kr');
    expect(await claimReminder(t.db, reminder)).toBe(true);
    expect(await pruneSentReminders(t.db, new Date('2026-12-14T05:59:00Z'))).toEqual({ sentReminders: 0 });
    expect(await claimReminder(t.db, reminder)).toBe(false);
  });

  it('deletes the reminders once their session has started', async () => {
    await claimReminder(t.db, reminderTo('started@example.kr'));
    expect((await pruneSentReminders(t.db, SESSION_START)).sentReminders).toBeGreaterThanOrEqual(1);
    expect(await t.db.select().from(sessionReminders)).toHaveLength(0);
  });
});
