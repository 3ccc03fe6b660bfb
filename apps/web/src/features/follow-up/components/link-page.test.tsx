import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpForm } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import {
  buildFollowUpForm,
  BUSINESS_ID,
  DEAL_ID,
  PASTE_ID,
  ROUND_ID,
  SEOUL_ID,
} from '../utils/form-factory.ts';
import { FollowUpAnswerPage } from './answer-page.tsx';
import { FollowUpLinkPage } from './link-page.tsx';

const th = catalogues.th;
const text = th.follow_up.form;
const TOKEN = 'q3Vn8LpR4sTn8WcY3hJd6FgZ1aE5k7Qm2xVb9Lp';
const LINK = `/api/public/follow-up/${TOKEN}`;

/** The business opens its link on a phone, in Thai; the server shows `view` and answers with `onAnswer`. */
function openLink(
  onAnswer: (body: unknown) => Response,
  view: FollowUpForm | Response = buildFollowUpForm(),
) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === LINK)
      return view instanceof Response ? view : json(view);
    if (request.method === 'POST' && request.path === `${LINK}/answer`) return onAnswer(request.body);
    return undefined;
  });
  return renderWithApp(
    <MemoryRouter initialEntries={[`/follow-up/link/${TOKEN}`]}>
      <Routes>
        <Route path="/follow-up/link/:token" element={<FollowUpLinkPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const answered = (answer: FollowUpForm['answer'], reported: FollowUpForm['reported'] = []) =>
  json(buildFollowUpForm({ answer, reported }), 201);

/** The item's group, by its legend ("การสั่งซื้อ รายการที่ 1"). */
const itemGroup = (legend: string) => screen.getByRole('group', { name: legend });

describe('a business answers its follow-up on a phone, in Thai', () => {
  const width = window.innerWidth;
  beforeEach(() => {
    window.innerWidth = 390;
    window.dispatchEvent(new Event('resize'));
  });
  afterEach(() => {
    window.innerWidth = width;
  });

  it('shows what is on record, and answers "nothing new" in one click', async () => {
    openLink(() =>
      answered({ answer: 'nothing_new', answeredAt: '2027-04-10T03:00:00.000Z', answeredAs: 'link' }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'แบบติดตามผล: ครัวน้ำพริกแม่ศรี' })).toBeDefined();
    expect(screen.getByText(/กรุณาตอบภายในวันที่ 26 เมษายน 2570/)).toBeDefined();
    // What the business has on record: its session, the buyer interested, its deal.
    const sessions = screen.getByRole('heading', { name: th.follow_up.record.sessions }).nextElementSibling;
    expect(sessions?.textContent).toContain('Bangkok Brand × ผู้ซื้อโซล');
    expect(screen.getByText(/김민지 · Seoul Food Trading \(โซล\) สนใจมาก น้ำพริกเผา/)).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: text.nothing_new }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({ answer: 'nothing_new', items: [] });
    expect(await screen.findByText(/ตอบแล้วเมื่อ .*: ไม่มีข้อมูลใหม่/)).toBeDefined();
    expect(screen.queryByRole('button', { name: text.nothing_new })).toBeNull();
  });

  it('reports an order from a new buyer: the city, the product, the quantity as typed on a phone', async () => {
    openLink(() =>
      answered({ answer: 'reported', answeredAt: '2027-04-10T03:00:00.000Z', answeredAs: 'link' }, [
        {
          dealId: DEAL_ID,
          kind: 'order',
          occurredOn: '2027-02-10',
          buyerName: 'Lee Ji-ho',
          city: { id: SEOUL_ID, name: 'โซล' },
          lines: [{ product: { id: PASTE_ID, name: 'น้ำพริกเผา' }, quantity: 1200, unit: 'กระปุก' }],
        },
      ]),
    );

    await userEvent.click(await screen.findByRole('button', { name: text.add_order }));
    const order = itemGroup('การสั่งซื้อ รายการที่ 1');
    await userEvent.selectOptions(within(order).getByLabelText(labelStarting(text.buyer)), text.new_buyer);
    await userEvent.selectOptions(within(order).getByLabelText(labelStarting(text.city)), 'โซล');
    await userEvent.type(within(order).getByLabelText(labelStarting(text.buyer_name)), 'Lee Ji-ho');
    await userEvent.type(
      within(order).getByLabelText(labelStarting(text.buyer_organisation)),
      'Han River Foods',
    );
    await typeThaiDate(labelStarting(text.ordered_on), '2027-02-10');
    const line = within(order).getByRole('group', { name: 'สินค้า รายการที่ 1' });
    await userEvent.selectOptions(within(line).getByLabelText(labelStarting(text.product)), 'น้ำพริกเผา');
    const quantity = within(line).getByLabelText(labelStarting(text.quantity));
    // Digits and a decimal point on a phone's keypad.
    expect(quantity.getAttribute('inputmode')).toBe('decimal');
    await userEvent.type(quantity, '1,200');
    await userEvent.type(within(line).getByLabelText(labelStarting(text.unit)), 'กระปุก');
    await userEvent.type(within(line).getByLabelText(labelStarting(text.value)), '30000');
    const currency = within(line).getByLabelText(labelStarting(text.currency));
    await userEvent.clear(currency);
    await userEvent.type(currency, 'jpy');
    await userEvent.click(screen.getByRole('button', { name: 'ส่งข้อมูล (1 รายการ)' }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      answer: 'reported',
      items: [
        {
          kind: 'order',
          dealId: null,
          buyer: {
            partnerId: SEOUL_ID,
            buyerName: 'Lee Ji-ho',
            buyerOrganisation: 'Han River Foods',
            buyerLanguage: 'en',
          },
          occurredOn: '2027-02-10',
          contactDirection: null,
          contactChannel: null,
          note: null,
          orderLines: [{ productId: PASTE_ID, quantity: 1200, unit: 'กระปุก', value: 30000, currency: 'JPY' }],
        },
      ],
    });
    expect(await screen.findByText('น้ำพริกเผา 1,200 กระปุก')).toBeDefined();
  });

  it('says in Thai what a contact lacks, at each field, and sends nothing', async () => {
    openLink(() => json({}));

    await userEvent.click(await screen.findByRole('button', { name: text.add_contact }));
    const contact = itemGroup('การติดต่อ รายการที่ 1');
    // The one buyer on record is chosen already.
    expect(within(contact).getByLabelText<HTMLSelectElement>(labelStarting(text.buyer)).value).toBe(DEAL_ID);
    await userEvent.click(screen.getByRole('button', { name: 'ส่งข้อมูล (1 รายการ)' }));

    const direction = within(contact).getByLabelText(labelStarting(text.direction));
    await waitFor(() => expect(errorUnder(direction)).toBe(th.errors.field.required));
    expect(errorUnder(within(contact).getByLabelText(labelStarting(text.channel)))).toBe(
      th.errors.field.required,
    );
    expect(errorUnder(screen.getByRole('group', { name: labelStarting(text.contacted_on) }))).not.toBeNull();
    expect(sentChanges()).toEqual([]);
  });

  it("shows the server's refusal at the field it names, in Thai", async () => {
    openLink(() =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        {
          path: 'items.0.occurredOn',
          code: 'before_period',
          message: th.follow_up.errors.before_period,
        },
      ]),
    );

    await userEvent.click(await screen.findByRole('button', { name: text.add_contact }));
    const contact = itemGroup('การติดต่อ รายการที่ 1');
    await typeThaiDate(labelStarting(text.contacted_on), '2026-09-15');
    await userEvent.selectOptions(
      within(contact).getByLabelText(labelStarting(text.direction)),
      th.outcomes.contact_directions.buyer_to_business,
    );
    await userEvent.selectOptions(
      within(contact).getByLabelText(labelStarting(text.channel)),
      th.outcomes.contact_channels.line,
    );
    await userEvent.click(screen.getByRole('button', { name: 'ส่งข้อมูล (1 รายการ)' }));

    const date = screen.getByRole('group', { name: labelStarting(text.contacted_on) });
    await waitFor(() => expect(errorUnder(date)).toBe(th.follow_up.errors.before_period));
    expect(sentChanges()[0]?.body).toMatchObject({
      items: [{ kind: 'contact', dealId: DEAL_ID, contactChannel: 'line', occurredOn: '2026-09-15' }],
    });
  });

  it('says in Thai that a link was used already, and shows no form', async () => {
    openLink(() => json({}), apiError(410, 'link_used', th.follow_up.errors.link_used));

    expect(await screen.findByText(th.follow_up.link_page.cannot_open)).toBeDefined();
    expect(screen.getByText(th.follow_up.errors.link_used)).toBeDefined();
    expect(screen.queryByRole('button', { name: text.nothing_new })).toBeNull();
  });
});

