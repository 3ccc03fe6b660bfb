import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { buildSessionDetail as buildSession, SESSION_ID } from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { AgendaSection } from './session-agenda.tsx';
import { ConnectionTest } from './session-connection-test.tsx';
import { SessionTitleSection } from './session-forms.tsx';

const th = catalogues.th;
const session = th.programme_pages.session;
const SESSION = `/api/programme-sessions/${SESSION_ID}`;

/** The connection test as the session page holds it: "reload" loads the latest session into it. */
function ConnectionTestOnPage({ loaded, latest }: { loaded: SessionDetail; latest: SessionDetail }) {
  const [shown, setShown] = useState(loaded);
  return <ConnectionTest session={shown} onReload={() => setShown(latest)} />;
}

describe('the session’s agenda', () => {
  it('adds an item of the officer’s own, adds up the minutes, and saves the agenda', async () => {
    answerWith((request) =>
      request.method === 'PATCH' && request.path === SESSION ? json(buildSession({ version: 5 })) : undefined,
    );
    renderWithApp(<AgendaSection session={buildSession()} onReload={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: session.add_item }));
    await userEvent.type(
      screen.getByLabelText(session.agenda_item.replace('{{number}}', '5')),
      'การขนส่งและพิธีการศุลกากร',
    );

    await screen.findByText(session.agenda_total.replace('{{total}}', '135').replace('{{length}}', '120'));
    await userEvent.click(screen.getByRole('button', { name: session.save_agenda }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      version: 4,
      agenda: [
        { kind: 'introductions', title: null, minutes: 15 },
        { kind: 'presentations', title: null, minutes: 60 },
        { kind: 'buyer_questions', title: null, minutes: 30 },
        { kind: 'summary', title: null, minutes: 15 },
        { kind: 'custom', title: 'การขนส่งและพิธีการศุลกากร', minutes: 15 },
      ],
    });
  });

  it('refuses an item shorter than five minutes, under its field, and sends nothing', async () => {
    renderWithApp(<AgendaSection session={buildSession()} onReload={() => undefined} />);

    const items = screen.getAllByRole('listitem');
    const minutes = within(items[0] ?? document.body).getByLabelText(session.minutes);
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '3');
    await userEvent.click(screen.getByRole('button', { name: session.save_agenda }));

    await waitFor(() => expect(errorUnder(minutes)).toBe(th.errors.field.too_small.replace('{{min}}', '5')));
    expect(sentChanges()).toEqual([]);
  });
});

describe('the session’s title in other languages', () => {
  it('saves the Japanese title beside the Thai, and removes a language emptied', async () => {
    answerWith((request) =>
      request.method === 'PATCH' && request.path === SESSION ? json(buildSession({ version: 5 })) : undefined,
    );
    renderWithApp(
      <SessionTitleSection
        session={buildSession({ titleTranslations: { en: 'Bangkok Brand × Seoul buyers' } })}
        onReload={() => undefined}
      />,
    );

    const japanese = screen.getByLabelText(
      th.programme_pages.new_session.title_in.replace('{{language}}', 'ญี่ปุ่น'),
    );
    expect(japanese.getAttribute('lang')).toBe('ja');
    await userEvent.type(japanese, 'バンコク・ブランド × ソウル');
    await userEvent.clear(
      screen.getByLabelText(th.programme_pages.new_session.title_in.replace('{{language}}', 'อังกฤษ')),
    );
    await userEvent.click(screen.getByRole('button', { name: session.save_title }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      version: 4,
      title: 'Bangkok Brand × ผู้ซื้อกรุงโซล',
      titleTranslations: { ja: 'バンコク・ブランド × ソウル' },
    });
  });
});

describe('the connection test', () => {
  it('puts the server’s field error under the note', async () => {
    answerWith((request) =>
      request.method === 'PATCH'
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'connectionTest.note', code: 'too_long', message: 'หมายเหตุยาวเกินไป' },
          ])
        : undefined,
    );
    renderWithApp(<ConnectionTest session={buildSession()} onReload={() => undefined} />);

    const note = screen.getByLabelText(th.programme_pages.step_form.note);
    await userEvent.type(note, 'ทดสอบผ่าน Teams กับเจ้าหน้าที่กรุงโซล');
    await userEvent.click(screen.getByRole('button', { name: session.save_test }));

    await waitFor(() => expect(errorUnder(note)).toBe('หมายเหตุยาวเกินไป'));
  });

  it('after a stale save, keeps the note typed and takes the result someone else saved', async () => {
    const latest = buildSession({ version: 5, connectionTestResult: 'passed' });
    let isStale = true;
    answerWith((request) => {
      if (request.method !== 'PATCH' || request.path !== SESSION) return undefined;
      return isStale ? apiError(409, 'conflict_stale', 'มีผู้อื่นบันทึกไปก่อน') : json({ ...latest, version: 6 });
    });
    renderWithApp(<ConnectionTestOnPage loaded={buildSession()} latest={latest} />);

    const note = screen.getByLabelText<HTMLInputElement>(th.programme_pages.step_form.note);
    await userEvent.type(note, 'ภาพและเสียงชัดเจน');
    await userEvent.click(screen.getByRole('button', { name: session.save_test }));
    await userEvent.click(await screen.findByRole('button', { name: th.common.actions.reload }));

    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>(session.test_result).value).toBe('passed'),
    );
    expect(note.value).toBe('ภาพและเสียงชัดเจน');
    expect(screen.queryByText(th.programme_pages.step_form.stale)).toBeNull();

    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: session.save_test }));
    await waitFor(() => expect(sentChanges()).toHaveLength(2));
    expect(sentChanges()[1]?.body).toEqual({
      version: 5,
      connectionTest: { at: null, result: 'passed', note: 'ภาพและเสียงชัดเจน' },
    });
  });
});
