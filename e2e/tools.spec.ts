// The export tools: an owner prices an order on the ladder and finds an HS code, on the spot,
// reached from the result and from the plan's steps; bad values are flagged at their field
// without losing the rest; the kept code and the ladder reach the report; both work offline.
// Expected prices from tests/golden/price.json, texts from the locale and content files.
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { golden } from './fixtures/golden';
import { type Lang } from './fixtures/journey';
import { encodeResult } from './fixtures/mentor';

const price = JSON.parse(readFileSync(new URL('../tests/golden/price.json', import.meta.url), 'utf8'));
type HsProduct = { id: string; name: { id: string; en: string }; synonyms: string[]; headings: string[] };
const hs: { products: HsProduct[] } = JSON.parse(readFileSync(new URL('../content/hs.json', import.meta.url), 'utf8'));
const batik = golden.find((business) => business.name.startsWith('Batik maker'))!;
const dotted = (code: string) => `${code.slice(0, 4)}.${code.slice(4)}`;

/** Opens the owner's own result (the batik maker's, kept on the phone) in `lang`. */
async function openResult(page: Page, lang: Lang) {
  await page.addInitScript((code) => {
    if (!localStorage.getItem('siap-mendunia.v1.current')) localStorage.setItem('siap-mendunia.v1.current', code);
  }, encodeResult({ business: batik, date: '2026-12-01' }));
  await page.goto(`/${lang === 'en' ? '?lang=en' : ''}#/hasil`);
  await waitForApp(page);
}

/** The label of a price field, as the form shows it. */
const fieldLabel = (lang: Lang, id: string) => {
  const t = locales[lang];
  if (id === 'rate') return t.price_field_rate.replace('{currency}', price.currency);
  return t[`price_field_${id}`];
};

for (const lang of ['id', 'en'] as const) {
  test(`a batik maker prices 200 pieces by air to Japan from the result (${lang})`, async ({ page }) => {
    const t = locales[lang];
    await openResult(page, lang);
    const tools = page.getByRole('region', { name: t.tools_heading });
    await tools.getByRole('link', { name: t.price_title }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.price_title })).toBeVisible();
    await expect(page.getByText(t.price_fill_first)).toBeVisible();

    await page.getByRole('radio', { name: t.price_mode_air }).check();
    await page.getByLabel(t.price_field_currency).selectOption(price.currency);
    for (const [id, typed] of Object.entries(price.typed[lang] as Record<string, string>)) {
      await page.getByLabel(fieldLabel(lang, id), { exact: true }).fill(typed);
    }
    const ladder = page.getByRole('region', { name: t.price_ladder_title });
    const rungs = ladder.getByRole('listitem');
    await expect(rungs).toHaveCount(5);
    for (const [i, term] of price.terms.entries()) await expect(rungs.nth(i).getByRole('heading')).toContainText(term);
    const shown = price.shown[lang];
    await expect(rungs.nth(0)).toContainText(t.price_per_unit.replace('{price}', shown.exw_unit));
    await expect(rungs.nth(0)).toContainText(t.price_per_order.replace('{price}', shown.exw_order));
    await expect(rungs.nth(0)).toContainText(t.price_per_unit.replace('{price}', shown.exw_buyer_unit));
    await expect(rungs.nth(4)).toContainText(t.price_per_unit.replace('{price}', shown.dap_unit));
    await expect(rungs.nth(4)).toContainText(t.price_per_order.replace('{price}', shown.dap_buyer_order));
    await expect(rungs.nth(0)).toContainText(t.term_exw);
    await expectAccessible(page);

    // A bad value is flagged at its field; the others stay, and the prices come back once fixed.
    const margin = page.getByLabel(t.price_field_margin, { exact: true });
    await margin.fill('dua belas');
    await expect(margin).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(t.price_error_not_a_number)).toBeVisible();
    await expect(ladder.getByText(t.price_fix_first)).toBeVisible();
    await expect(page.getByLabel(t.price_field_cost, { exact: true })).toHaveValue(price.typed[lang].cost);
    await margin.fill(price.typed[lang].margin);
    await expect(rungs.nth(0)).toContainText(shown.exw_unit);

    // Sea terms for air cargo are warned about.
    await page.getByRole('radio', { name: t.price_terms_sea }).check();
    await expect(page.getByText(t.price_sea_warning)).toBeVisible();
    await expect(rungs.nth(1).getByRole('heading')).toContainText('FOB');
    await page.getByRole('radio', { name: t.price_terms_any }).check();

    // Kept on the phone, and shown in the report when asked.
    await page.getByRole('checkbox', { name: t.price_in_report }).check();
    await page.reload();
    await waitForApp(page);
    await expect(page.getByLabel(t.price_field_cost, { exact: true })).toHaveValue(price.typed[lang].cost);
    await page.getByRole('link', { name: t.tools_back }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: t.tools_heading })).toContainText(shown.exw_unit);
  });
}