describe('an officer enters a business’s answer on its behalf', () => {
  it('is told the answer is marked as entered by staff, and answers for that business', async () => {
    const path = `/api/follow-up-rounds/${ROUND_ID}`;
    answerWith((request) => {
      if (request.method === 'GET' && request.path === `${path}/form`)
        return json(buildFollowUpForm({ answeringAs: 'staff' }));
      if (request.method === 'POST' && request.path === `${path}/answers`)
        return json(
          buildFollowUpForm({
            answeringAs: 'staff',
            answer: { answer: 'nothing_new', answeredAt: '2027-04-10T03:00:00.000Z', answeredAs: 'staff' },
          }),
          201,
        );
      return undefined;
    });
    renderWithApp(
      <MemoryRouter initialEntries={[`/follow-up/${ROUND_ID}?business=${BUSINESS_ID}`]}>
        <Routes>
          <Route path="/follow-up/:roundId" element={<FollowUpAnswerPage />} />
        </Routes>
      </MemoryRouter>,
    );

    expect(await screen.findByText('คุณกำลังบันทึกคำตอบแทน ครัวน้ำพริกแม่ศรี')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: text.nothing_new }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({ answer: 'nothing_new', items: [], entrepreneurId: BUSINESS_ID });
    expect(await screen.findByText(`ตอบโดย: ${th.follow_up.answered_as.staff}`)).toBeDefined();
  });
});
