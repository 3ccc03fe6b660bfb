/**
 * The strategic plan (issue 15, first part): an executive on a phone in Thai opens the plan from the
 * menu, reads the vision and a tactic, opens KPI 1.1.1 and finds its five levels, its target for each
 * fiscal year and its lead unit, whose page lists the KPIs it leads; in English, the texts the
 * platform translated are marked as translations.
 */
import thStrategy from '../packages/i18n/locales/th/strategy.json' with { type: 'json' };
import enStrategy from '../packages/i18n/locales/en/strategy.json' with { type: 'json' };
import plan from '../data/reference/strategy/bma-foreign-affairs-plan-2566-2570.json' with { type: 'json' };
import { expect, expectNoAccessibilityViolations, fill, signIn, test, th } from './support/fixtures.ts';

const kpi111 = plan.strategies[0]?.tactics[0]?.kpis[0];

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('an executive opens the plan from the menu, then KPI 1.1.1 with its rubric, yearly targets and lead unit', async ({
    page,
    users,
  }) => {
    if (!kpi111) throw new Error('KPI 1.1.1 is not in the plan');
    const executive = await users.create('executive');
    await signIn(page, executive.email, executive.password);
    await page.getByRole('button', { name: th.frame.nav.menu, exact: true }).click();
    await page
      .getByRole('navigation', { name: th.frame.nav.main })
      .getByRole('link', { name: thStrategy.nav.strategy, exact: true })
      .click();

    await expect(page.getByRole('heading', { level: 1, name: thStrategy.map.title })).toBeVisible();
    await expect(page.getByRole('region', { name: thStrategy.map.vision })).toContainText(plan.vision.th);
    await expect(
      page.getByText(fill(thStrategy.map.counts, { strategies: 3, tactics: 9, kpis: 11, projects: 25 })),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: new RegExp(`^1\\.1\\.1 ${kpi111.name.th}`) }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `ตัวชี้วัด 1.1.1 ${kpi111.name.th}` }),
    ).toBeVisible();
    const levels = page
      .getByRole('heading', { name: thStrategy.kpi.rubric.replace('{{count}}', '5') })
      .locator('xpath=following-sibling::ol[1]')
      .getByRole('listitem');
    await expect(levels).toHaveCount(5);
    if (kpi111.measure.kind !== 'rubric' || !('levels' in kpi111.measure)) throw new Error('not a rubric');
    await expect(levels.nth(4)).toContainText(kpi111.measure.levels[4]?.text.th ?? '');

    // One row per fiscal year 2566–2570, each with the seed's level.
    const targets = page.getByRole('table', {
      name: fill(thStrategy.kpi.targets_caption, { first: 2566, last: 2570 }),
    });
    for (const target of kpi111.targets) {
      await expect(
        targets.getByRole('row', { name: new RegExp(`${target.fiscal_year}.*ระดับที่ ${target.value}`) }),
      ).toBeVisible();
    }
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'สำนักงานการต่างประเทศ' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'สำนักงานการต่างประเทศ' })).toBeVisible();
    const section = page.getByRole('region', { name: thStrategy.unit_section.heading });
    await expect(section.getByRole('link', { name: new RegExp(kpi111.name.th) })).toBeVisible();
  });
});

test('in English the plan marks the texts the platform translated, and keeps the seed’s own English unmarked', async ({
  page,
  users,
}) => {
  const executive = await users.create('executive', { locale: 'en' });
  await signIn(page, executive.email, executive.password);
  await page.goto('/strategy');
  await expect(page.getByRole('heading', { level: 1, name: enStrategy.map.title })).toBeVisible();
  await expect(page.getByText(enStrategy.translation.legend)).toBeVisible();
  // The vision's English is the plan's own; tactic 1.1's first goal is the platform's translation.
  await expect(page.getByRole('region', { name: enStrategy.map.vision })).toContainText(plan.vision.en);
  const goal = plan.strategies[0]?.tactics[0]?.goals[0];
  expect(goal?.en_source).toBe('translation');
  await expect(page.locator('[lang="en-t-th"]', { hasText: goal?.en ?? '' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
