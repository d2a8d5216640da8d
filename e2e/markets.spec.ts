// Target markets: an owner chooses them on the question about them, the result shows what each
// asks (the proof of origin that lowers the duty, or that none does; the rules for this product;
// where to ask; when it was checked) and the plan gains their steps; the choice changes from the
// result, travels in the share link, prints, and works offline. Expected texts come from
// content/markets.json and the locale files; expected steps from tests/golden/markets.json.
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { answerAs, expectResult, golden } from './fixtures/golden';
import { Journey, type Lang, parseSpec } from './fixtures/journey';
import { csvHeaders, encodeResult, parseCsv, resultLink } from './fixtures/mentor';
import { collectReport, count, createWorkshop, exportCsv, paste, t as mentorT } from './fixtures/mentor-page';

type Text = { id: string; en: string };
type Requirement = { id: string; what: Text; mandatory: boolean };
type Market = {
  id: string;
  name: Text;
  preferences: { agreement: Text; proof: Text }[];
  no_preference: Text | null;
  requirements: Requirement[];
};
const file = JSON.parse(readFileSync(new URL('../content/markets.json', import.meta.url), 'utf8'));
const markets: Market[] = file.markets;
const market = (id: string) => markets.find((m) => m.id === id)!;
const requirement = (id: string) => markets.flatMap((m) => m.requirements).find((r) => r.id === id)!;
const cases: { business: string; markets: string[]; plan_starts: string[]; met: string[] }[] = JSON.parse(
  readFileSync(new URL('../tests/golden/markets.json', import.meta.url), 'utf8'),
).cases;
const named = (start: string) => golden.find((business) => business.name.startsWith(start))!;

/** The result's section of target markets. */
const section = (page: Page, lang: Lang) => page.getByRole('region', { name: locales[lang].markets_heading });
/** One market's part of it. */
const marketArticle = (page: Page, lang: Lang, id: string) =>
  section(page, lang).getByRole('article', { name: market(id).name[lang] });

/** Checks what the section says of `id`: its preferences (or that there is none), and when it
 *  was checked. */
async function expectMarket(page: Page, lang: Lang, id: string) {
  const article = marketArticle(page, lang, id);
  await expect(article).toBeVisible();
  const m = market(id);
  for (const preference of m.preferences) {
    await expect(article).toContainText(preference.agreement[lang]);
    await expect(article).toContainText(preference.proof[lang]);
  }
  if (m.no_preference) await expect(article).toContainText(m.no_preference[lang]);
  await expect(article).toContainText(locales[lang].markets_checked.split('{month}')[0].trim());
}

