import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { labelStarting, sentChanges, thaiDateShown, typeThaiDate } from '../../../testing/queries.ts';
import { buildSessionDetail, SESSION_ID } from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SessionMove } from './session-move.tsx';

const pages = catalogues.th.programme_pages;
const SESSION = `/api/programme-sessions/${SESSION_ID}`;

/** Types the new start and end over those shown. */
async function typeTimes(start: string, end: string) {
  for (const [label, time] of [
    [pages.new_session.start, start],
    [pages.new_session.end, end],
  ] as const) {
    const field = screen.getByLabelText(labelStarting(label));
    await userEvent.clear(field);
    await userEvent.type(field, time);
  }
}

describe('moving a session', () => {
  it('starts from the session’s day and times in Bangkok, and sends the new ones in UTC against the version loaded', async () => {
    answerWith((request) =>
      request.method === 'PATCH' && request.path === SESSION
        ? json(buildSessionDetail({ version: 5, startsAt: '2026-12-16T07:00:00.000Z' }))
        : undefined,
    );
    renderWithApp(<SessionMove session={buildSessionDetail()} onReload={() => undefined} />);

    expect(thaiDateShown(labelStarting(pages.new_session.day))).toBe('2026-12-15');
    expect(screen.getByLabelText<HTMLInputElement>(labelStarting(pages.new_session.start)).value).toBe(
      '13:00',
    );
    await typeThaiDate(labelStarting(pages.new_session.day), '2026-12-16');
    await typeTimes('14:00', '16:00');
    await userEvent.click(screen.getByRole('button', { name: pages.session.move }));

    await screen.findByText(pages.session.moved);
    expect(sentChanges().map((request) => request.body)).toEqual([
      { version: 4, startsAt: '2026-12-16T07:00:00.000Z', endsAt: '2026-12-16T09:00:00.000Z' },
    ]);
  });

  it('lists what does not suit the new time, and keeps it only with the reason given', async () => {
    answerWith((request) => {
      if (request.method !== 'PATCH' || request.path !== SESSION) return undefined;
      const body = request.body as { overrideReason?: string };
      return body.overrideReason
        ? json(buildSessionDetail({ version: 5 }))
        : apiError(422, 'schedule_needs_override', 'เวลานี้ไม่เหมาะกับทุกเมือง', [
            { path: 'startsAt', code: 'not_a_work_day', message: 'วันที่ 19 ธ.ค. 2569 ไม่ใช่วันทำการของโซล' },
          ]);
    });
    renderWithApp(<SessionMove session={buildSessionDetail()} onReload={() => undefined} />);

    await typeThaiDate(labelStarting(pages.new_session.day), '2026-12-19');
    await userEvent.click(screen.getByRole('button', { name: pages.session.move }));
    await screen.findByText('วันที่ 19 ธ.ค. 2569 ไม่ใช่วันทำการของโซล');
    await userEvent.type(
      screen.getByLabelText(labelStarting(pages.new_session.override_reason)),
      'โซลขอจัดวันเสาร์',
    );
    await userEvent.click(screen.getByRole('button', { name: pages.session.move }));

    await waitFor(() => expect(sentChanges()).toHaveLength(2));
    expect(sentChanges()[1]?.body).toEqual({
      version: 4,
      startsAt: '2026-12-19T06:00:00.000Z',
      endsAt: '2026-12-19T08:00:00.000Z',
      overrideReason: 'โซลขอจัดวันเสาร์',
    });
  });
});
