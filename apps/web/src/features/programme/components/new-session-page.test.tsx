import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ProgrammeCity } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json, type SentRequest } from '../../../testing/api-double.ts';
import {
  errorUnder,
  labelStarting,
  sentChanges,
  thaiDateShown,
  typeThaiDate,
} from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { NewSessionPage } from './new-session-page.tsx';

const th = catalogues.th;
const pages = th.programme_pages;
const form = pages.new_session;
const FISCAL_YEAR = 2570;
const SESSIONS = `/api/programmes/${FISCAL_YEAR}/sessions`;
const SEOUL = '3f6a9c2e-8b1d-4e7a-9c5f-2d8b6e4a1c7f';
const SESSION_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function buildCity(overrides: Partial<ProgrammeCity> = {}): ProgrammeCity {
  return {
    id: '6c4e2a0b-9d7f-4b5a-8e3c-1f9d7b5a3e1c',
    partner: { id: SEOUL, nameTh: 'โซล', nameEn: 'Seoul', countryCode: 'KR', timeZone: 'Asia/Seoul' },
    scoreWhenChosen: 72,
    replyStatus: 'accepted',
    letterReference: null,
    letterSentOn: '2026-10-20',
    replyDueOn: null,
    repliedOn: '2026-11-02',
    isReplyOverdue: false,
    hasContact: true,
    interestCategories: [],
    interestHsChapters: [],
    note: null,
    version: 3,
    updatedAt: '2026-11-02T03:00:00.000Z',
    ...overrides,
  };
}

