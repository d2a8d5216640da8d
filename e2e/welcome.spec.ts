// The welcome screen: Indonesian first, the language switch and its memory, the static shell,
// and the messages shown when something is wrong.
import { content, expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';

const { id, en } = locales;

test('welcome speaks Bahasa Indonesia by default and passes axe', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: id.welcome_title })).toBeVisible();
  await expect(page.getByText(id.welcome_intro)).toBeVisible();
  await expect(page.getByRole('link', { name: id.start_button })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const pillars = page.getByRole('list').getByRole('listitem');
  await expect(pillars).toHaveText(content.pillars.map((p) => p.name.id + p.summary.id));
  await expectAccessible(page);
});

test('switching to English changes the words and survives a reload', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const switcher = page.getByRole('group', { name: id.language_label });
  await switcher.getByRole('button', { name: 'English' }).click();

  await expect(page.getByRole('heading', { level: 1, name: en.welcome_title })).toBeVisible();
  await expect(page.getByRole('list').getByRole('listitem')).toHaveText(
    content.pillars.map((p) => p.name.en + p.summary.en),
  );
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: en.welcome_title })).toBeVisible();

  await page.getByRole('group', { name: en.language_label }).getByRole('button', { name: 'Bahasa Indonesia' }).click();
  // A language the page has not fetched yet comes a moment after the tap.
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: id.welcome_title })).toBeVisible();
});

test('a lang link parameter is followed without replacing the saved choice', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: en.welcome_title })).toBeVisible();
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: id.welcome_title })).toBeVisible();
});

test('an unknown lang parameter gets a clear message and the app keeps working', async ({ page }) => {
  await page.goto('/?lang=fr');
  await waitForApp(page);
  await expect(page.getByRole('status')).toContainText(id.unknown_language.replace('{lang}', 'fr'));
  await expectAccessible(page);
  await page.getByRole('button', { name: id.dismiss }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.welcome_title })).toBeVisible();
});

test('a garbled saved language is ignored, not fatal', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('siap-mendunia.v1.lang', '{"broken'));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: id.welcome_title })).toBeVisible();
});

test('the static welcome is readable before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: id.welcome_title })).toBeVisible();
  await expect(page.getByText(id.welcome_intro)).toBeVisible();
  await expect(page.getByText(id.welcome_facts)).toBeVisible();
  await expect(page.getByText(id.app_tagline)).toBeVisible();
  await expect(page.getByRole('link', { name: id.start_button })).toBeVisible();
  await expect(page.getByRole('group', { name: id.language_label })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: id.welcome_pillars_heading })).toBeVisible();
  await expect(page.getByRole('list').getByRole('listitem')).toHaveText(
    content.pillars.map((p) => p.name.id + p.summary.id),
  );
  // Playwright's switch does not make Chromium render <noscript>, so its paragraphs are read.
  await expect(page.locator('noscript > p')).toHaveText([id.noscript, en.noscript]);
  await context.close();
});

test('the app taking over the static welcome moves nothing on the page', async ({ page }) => {
  // The WebAssembly waits until the static welcome has been measured.
  let release!: () => void;
  const measured = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await measured;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  const before = await heading.boundingBox();
  expect(await page.evaluate(() => document.documentElement.dataset.smReady)).toBeUndefined();
  release();
  await waitForApp(page);
  const after = await heading.boundingBox();
  expect(before).not.toBeNull();
  expect(after).toEqual(before);
});

test.describe('when the WebAssembly cannot load', () => {
  test.use({ pageErrorsExpected: true });

  test('a friendly message replaces the blank page', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(id.app_failed);
  await expect(alert).toContainText(en.app_failed);
  await expect(page.getByRole('heading', { level: 1, name: id.welcome_title })).toBeVisible();
});
});