for (const lang of ['id', 'en'] as const) {
  test(`a snack maker chooses Malaysia and the United States on the question about markets (${lang})`, async ({ page }) => {
    const t = locales[lang];
    const [snack] = cases;
    const business = named(snack.business);
    await page.goto(lang === 'id' ? '/' : '/?lang=en');
    await waitForApp(page);
    await page.getByRole('link', { name: t.start_button }).click();
    const journey = new Journey(page, lang);
    await journey.chooseProductType(business.product_type);
    const spec = parseSpec(business.answers);
    // Up to the question about target markets, whose screen offers their choice.
    for (;;) {
      const question = await journey.currentQuestion();
      if (question.id === 'M2') break;
      await journey.answerAll(spec, 1);
    }
    await page.getByText(t.markets_choose_summary).click();
    for (const id of snack.markets) await page.getByRole('checkbox', { name: market(id).name[lang] }).check();
    const names = snack.markets.map((id) => market(id).name[lang]).join(', ');
    await expect(page.getByText(t.markets_chosen_summary.replace('{markets}', names))).toBeVisible();
    await expectAccessible(page);
    await journey.answerAll(spec);
    await expect(page).toHaveURL(/#\/hasil$/);
    await expectResult(page, business, lang);

    for (const id of snack.markets) await expectMarket(page, lang, id);
    // The plan: the gate first, then each market's first requirement, marked with its market.
    const plan = page.getByRole('region', { name: t.plan_heading }).getByRole('listitem');
    for (const [index, id] of snack.plan_starts.entries()) {
      if (!id.includes('_')) continue;
      const step = plan.nth(index);
      await expect(step).toContainText(requirement(id).what[lang]);
      await expect(step).toContainText(market(id.split('_')[0]).name[lang]);
    }
    // A requirement the answers meet says so.
    for (const id of snack.met) {
      const item = section(page, lang).getByRole('listitem').filter({ hasText: requirement(id).what[lang] });
      await expect(item).toContainText(t.markets_met);
    }
    await expectAccessible(page);

    // The share link carries the markets to a fresh browser.
    const link = await page.getByRole('textbox', { name: t.share_link_label }).inputValue();
    const visitor = await page.context().browser()!.newContext();
    const other = await visitor.newPage();
    await other.goto(link);
    await waitForApp(other);
    // A link carries no language: a fresh browser opens it in Bahasa Indonesia.
    for (const id of snack.markets) await expectMarket(other, 'id', id);
    await expect(other.getByText(locales.id.markets_change)).toHaveCount(0);
    await expectAccessible(other);
    await visitor.close();

    // Print keeps the markets and leaves out their choice.
    await page.emulateMedia({ media: 'print' });
    await expect(marketArticle(page, lang, 'my')).toBeVisible();
    await expect(page.getByText(t.markets_change)).toBeHidden();
  });
}

test('markets change from the result: at most three, "Belum tahu" explains how to choose', async ({ page }) => {
  const t = locales.id;
  const cosmetics = cases.find((c) => c.business.startsWith('Herbal cosmetics'))!;
  await answerAs(page, named(cosmetics.business), 'id');
  const region = section(page, 'id');
  await expect(region).toContainText(t.markets_none_intro);
  for (const id of ['sa', 'ae', 'my']) await region.getByRole('checkbox', { name: market(id).name.id }).check();
  await expect(region.getByRole('checkbox', { name: market('jp').name.id })).toBeDisabled();
  await expect(region.getByRole('status')).toHaveText(t.markets_pick_full);
  await expectMarket(page, 'id', 'sa');
  // Saudi Arabia's first requirement for cosmetics is in the plan, after the permit's gate.
  const plan = page.getByRole('region', { name: t.plan_heading }).getByRole('listitem');
  await expect(plan.nth(1)).toContainText(requirement(cosmetics.plan_starts[1]).what.id);
  await expect(region).toContainText(requirement('sa_cosmetic_halal').what.id);
  await expectAccessible(page);

  // The choice stays open while the owner uses it.
  await region.getByRole('checkbox', { name: t.dont_know }).check();
  await expect(region.getByRole('heading', { name: t.markets_undecided_title })).toBeVisible();
  await expect(region).toContainText(file.undecided.advice.id);
  await expect(marketArticle(page, 'id', 'sa')).toHaveCount(0);
  // Kept on the phone: the choice is there after a reload.
  await page.reload();
  await waitForApp(page);
  await expect(section(page, 'id').getByRole('heading', { name: t.markets_undecided_title })).toBeVisible();
});

test('an old link without markets opens as before, and a link with them shows them', async ({ page }) => {
  const teak = cases.find((c) => c.business.startsWith('Teak'))!;
  const business = named(teak.business);
  await page.goto(`/?lang=en#r=${encodeResult({ business })}`);
  await waitForApp(page);
  await expectResult(page, business, 'en');
  await expect(section(page, 'en')).toHaveCount(0);
  await page.goto(`/?lang=en#r=${encodeResult({ business, markets: teak.markets })}`);
  await waitForApp(page);
  await expectMarket(page, 'en', 'eu');
  for (const id of ['eu_eudr_due_diligence', 'eu_flegt_licence']) {
    await expect(marketArticle(page, 'en', 'eu')).toContainText(requirement(id).what.en);
  }
  await expectAccessible(page);
});

test('after one visit, the markets work with no connection', async ({ page, context }) => {
  const [snack] = cases;
  const business = named(snack.business);
  await page.goto('/');
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto(`/#r=${encodeResult({ business, markets: snack.markets })}`);
  await waitForApp(page);
  for (const id of snack.markets) await expectMarket(page, 'id', id);
  await context.setOffline(false);
});

test("the mentor's group counts each market, teaches the most wanted one's commonest rule, and exports the markets", async ({ page, baseURL }) => {
  const m = mentorT;
  const snack = named('Snack producer');
  const participants = [
    { business: snack, label: 'Keripik A', markets: ['my', 'us'] },
    { business: snack, label: 'Keripik B', markets: ['my'] },
    { business: named('Batik maker'), label: 'Batik C', markets: [] },
    { business: named('Teak furniture'), label: 'Jati D' },
  ];
  await createWorkshop(page, 'Kelas negara tujuan');
  await paste(page, participants.map((participant) => resultLink(`${baseURL}/`, participant)).join('\n'));
  await expect(collectReport(page)).toContainText(count(m.collect_added, 4));

  const table = page.getByRole('table', { name: m.cohort_markets });
  const rows = [
    [market('my').name.id, '2'],
    [market('us').name.id, '1'],
    [m.cohort_markets_undecided, '1'],
  ];
  for (const [index, [name, chosen]] of rows.entries()) {
    const row = table.getByRole('row').nth(index + 1);
    await expect(row.getByRole('rowheader')).toHaveText(name);
    await expect(row.getByRole('cell')).toHaveText(chosen);
  }
  await expect(page.getByText(count(m.cohort_markets_unsaid, 1))).toBeVisible();
  // Both who chose Malaysia lack its first rule for food; ties go by the file's order.
  const agenda = page.getByRole('region', { name: m.agenda_heading });
  await expect(agenda).toContainText(m.agenda_market.replace('{market}', market('my').name.id).replace('{count}', '2'));
  await expect(agenda).toContainText(requirement('my_food_label').what.id);
  await expectAccessible(page);

  const file = await exportCsv(page, m.export_csv_comma);
  const [header, ...body] = parseCsv(file.bytes.toString('utf8'), ',');
  const column = header.indexOf(csvHeaders.markets);
  const cell = (label: string) => body.find((row) => row[0] === label)![column];
  expect(cell('Keripik A')).toBe(`${market('my').name.id}; ${market('us').name.id}`);
  expect(cell('Batik C')).toBe(locales.id.dont_know);
  expect(cell('Jati D')).toBe('');
});