/** The page as an officer opens it for the year, Seoul having accepted; the server answers the rest. */
function openNewSession(answer: (request: SentRequest) => Response | undefined) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === `/api/programmes/${FISCAL_YEAR}/cities`) {
      return json({ items: [buildCity()] });
    }
    return answer(request);
  });
  return renderWithApp(
    <MemoryRouter initialEntries={[`/programme/${FISCAL_YEAR}/sessions/new`]}>
      <Routes>
        <Route path="/programme/:fiscalYear/sessions/new" element={<NewSessionPage />} />
        <Route path="/programme/sessions/:id" element={<p>the session’s page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('scheduling a session', () => {
  it('asks for a title and both times, Seoul already chosen, and sends nothing', async () => {
    openNewSession(() => undefined);

    expect((await screen.findByRole<HTMLInputElement>('checkbox', { name: /โซล/ })).checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: form.submit }));

    const title = screen.getByLabelText(labelStarting(form.session_title));
    await waitFor(() => expect(errorUnder(title)).toBe(th.errors.field.required));
    expect(errorUnder(screen.getByRole('group', { name: labelStarting(form.day) }))).toBe(
      th.errors.field.required,
    );
    expect(errorUnder(screen.getByLabelText(labelStarting(form.start)))).toBe(th.errors.field.required);
    expect(errorUnder(screen.getByLabelText(labelStarting(form.end)))).toBe(th.errors.field.required);
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    openNewSession((request) =>
      request.method === 'POST' && request.path === SESSIONS
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'title', code: 'too_long', message: 'ชื่อการประชุมยาวเกินไป' },
          ])
        : undefined,
    );

    const title = await screen.findByLabelText(labelStarting(form.session_title));
    await userEvent.type(title, 'Bangkok Brand × ผู้ซื้อกรุงโซล');
    await typeThaiDate(labelStarting(form.day), '2026-12-15');
    await userEvent.type(screen.getByLabelText(labelStarting(form.start)), '13:00');
    await userEvent.type(screen.getByLabelText(labelStarting(form.end)), '15:00');
    await userEvent.click(screen.getByRole('button', { name: form.submit }));

    await waitFor(() => expect(errorUnder(title)).toBe('ชื่อการประชุมยาวเกินไป'));
  });

  it('takes a suggested slot, and keeps a time that does not suit Seoul only with a reason', async () => {
    let hasReason = false;
    openNewSession((request) => {
      if (request.method === 'GET' && request.path === `/api/programmes/${FISCAL_YEAR}/session-slots`) {
        return json({
          slots: [
            {
              startsAt: '2026-12-15T11:00:00.000Z',
              endsAt: '2026-12-15T13:00:00.000Z',
              times: [
                {
                  partnerId: null,
                  timeZone: 'Asia/Bangkok',
                  localStart: '2026-12-15T18:00:00.000+07:00',
                  localEnd: '2026-12-15T20:00:00.000+07:00',
                  offsetMinutes: 420,
                  isDaylightSaving: false,
                },
              ],
            },
          ],
          longestSharedMinutes: 120,
          holidays: [],
        });
      }
      if (request.method !== 'POST' || request.path !== SESSIONS) return undefined;
      if (hasReason) return json({ id: SESSION_ID }, 201);
      return apiError(422, 'schedule_needs_override', 'เวลานี้ไม่เหมาะกับทุกเมือง', [
        { path: 'startsAt', code: 'outside_hours', message: 'อยู่นอกเวลาทำการของโซล' },
      ]);
    });

    await userEvent.click(await screen.findByRole('button', { name: form.suggest }));
    const slots = await screen.findByRole('list');
    await userEvent.click(within(slots).getByRole('button', { name: new RegExp(`^${form.use_slot}`) }));
    const start = screen.getByLabelText<HTMLInputElement>(labelStarting(form.start));
    expect(thaiDateShown(labelStarting(form.day))).toBe('2026-12-15');
    expect(start.value).toBe('18:00');
    expect(screen.getByLabelText<HTMLInputElement>(labelStarting(form.end)).value).toBe('20:00');
    await userEvent.type(screen.getByLabelText(labelStarting(form.session_title)), 'การประชุมช่วงเย็น');
    await userEvent.click(screen.getByRole('button', { name: form.submit }));

    await screen.findByText('อยู่นอกเวลาทำการของโซล');
    // The time's problems are listed once, above the reason; the start field is not marked.
    expect(errorUnder(start)).toBeNull();
    hasReason = true;
    await userEvent.type(screen.getByLabelText(form.override_reason), 'ผู้ซื้อขอเวลาหลังเลิกงาน');
    await userEvent.click(screen.getByRole('button', { name: form.submit }));

    await screen.findByText('the session’s page');
    expect(sentChanges().map((request) => request.body)).toEqual([
      {
        title: 'การประชุมช่วงเย็น',
        partnerIds: [SEOUL],
        startsAt: '2026-12-15T11:00:00.000Z',
        endsAt: '2026-12-15T13:00:00.000Z',
      },
      {
        title: 'การประชุมช่วงเย็น',
        partnerIds: [SEOUL],
        startsAt: '2026-12-15T11:00:00.000Z',
        endsAt: '2026-12-15T13:00:00.000Z',
        overrideReason: 'ผู้ซื้อขอเวลาหลังเลิกงาน',
      },
    ]);
  });

  it('records a session held last year: a past day, no slots suggested, sent as held', async () => {
    openNewSession((request) =>
      request.method === 'POST' && request.path === SESSIONS ? json({ id: SESSION_ID }, 201) : undefined,
    );

    await userEvent.click(await screen.findByRole('checkbox', { name: form.already_held }));
    expect(screen.queryByRole('button', { name: form.suggest })).toBeNull();
    expect(screen.getByText(form.already_held_hint)).toBeTruthy();
    // Days are typed as a Thai reader reads them: no browser date box (mm/dd/yyyy) anywhere.
    expect(document.querySelector('input[type="date"], input[type="datetime-local"]')).toBeNull();
    await userEvent.type(screen.getByLabelText(labelStarting(form.session_title)), 'ผู้ซื้อโซล ครั้งที่ 1');
    await typeThaiDate(labelStarting(form.day), '2026-01-19');
    await userEvent.type(screen.getByLabelText(labelStarting(form.start)), '13:00');
    await userEvent.type(screen.getByLabelText(labelStarting(form.end)), '15:00');
    await userEvent.click(screen.getByRole('button', { name: form.submit_held }));

    await screen.findByText('the session’s page');
    expect(sentChanges().map((request) => request.body)).toEqual([
      {
        title: 'ผู้ซื้อโซล ครั้งที่ 1',
        partnerIds: [SEOUL],
        startsAt: '2026-01-19T06:00:00.000Z',
        endsAt: '2026-01-19T08:00:00.000Z',
        isAlreadyHeld: true,
      },
    ]);
  });
});