test('the price form works by keyboard alone', async ({ page }) => {
  const t = locales.id;
  await page.goto('/#/harga');
  await waitForApp(page);
  await page.getByLabel(t.price_field_cost, { exact: true }).focus();
  for (const id of ['cost', 'margin', 'quantity']) {
    await page.keyboard.type(price.typed.id[id]);
    await page.keyboard.press('Tab');
  }
  // Without packing: 150.000 × 1,125 per unit.
  const rungs = page.getByRole('region', { name: t.price_ladder_title }).getByRole('listitem');
  await expect(rungs.nth(0)).toContainText(t.price_per_unit.replace('{price}', 'Rp168.750'));
  // The transport's choice by arrow keys: from air to courier.
  await page.getByRole('radio', { name: t.price_mode_air }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: t.price_mode_courier })).toBeChecked();
});

for (const lang of ['id', 'en'] as const) {
  test(`finding "keripik tempe" and "kursi jati", keeping a code for the report (${lang})`, async ({ page }) => {
    const t = locales[lang];
    await openResult(page, lang);
    await page.getByRole('region', { name: t.tools_heading }).getByRole('link', { name: t.hs_title }).click();
    const search = page.getByRole('searchbox', { name: t.hs_query_label });
    for (const query of ['keripik tempe', 'kursi jati']) {
      const product = hs.products.find((p) => p.name.id.toLowerCase() === query || p.synonyms.includes(query))!;
      await search.fill(query);
      const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: product.name[lang] }) });
      for (const code of product.headings) await expect(item).toContainText(dotted(code));
    }
    await search.fill('zzqx');
    await expect(page.getByText(t.hs_none)).toBeVisible();
    const teak = hs.products.find((p) => p.synonyms.includes('kursi jati') || p.name.id.toLowerCase() === 'kursi jati')!;
    await search.fill('kursi jati');
    const keep = page.getByRole('button', { name: t.hs_keep.replace('{code}', dotted(teak.headings[0])) });
    await keep.click();
    await expect(page.getByRole('button', { name: t.hs_is_kept })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page);
    await page.getByRole('link', { name: t.tools_back }).click();
    await expect(page.getByRole('region', { name: t.tools_heading })).toContainText(dotted(teak.headings[0]));
  });
}

test("the plan's step about export prices leads to the ladder", async ({ page }) => {
  const t = locales.id;
  await openResult(page, 'id');
  const plan = page.getByRole('region', { name: t.plan_heading });
  await plan.getByRole('button', { name: new RegExp('^' + t.plan_show_all.split('(')[0].trim()) }).click();
  await plan.getByRole('link', { name: t.price_title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: t.price_title })).toBeVisible();
});

test('after one visit, both tools work with no connection', async ({ page, context }) => {
  const t = locales.id;
  await page.goto('/');
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto('/#/kode-hs');
  await waitForApp(page);
  await page.getByRole('searchbox', { name: t.hs_query_label }).fill('kopi bubuk');
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`${t.hs_found.replace('{count}', '\\d+')}|${t.hs_found_one}`) })).toBeVisible();
  await page.goto('/#/harga');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: t.price_title })).toBeVisible();
  await context.setOffline(false);
});
