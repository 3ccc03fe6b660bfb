/**
 * The plan's progress round (issue 15): the IAO opens the six-month round; a district liaison officer,
 * on a phone in Thai, finds KPI 2.2.1 under "what I must report" (the plan names the district offices
 * as its supporters), writes the district's contribution, attaches a PDF and submits it; the IAO
 * returns it with a comment, which the district sees; an executive reads the scorecard and the
 * strategy map with each KPI's status, and downloads the round's monitoring report, whose text the
 * test reads back.
 */
import { spawnSync } from 'node:child_process';
import { fiscalYearOf } from '@bia/i18n';
import thReporting from '../packages/i18n/locales/th/strategy_reporting.json' with { type: 'json' };
import thEvidence from '../packages/i18n/locales/th/strategy_evidence.json' with { type: 'json' };
import thRounds from '../packages/i18n/locales/th/strategy_rounds.json' with { type: 'json' };
import thScorecard from '../packages/i18n/locales/th/strategy_scorecard.json' with { type: 'json' };
import thStrategy from '../packages/i18n/locales/th/strategy.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  fillThaiDate,
  openMenuSection,
  test,
  th,
  bangkokDayAfter,
  signedInPage,
  startingWith,
} from './support/fixtures.ts';

/** A one-page PDF: what a scanned letter of thanks from a delegation would be to the server. */
const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const CONTRIBUTION = 'เขตพระนครจัดกิจกรรมต้อนรับคณะผู้แทนเมืองพี่เมืองน้องและพาชมชุมชนริมน้ำ';
const RETURN_COMMENT = 'โปรดระบุวันที่จัดกิจกรรมและจำนวนผู้เข้าร่วม';

