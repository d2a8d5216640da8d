// The app in parts: the start (welcome, product type, questions) and the language shown come
// first, and the later part (result, shared result, privacy, the questions' hints) follows in
// the background (src/parts.rs, src/locale.rs). A tap never goes nowhere while the WebAssembly
// is on its way; a part that cannot be fetched says so and can be tried again; and after one
// visit, every part opens with no connection.
import { type Page } from '@playwright/test';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { questions } from './fixtures/journey';

const id = locales.id;
const en = locales.en;
const firstQuestion = questions.find((question) => question.id === 'P1')!;

/** Holds back every request for the app's start module until the returned function is called. */
async function holdStartModule(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/siap-mendunia-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the start button of the static welcome works before the WebAssembly arrives', async ({ page }) => {
  const release = await holdStartModule(page);
  await page.goto('/');
  await page.getByRole('link', { name: id.start_button }).click();
  // Still the static page: the app has not started.
  await expect(page).toHaveURL(/#\/jenis$/);
  expect(await page.evaluate(() => document.documentElement.dataset.smReady)).toBeUndefined();

  release();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: id.product_type_title })).toBeVisible();
  await expectAccessible(page);
});

/** The language parts `page` downloads while it opens `url`, as the codes of their languages. */
async function languagesFetched(page: Page, url: string) {
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const part = request.url().match(/split_lang_(\w+)-[0-9a-f]+\.wasm$/);
    if (part) fetched.add(part[1]);
  });
  await page.goto(url);
  await waitForApp(page);
  return [...fetched];
}

test('a visit downloads the words of the language it shows, and only those', async ({ page }) => {
  expect(await languagesFetched(page, '/?lang=en-GB')).toEqual(['en']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.welcome_title);
});

test('the language saved on the phone is the one downloaded, unless the link names another', async ({ browser }) => {
  for (const [url, expected] of [['/', 'en'], ['/?lang=fr', 'en'], ['/?lang=id', 'id']] as const) {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('siap-mendunia.v1.lang', 'en'));
    const page = await context.newPage();
    expect(await languagesFetched(page, url), url).toEqual([expected]);
    await context.close();
  }
});

test('a later part that cannot be fetched says so, and trying again works once online', async ({ page, context }) => {
  await page.goto('/');
  await waitForApp(page);
  // Offline on a first visit, before the later part was fetched in the background.
  await context.setOffline(true);
  await page.getByRole('link', { name: id.privacy_link }).click();
  const failed = page.getByRole('alert').filter({ hasText: id.part_failed_title });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText(id.part_failed_body);
  await expectAccessible(page);

  await context.setOffline(false);
  await page.getByRole('button', { name: id.part_retry }).click();
  await expect(page.getByRole('heading', { level: 1, name: id.privacy_title })).toBeVisible();
  await expect(failed).toBeHidden();
});

test('a language that cannot be fetched says so, the words stay, and it opens once online', async ({ page, context }) => {
  await page.goto('/');
  await waitForApp(page);
  // Offline on a first visit, before the app was kept for offline use.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toHaveText(id.language_failed);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.welcome_title);
  await expectAccessible(page);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.welcome_title);
  await expect(page.getByRole('alert')).toBeHidden();
});

test('a hint opened before the later part arrives shows once it does', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/split_later-[0-9a-f]+\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/#/q/P1');
  await waitForApp(page);
  await page.getByText(id.hint_toggle).click();
  await expect(page.getByRole('status').filter({ hasText: id.part_loading })).toBeAttached();
  release();
  await expect(page.getByText(firstQuestion.hint.id)).toBeVisible();
});

test('after one visit to the first question, every part opens with no connection', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('link', { name: id.start_button }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: id.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(id.product_type_title);
  // The service worker starts keeping the app a moment after the first question shows.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  // A page of its own, which has fetched nothing yet: every part comes from the phone.
  const other = await context.newPage();
  await other.goto('/#/privasi');
  await waitForApp(other);
  await expect(other.getByRole('heading', { level: 1, name: id.privacy_title })).toBeVisible();
  await other.goto('/#/hasil');
  await expect(other.getByRole('heading', { name: id.history_title })).toBeVisible();
  await other.goto('/#/q/P1');
  await other.getByText(id.hint_toggle).click();
  await expect(other.getByText(firstQuestion.hint.id)).toBeVisible();
  await other.getByRole('button', { name: 'English' }).click();
  await expect(other.getByText(firstQuestion.hint.en)).toBeVisible();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(firstQuestion.text.en);
  await context.setOffline(false);
});
