/**
 * Coordination requests (issue 16, decision 0054): a district liaison officer, on a phone in Thai,
 * opens a request to the IAO; an IAO officer, at a desk, finds it in the unit's queue, answers it with
 * a comment addressed to the officer and marks it done; the officer sees the answer and the new status.
 * Axe checks the queues, the new request's form, the request's page and the overview.
 */
import thCoordination from '../packages/i18n/locales/th/coordination.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fillThaiDate,
  openMenuSection,
  test,
  th,
  uniqueName,
  bangkokDayAfter,
  signedInPage,
  startingWith,
} from './support/fixtures.ts';

const text = thCoordination;
const ANSWER = 'แปลหนังสือเสร็จแล้ว แนบร่างหนังสือตอบไว้ในงานนี้';

test('a district liaison officer opens a request to the IAO on a phone, the IAO answers it and the officer sees the answer', async ({
  browser,
  users,
}) => {
  test.setTimeout(180_000);
  const subject = uniqueName('ขอให้ช่วยแปลหนังสือจากเมืองพี่เมืองน้อง');
  const officerUser = await users.create('liaison_officer'); // Phra Nakhon district office
  const iaoUser = await users.create('iao_officer');
  const phone = { width: 390, height: 844 };

  const officer = await signedInPage(browser, officerUser, phone);
  await test.step('the officer opens a request to the IAO from the menu, in Thai on a phone', async () => {
    await officer.goto('/requests');
    await expect(officer.getByRole('heading', { level: 1, name: text.list.title })).toBeVisible();
    await expectNoAccessibilityViolations(officer);
    await officer.getByRole('link', { name: text.list.new }).click();
    await expect(officer.getByRole('heading', { level: 1, name: text.form.title })).toBeVisible();
    await officer.getByLabel(startingWith(text.form.subject)).fill(subject);
    await officer
      .getByLabel(startingWith(text.form.details))
      .fill('หนังสือภาษาญี่ปุ่นจากเมืองฟุกุโอกะ ขอให้ช่วยแปลและร่างหนังสือตอบ');
    await fillThaiDate(officer, text.form.due_date, bangkokDayAfter(10));
    await officer.getByLabel(startingWith(text.form.urgency)).selectOption('urgent');
    await expectNoAccessibilityViolations(officer);
    await officer.getByRole('button', { name: text.form.submit }).click();
    await expect(officer.getByRole('heading', { level: 1, name: subject })).toBeVisible();
    await expect(officer.getByText(text.status.received).first()).toBeVisible();
    await expectNoAccessibilityViolations(officer);
  });

  const iao = await signedInPage(browser, iaoUser, { width: 1280, height: 900 });
  await test.step('the IAO finds it in its unit’s queue, comments to the officer and marks it done', async () => {
    await (
      await openMenuSection(iao, th.common.nav.groups.network)
    )
      .getByRole('link', { name: text.nav.requests, exact: true })
      .click();
    await iao.getByRole('button', { name: new RegExp(`^${text.queues.unit}`) }).click();
    await iao.getByRole('link', { name: subject }).first().click();
    await expect(iao.getByRole('heading', { level: 1, name: subject })).toBeVisible();
    await iao.getByLabel(startingWith(text.actions.comment)).fill(ANSWER);
    await iao
      .getByLabel(startingWith(text.actions.addressed_to))
      .selectOption({ label: officerUser.displayName });
    await iao.getByRole('button', { name: text.actions.comment_submit }).click();
    await expect(iao.getByRole('region', { name: text.detail.history }).getByText(ANSWER)).toBeVisible();
    await iao.getByLabel(startingWith(text.actions.status)).selectOption('done');
    await iao.getByRole('button', { name: text.actions.status_submit }).click();
    await expect(iao.getByText(text.status.done).first()).toBeVisible();
    await expectNoAccessibilityViolations(iao);
    await iao.goto('/requests/overview');
    await expect(iao.getByRole('heading', { level: 1, name: text.overview.title })).toBeVisible();
    await expectNoAccessibilityViolations(iao);
  });

  await test.step('the officer sees the answer and that it is done', async () => {
    await officer.reload();
    await expect(officer.getByRole('region', { name: text.detail.history }).getByText(ANSWER)).toBeVisible();
    await expect(officer.getByText(text.status.done).first()).toBeVisible();
    await officer.goto('/requests?queue=opened&state=closed');
    await expect(officer.getByRole('link', { name: subject }).first()).toBeVisible();
  });
});