test('a district reports its part of KPI 2.2.1 with a PDF on a phone, the IAO returns it, an executive reads the scorecard, the map and the report', async ({
  browser,
  users,
}) => {
  test.setTimeout(180_000);
  const fiscalYear = fiscalYearOf(new Date()).buddhistYear;
  const roundName = fill(thRounds.list.name, { year: fiscalYear, kind: thRounds.kinds.six_month });
  const iaoUser = await users.create('iao_officer');
  const districtUser = await users.create('liaison_officer'); // Phra Nakhon district office
  const executiveUser = await users.create('executive');
  const desktop = { width: 1280, height: 900 };

  const iao = await signedInPage(browser, iaoUser, desktop);
  await test.step('the IAO opens the six-month round of this fiscal year from the menu', async () => {
    await (
      await openMenuSection(iao, th.common.nav.groups.plan)
    )
      .getByRole('link', { name: thRounds.nav.rounds, exact: true })
      .click();
    await expect(iao.getByRole('heading', { level: 1, name: thRounds.list.title })).toBeVisible();
    await iao.getByRole('button', { name: thRounds.list.open }).click();
    const form = iao.getByRole('region', { name: thRounds.open.heading });
    await expect(form.getByLabel(startingWith(thRounds.open.fiscal_year))).toHaveValue(String(fiscalYear));
    await form.getByLabel(startingWith(thRounds.open.kind)).selectOption('six_month');
    await fillThaiDate(form, thRounds.open.deadline, bangkokDayAfter(21));
    await form.getByRole('button', { name: thRounds.open.submit }).click();
    await expect(iao.getByRole('heading', { level: 1, name: roundName })).toBeVisible();
  });

  const district = await signedInPage(browser, districtUser, { width: 390, height: 844 });
  await test.step('the district liaison officer finds KPI 2.2.1 in what the district must report', async () => {
    await district.getByRole('button', { name: th.frame.nav.menu, exact: true }).click();
    await district
      .getByRole('navigation', { name: th.frame.nav.main })
      .getByRole('link', { name: thReporting.nav.my_items, exact: true })
      .click();
    await expect(district.getByRole('heading', { level: 1, name: thReporting.my_items.title })).toBeVisible();
    const entry = district.getByRole('listitem').filter({
      has: district.getByRole('heading', { name: /^ตัวชี้วัด 2\.2\.1 / }),
    });
    await expect(entry).toContainText(thReporting.role.supporting);
    await expectNoAccessibilityViolations(district);
    await entry.getByRole('link', { name: thReporting.my_items.report }).click();
  });

  await test.step('writes the contribution, saves it, attaches a PDF and submits it', async () => {
    const panel = district.getByRole('region', { name: 'เขตพระนคร' });
    const form = panel.getByRole('form', { name: thReporting.form.contribution_heading });
    await form.getByLabel(startingWith(thReporting.form.contribution)).fill(CONTRIBUTION);
    await form.getByRole('button', { name: thReporting.form.save_draft }).click();
    await expect(panel.getByText(thReporting.panel.saved_draft)).toBeVisible();

    await panel.getByLabel(startingWith(thEvidence.files.file)).setInputFiles({
      name: 'หนังสือขอบคุณจากคณะผู้แทน.pdf',
      mimeType: 'application/pdf',
      buffer: PDF_BYTES,
    });
    await panel.getByRole('button', { name: thEvidence.files.upload, exact: true }).click();
    await expect(panel.getByRole('link', { name: /หนังสือขอบคุณจากคณะผู้แทน\.pdf/ })).toBeVisible();
    const overflow = await district.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth + 1,
    );
    expect(overflow).toBe(false);

    await form.getByRole('button', { name: thReporting.form.submit }).click();
    await expect(panel.getByText(thReporting.panel.submitted)).toBeVisible();
    await expectNoAccessibilityViolations(district);
  });

  await test.step('the IAO returns the contribution with a comment', async () => {
    await iao.reload();
    await iao.getByRole('link', { name: /^ตัวชี้วัด 2\.2\.1 / }).click();
    const panel = iao.getByRole('region', { name: 'เขตพระนคร' });
    await expect(panel).toContainText(CONTRIBUTION);
    await expect(panel.getByRole('link', { name: /หนังสือขอบคุณจากคณะผู้แทน\.pdf/ })).toBeVisible();
    const review = panel.getByRole('form', { name: thReporting.review.heading });
    await review.getByLabel(thReporting.review.comment).fill(RETURN_COMMENT);
    await review.getByRole('button', { name: thReporting.review.return }).click();
    await expect(panel.getByText(thReporting.panel.returned)).toBeVisible();
  });

  await test.step('the district sees it returned, with the comment', async () => {
    await district.goto('/strategy/my-items');
    const entry = district.getByRole('listitem').filter({
      has: district.getByRole('heading', { name: /^ตัวชี้วัด 2\.2\.1 / }),
    });
    await expect(entry).toContainText(thReporting.status.returned);
    await expect(entry).toContainText(RETURN_COMMENT);
  });

  const executive = await signedInPage(browser, executiveUser, desktop);
  await test.step('an executive reads the strategy map with each KPI’s status, then the scorecard', async () => {
    await (
      await openMenuSection(executive, th.common.nav.groups.plan)
    )
      .getByRole('link', { name: thStrategy.nav.strategy, exact: true })
      .click();
    await expect(executive.getByRole('heading', { level: 1, name: thStrategy.map.title })).toBeVisible();
    await expect(
      executive.getByText(fill(thScorecard.map.status_this_year, { year: fiscalYear })).first(),
    ).toBeVisible();
    await executive.getByRole('link', { name: thScorecard.map.link }).click();
    await expect(executive.getByRole('heading', { level: 1, name: thScorecard.page.title })).toBeVisible();
    const table = executive.getByRole('table', {
      name: fill(thScorecard.page.table_caption, { first: 2566, last: 2570 }),
    });
    await expect(table.getByRole('row', { name: /2\.2\.1/ })).toContainText(thScorecard.status.not_reported);
    await expectNoAccessibilityViolations(executive);
  });

  await test.step('and downloads the round’s report in Thai, which names the KPI and its lead unit', async () => {
    await (
      await openMenuSection(executive, th.common.nav.groups.plan)
    )
      .getByRole('link', { name: thRounds.nav.rounds, exact: true })
      .click();
    await executive.getByRole('link', { name: roundName }).click();
    const report = executive.getByRole('region', { name: thRounds.report.title });
    const downloading = executive.waitForEvent('download');
    await report.getByRole('link', { name: thRounds.report.pdf }).first().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', (await download.path()) ?? '', '-'], {
      encoding: 'utf8',
    }).stdout.replace(/\s+/g, '');
    expect(text).toContain('2.2.1');
    expect(text).toContain('สำนักงานการต่างประเทศ');
    expect(text).toContain(`ปีงบประมาณพ.ศ.${fiscalYear}`);
  });
});
