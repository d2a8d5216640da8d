// Acronyms explained: on every kind of screen, each acronym an owner can read that the app
// explains (content/acronyms.json) has its definition on that screen: under "Apa maksudnya?" on
// a question, in a disclosure where it first appears on the later screens. Expected text comes
// from the content and locale files.
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { golden } from './fixtures/golden';
import { Journey, type Lang, productTypes, questions } from './fixtures/journey';
import { encodeResult } from './fixtures/mentor';

test.skip(({ isMobile }) => !isMobile, 'checked once, on a phone');

type Explained = { term: string; stands_for: Record<Lang, string>; meaning: Record<Lang, string> };
const list: { acronyms: Explained[] } = JSON.parse(
  readFileSync(new URL('../content/acronyms.json', import.meta.url), 'utf8'),
);
const explained = list.acronyms.map((a) => a.term);
const price = JSON.parse(readFileSync(new URL('../tests/golden/price.json', import.meta.url), 'utf8'));

/** The explained acronyms that the screen shows now, with every definition on it open (so the
 *  definitions' own acronyms count), that have no definition on it. Acronyms are found as the
 *  model finds them (`model::acronyms_in`). */
async function undefinedAcronyms(page: Page): Promise<string[]> {
  return page.evaluate((explained) => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.sm-terms')) details.open = true;
    const defined = new Set([...document.querySelectorAll('.sm-terms dt')].map((dt) => dt.textContent!.trim()));
    const shown = document.body.innerText;
    const found = shown
      .split(/\s+/)
      .filter((word) => !word.includes('://') && !word.includes('{'))
      .flatMap((word) => word.split(/[^A-Za-z0-9-]/))
      .map((word) => word.replace(/^-+|-+$/g, ''))
      .filter((word) => (word.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/\p{Ll}/u.test(word));
    return [...new Set(found)].filter((term) => explained.includes(term) && !defined.has(term));
  }, explained);
}

async function expectExplained(page: Page, screen: string) {
  expect.soft(await undefinedAcronyms(page), `acronyms with no definition on ${screen}`).toEqual([]);
}

for (const lang of ['id', 'en'] as const) {
  test(`every question explains its acronyms under its hint (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = locales[lang];
    const home = lang === 'id' ? '/' : '/?lang=en';
    const seen = new Set<string>();
    // Product types in turn until every question has been shown once.
    for (const type of productTypes) {
      const asked = questions.filter((q) => !seen.has(q.id) && (!q.applies_to || q.applies_to.includes(type.id)));
      if (asked.length === 0) continue;
      await page.goto(`${home}#/jenis`);
      await waitForApp(page);
      await new Journey(page, lang).chooseProductType(type.id);
      for (const question of asked) {
        seen.add(question.id);
        await page.goto(`${home}#/q/${question.id}`);
        await expect(page.getByRole('heading', { level: 1, name: question.text[lang] })).toBeVisible();
        await page.getByText(t.hint_toggle).click();
        await expect(page.locator('.sm-hint__text')).toHaveText(question.hint[lang]);
        await expectExplained(page, `question ${question.id}`);
      }
    }
    expect(seen.size).toBe(questions.length);

    // What a definition says: NIB's, on the question that asks for it.
    const nib = list.acronyms.find((a) => a.term === 'NIB')!;
    const asking = questions.find((q) => /\bNIB\b/.test(q.text[lang]))!;
    await page.goto(`${home}#/q/${asking.id}`);
    await page.getByText(t.hint_toggle).click();
    const definition = page.locator('.sm-hint dd').filter({ hasText: nib.stands_for[lang] });
    await expect(definition).toContainText(nib.meaning[lang]);
    await expectAccessible(page);
  });

  test(`the result, its markets and the tools explain their acronyms (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = locales[lang];
    const business = golden.find((b) => b.capped)!;
    await page.addInitScript((code) => {
      if (!localStorage.getItem('siap-mendunia.v1.current')) localStorage.setItem('siap-mendunia.v1.current', code);
    }, encodeResult({ business, date: '2026-12-01', markets: ['my', 'jp', 'eu'] }));
    const home = lang === 'id' ? '/' : '/?lang=en';

    // The HS code search, with a product whose note has an acronym, and a code kept.
    await page.goto(`${home}#/kode-hs`);
    await waitForApp(page);
    await expectExplained(page, 'the HS code search');
    await page.getByRole('searchbox', { name: t.hs_query_label }).fill('VCO');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectExplained(page, 'the HS code search with matches');
    await page.getByRole('button', { name: new RegExp('^' + t.hs_keep.split('{')[0].trim()) }).first().click();
    await expectExplained(page, 'the HS code search with a kept code');

    // The price ladder, shown in the report.
    await page.goto(`${home}#/harga`);
    await expect(page.getByRole('heading', { level: 1, name: t.price_title })).toBeVisible();
    for (const [id, typed] of Object.entries(price.typed[lang] as Record<string, string>)) {
      if (id === 'rate') continue;
      await page.getByLabel(t[`price_field_${id}`], { exact: true }).fill(typed);
    }
    await page.getByRole('radio', { name: t.price_terms_sea }).check();
    await expect(page.getByText(t.price_sea_warning)).toBeVisible();
    await page.getByRole('checkbox', { name: t.price_in_report }).check();
    await expectExplained(page, 'the price ladder');
    // Currency codes are named as the browser names them in the language shown.
    const ringgit = await page.evaluate((lang) => new Intl.DisplayNames([lang], { type: 'currency' }).of('MYR'), lang);
    await expect(page.getByLabel(t.price_field_currency).locator('option[value="MYR"]')).toHaveText(`MYR · ${ringgit}`);

    // The owner's own result, every step shown.
    await page.goto(`${home}#/hasil`);
    const plan = page.getByRole('region', { name: t.plan_heading });
    await plan.getByRole('button', { name: new RegExp('^' + t.plan_show_all.split('(')[0].trim()) }).click();
    await page.getByText(t.review_summary.split('{')[0].trim()).click();
    await expect(page.getByRole('region', { name: t.markets_heading })).toBeVisible();

    // A definition opens where its acronym first appears: the gate's.
    const gate = page.locator('.sm-gate');
    const summary = gate.locator('summary');
    const terms = (await summary.textContent())!.replace(t.acronyms_summary.split('{')[0], '').split(', ');
    const first = list.acronyms.find((a) => a.term === terms[0])!;
    await expect(gate.getByText(first.stands_for[lang])).toBeHidden();
    await summary.click();
    await expect(gate.getByText(first.stands_for[lang] + '.')).toBeVisible();
    await expect(gate.locator('dd').first()).toContainText(first.meaning[lang]);
    await expectAccessible(page);
    await expectExplained(page, 'the result');

    await page.goto(`${home}#/privasi`);
    await expect(page.getByRole('heading', { level: 1, name: t.privacy_title })).toBeVisible();
    await expectExplained(page, 'privacy');
  });
}
