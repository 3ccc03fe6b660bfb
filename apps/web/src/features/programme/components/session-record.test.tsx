import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildRecord } from '../utils/session-record-factory.ts';
import { ReportDeliveryForm } from './record-report.tsx';
import { RecordTexts } from './record-texts.tsx';

const th = catalogues.th;
const record = th.programme_pages.record;
const SESSION_ID = '77777777-7777-4777-8777-777777777777';

/** The texts form as the session page holds it: "reload" loads the latest record into it. */
function TextsOnPage({ loaded, latest }: { loaded: SessionRecord; latest: SessionRecord }) {
  const [shown, setShown] = useState(loaded);
  return <RecordTexts sessionId={SESSION_ID} record={shown} onReload={() => setShown(latest)} />;
}

describe('the session record forms', () => {
  it('shows the translated message under an empty delivery day and sends nothing', async () => {
    renderWithApp(<ReportDeliveryForm sessionId={SESSION_ID} record={buildRecord({ hasReport: true })} />);

    await userEvent.click(screen.getByRole('button', { name: record.save_delivery }));

    const deliveredOn = screen.getByRole('group', { name: record.delivered_on });
    await waitFor(() => expect(errorUnder(deliveredOn)).toBe(th.errors.field.required));
    expect(within(deliveredOn).getAllByRole('textbox')[0]?.getAttribute('aria-invalid')).toBe('true');
    expect(sentChanges()).toEqual([]);
  });

  it('after a stale save, keeps the minutes typed and takes what someone else saved in the other texts', async () => {
    const loaded = buildRecord({ version: 4, summary: 'สรุป', problems: null });
    const latest = buildRecord({ version: 5, summary: 'สรุปฉบับแก้', problems: 'สัญญาณขาดหาย' });
    let isStale = true;
    answerWith((request) => {
      if (request.method !== 'PATCH' || request.path !== `/api/programme-sessions/${SESSION_ID}/record`) {
        return undefined;
      }
      if (isStale) return apiError(409, 'conflict_stale', 'มีผู้อื่นบันทึกไปก่อน');
      return json({ ...latest, minutes: 'ผู้ซื้อขอใบเสนอราคา', version: 6 });
    });
    renderWithApp(<TextsOnPage loaded={loaded} latest={latest} />);

    const minutes = screen.getByLabelText<HTMLTextAreaElement>(record.fields.minutes);
    await userEvent.type(minutes, 'ผู้ซื้อขอใบเสนอราคา');
    await userEvent.click(screen.getByRole('button', { name: record.save_texts }));
    await userEvent.click(await screen.findByRole('button', { name: th.common.actions.reload }));

    await waitFor(() =>
      expect(screen.getByLabelText<HTMLTextAreaElement>(record.fields.problems).value).toBe('สัญญาณขาดหาย'),
    );
    expect(minutes.value).toBe('ผู้ซื้อขอใบเสนอราคา');
    expect(screen.getByLabelText<HTMLTextAreaElement>(record.fields.summary).value).toBe('สรุปฉบับแก้');
    expect(screen.queryByText(th.programme_pages.step_form.stale)).toBeNull();

    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: record.save_texts }));
    await waitFor(() => expect(sentChanges()).toHaveLength(2));
    expect(sentChanges()[1]?.body).toEqual({
      version: 5,
      summary: 'สรุปฉบับแก้',
      minutes: 'ผู้ซื้อขอใบเสนอราคา',
      evaluation: null,
      problems: 'สัญญาณขาดหาย',
      suggestions: null,
    });
  });
});
