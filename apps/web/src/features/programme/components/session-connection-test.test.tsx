import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges, thaiDateShown, typeThaiDate } from '../../../testing/queries.ts';
import { buildSessionDetail, SESSION_ID } from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ConnectionTest } from './session-connection-test.tsx';

const th = catalogues.th;
const labels = th.programme_pages.session;
const SESSION = `/api/programme-sessions/${SESSION_ID}`;

/** The form of a session whose test is `tested`; the server saves every change. */
function openConnectionTest(tested: Parameters<typeof buildSessionDetail>[0] = {}) {
  answerWith((request) =>
    request.method === 'PATCH' && request.path === SESSION
      ? json(buildSessionDetail({ version: 5, ...tested }))
      : undefined,
  );
  renderWithApp(<ConnectionTest session={buildSessionDetail(tested)} onReload={() => undefined} />);
}

const timeField = () => screen.getByLabelText<HTMLInputElement>(labels.test_time);

describe('when the connection was tested', () => {
  it('is typed as a Thai reader reads a date, Buddhist-era year and all, at a time on Bangkok’s clock', async () => {
    openConnectionTest();

    // No browser date-and-time input (mm/dd/yyyy, Gregorian) is left on the form.
    expect(document.querySelector('input[type="datetime-local"]')).toBeNull();
    expect(labels.test_time).toContain('UTC+7');
    await typeThaiDate(labels.test_day, '2026-12-10');
    await userEvent.type(timeField(), '10:30');
    await userEvent.selectOptions(screen.getByLabelText(labels.test_result), 'passed');
    await userEvent.click(screen.getByRole('button', { name: labels.save_test }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    // 10:30 in Bangkok is 03:30 UTC.
    expect(sentChanges()[0]?.body).toEqual({
      version: 4,
      connectionTest: { at: '2026-12-10T03:30:00.000Z', result: 'passed', note: null },
    });
  });

  it('shows a test recorded at its day in the Thai calendar and its Bangkok time', () => {
    openConnectionTest({ connectionTestAt: '2026-12-10T03:30:00.000Z', connectionTestResult: 'passed' });

    const day = screen.getByRole('group', { name: labels.test_day });
    expect(thaiDateShown(labels.test_day)).toBe('2026-12-10');
    expect(day.querySelectorAll('input')[1]?.value).toBe('2569');
    expect(timeField().value).toBe('10:30');
  });

  it('asks for the time when only the day is given, and sends nothing', async () => {
    openConnectionTest();

    await typeThaiDate(labels.test_day, '2026-12-10');
    await userEvent.click(screen.getByRole('button', { name: labels.save_test }));

    await waitFor(() => expect(errorUnder(timeField())).toBe(th.errors.field.required));
    expect(sentChanges()).toEqual([]);
  });

  it('refuses a day that does not exist (31 February), and sends nothing', async () => {
    openConnectionTest();

    const day = await typeThaiDate(labels.test_day, '2027-02-31');
    await userEvent.type(timeField(), '10:30');
    await userEvent.click(screen.getByRole('button', { name: labels.save_test }));

    await waitFor(() => expect(errorUnder(day)).toBe(th.errors.field.invalid_date));
    expect(sentChanges()).toEqual([]);
  });

  it('clears the time of the test when both the day and the time are emptied', async () => {
    openConnectionTest({ connectionTestAt: '2026-12-10T03:30:00.000Z' });

    const group = screen.getByRole('group', { name: labels.test_day });
    for (const box of group.querySelectorAll('input')) await userEvent.clear(box);
    await userEvent.selectOptions(group.querySelector('select') ?? document.body, '');
    await userEvent.clear(timeField());
    await userEvent.click(screen.getByRole('button', { name: labels.save_test }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toMatchObject({ connectionTest: { at: null } });
  });

  it('puts the server’s refusal of the moment under its day', async () => {
    answerWith((request) =>
      request.method === 'PATCH'
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'connectionTest.at', code: 'invalid_format', message: 'เวลาที่ทดสอบไม่ถูกต้อง' },
          ])
        : undefined,
    );
    renderWithApp(<ConnectionTest session={buildSessionDetail()} onReload={() => undefined} />);

    const day = await typeThaiDate(labels.test_day, '2026-12-10');
    await userEvent.type(timeField(), '10:30');
    await userEvent.click(screen.getByRole('button', { name: labels.save_test }));

    await waitFor(() => expect(errorUnder(day)).toBe('เวลาที่ทดสอบไม่ถูกต้อง'));
  });
});
