// The result an owner sees after answering, checked against the model's golden businesses
// (tests/golden/businesses.json, which the native tests also check), then shared, scanned,
// printed and retaken.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { answerAs, expectResult, golden } from './fixtures/golden';
import { Journey, levels, parseSpec, productTypes } from './fixtures/journey';

const [batikMaker, snackProducer, coffeeRoaster] = golden;

test('a batik maker answers in Indonesian and sees the model’s score and level', async ({ page }) => {
  await answerAs(page, batikMaker, 'id');
  await expectResult(page, batikMaker, 'id');
  await expect(page.getByRole('heading', { level: 2, name: locales.id.plan_heading })).toBeVisible();
  // The marks the styles draw (a tick before each strength, the arrow of "see your answers")
  // are for the eye: a screen reader does not read them out.
  expect(await page.getByRole('main').ariaSnapshot()).not.toMatch(/[✓▸▾]/);
  await expectAccessible(page);
});

test('a snack producer answers in English and is told why the food permit caps the level', async ({ page }) => {
  await answerAs(page, snackProducer, 'en');
  await expectResult(page, snackProducer, 'en');
  const berkembang = levels.find((l) => l.id === 'berkembang')!.name.en;
  // The "!" the styles draw before the gate's heading is decoration: not read out.
  const capped = locales.en.results_gate_capped_title.replace('{level}', berkembang);
  await expect(page.getByRole('heading', { name: capped, exact: true })).toBeVisible();
  const plan = page.getByRole('region', { name: locales.en.plan_heading });
  await expect(plan.getByText(locales.en.plan_gate_badge, { exact: true }).first()).toBeVisible();
  expect(await plan.getByRole('listitem').first().evaluate((item) => item.querySelector('.sm-tag--gate') !== null)).toBe(true);
  await expectAccessible(page);
});

test('a returning owner’s result appears whole, never half-drawn over the welcome', async ({ page }) => {
  await answerAs(page, batikMaker, 'id');
  // The section headings at the first change of the page that leaves the static welcome.
  await page.addInitScript((welcomeTitle) => {
    const sections = () => [...document.querySelectorAll('#sm-app h2')].map((h) => h.textContent);
    new MutationObserver((_, observer) => {
      const title = document.querySelector('#sm-app h1')?.textContent;
      if (title && title !== welcomeTitle) {
        (window as unknown as { firstSections: unknown }).firstSections = sections();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, locales.id.welcome_title);
  await page.reload();
  await waitForApp(page);
  await expectResult(page, batikMaker, 'id');
  const sections = await page.evaluate(() => [...document.querySelectorAll('#sm-app h2')].map((h) => h.textContent));
  expect(sections).toContain(locales.id.plan_heading);
  expect(await page.evaluate(() => (window as unknown as { firstSections: unknown }).firstSections)).toEqual(sections);
});

test('the share link opens the same result, read-only, in a fresh browser', async ({ page, browser }) => {
  await answerAs(page, coffeeRoaster, 'id');
  const link = await page.getByRole('textbox', { name: locales.id.share_link_label }).inputValue();
  expect(link).toMatch(/#r=[A-Za-z0-9_-]+$/);

  const visitor = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const other = await visitor.newPage();
  await other.goto(link);
  await waitForApp(other);
  await expectResult(other, coffeeRoaster, 'id');
  await expect(other.getByText(locales.id.shared_intro)).toBeVisible();
  await expect(other.getByRole('link', { name: locales.id.take_check_yourself })).toBeVisible();
  await expect(other.getByRole('button', { name: locales.id.share_copy })).toHaveCount(0);
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('current')))).toEqual([]);
  await expectAccessible(other);
  await visitor.close();
});

test('the QR code holds the result link', async ({ page }) => {
  await answerAs(page, batikMaker, 'id');
  const link = await page.getByRole('textbox', { name: locales.id.share_link_label }).inputValue();
  const qr = page.getByRole('img', { name: locales.id.share_qr_label });
  const png = PNG.sync.read(await qr.screenshot({ scale: 'device' }));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(link);
});

test('WhatsApp share carries a short summary and the link', async ({ page }) => {
  await answerAs(page, batikMaker, 'id');
  const link = await page.getByRole('textbox', { name: locales.id.share_link_label }).inputValue();
  const href = await page.getByRole('link', { name: locales.id.share_whatsapp }).getAttribute('href');
  const text = new URL(href!).searchParams.get('text')!;
  expect(href).toMatch(/^https:\/\/wa\.me\/\?text=/);
  expect(text).toContain(link);
  expect(text).toContain(String(batikMaker.overall));
});

test('print shows the whole plan and the link, without buttons, on one or two A4 pages', async ({ page }) => {
  await answerAs(page, batikMaker, 'id');
  const link = await page.getByRole('textbox', { name: locales.id.share_link_label }).inputValue();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: locales.id.share_copy })).toBeHidden();
  await expect(page.getByRole('button', { name: locales.id.retake })).toBeHidden();
  await expect(page.getByText(link, { exact: true })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('taking the check again shows the change since last time', async ({ page }) => {
  await answerAs(page, batikMaker, 'id');
  await page.getByRole('button', { name: locales.id.retake }).click();
  await page.getByRole('button', { name: locales.id.restart_yes }).click();
  const journey = new Journey(page, 'id');
  const type = productTypes.find((t) => t.id === 'fashion')!;
  await expect(page.getByRole('radio', { name: new RegExp('^' + type.name.id) })).not.toBeChecked();
  await journey.chooseProductType('fashion');
  const better = batikMaker.answers.replace('P4=0', 'P4=3').replace('M4=0', 'M4=3');
  await journey.answerAll(parseSpec(better));
  await expect(page.getByRole('heading', { level: 2, name: locales.id.change_heading })).toBeVisible();
  await expectAccessible(page);
});
