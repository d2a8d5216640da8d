// The app inside a host site, as the department embeds it: the example host page
// (examples/embed) on one origin frames the app, served with its strict Content-Security-Policy,
// from another. The frame's height follows the content, the result reaches the host as a DOM
// event, only the host may talk to the app, and a bad accent colour is refused.
import { type Frame, type Page } from '@playwright/test';
import { content, expect, expectAccessible, hostOrigin, locales, test, thirdOrigin } from './fixtures/app';
import { golden } from './fixtures/golden';
import { Journey, parseSpec } from './fixtures/journey';

test.use({ otherOrigins: [hostOrigin, thirdOrigin] });

const [batikMaker] = golden;

/** Opens the host page and waits for the app to start inside its frame. */
async function openHost(page: Page) {
  await page.goto(`${hostOrigin}/`);
  const iframe = page.locator('[data-siap-mendunia] iframe');
  const app = iframe.contentFrame();
  await expect(app.locator('html[data-sm-ready="true"]')).toBeAttached();
  return { iframe, app, appFrame: (await iframe.elementHandle())!.contentFrame() as Promise<Frame> };
}

/** The frame is as tall as the app's content: nothing hidden behind an inner scrollbar, and no
 *  empty space under it. */
async function expectFrameFitsContent(page: Page) {
  const iframe = page.locator('[data-siap-mendunia] iframe');
  const html = iframe.contentFrame().locator('html');
  await expect
    .poll(async () => {
      const frameHeight = await iframe.evaluate((frame) => frame.getBoundingClientRect().height);
      const [contentHeight, scrollHeight] = await html.evaluate((root) => [root.getBoundingClientRect().height, root.scrollHeight]);
      return Math.max(Math.abs(frameHeight - contentHeight), scrollHeight - frameHeight);
    })
    .toBeLessThanOrEqual(1);
}

test('the host page shows the app, and the frame follows its content on every screen', async ({ page }) => {
  const { app } = await openHost(page);
  const t = locales.id;
  await expect(app.getByRole('heading', { level: 1, name: t.welcome_title })).toBeVisible();
  await expectFrameFitsContent(page);
  await expectAccessible(page);

  await app.getByRole('link', { name: t.start_button }).click();
  await expectFrameFitsContent(page);
  const journey = new Journey(app, 'id');
  await journey.chooseProductType('food');
  for (let asked = 0; asked < 4; asked++) {
    const question = await journey.currentQuestion();
    await expectFrameFitsContent(page);
    await app.getByText(t.hint_toggle).click();
    await expect(app.getByText(question.hint.id)).toBeVisible();
    await expectFrameFitsContent(page);
    await journey.answer(question, question.answers[0].points);
    await journey.next();
    await expect(app.getByRole('heading', { level: 1 })).not.toHaveText(question.text.id);
  }
  await expectAccessible(page);
  await app.getByRole('button', { name: 'English' }).click();
  await expectFrameFitsContent(page);
});

test('the host hears the result with the model’s level and scores, and never the answers', async ({ page }) => {
  const { app } = await openHost(page);
  const heard = page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const check = document.querySelector('[data-siap-mendunia]')!;
        check.addEventListener('siap-mendunia:result', (event) => resolve((event as CustomEvent).detail), { once: true });
      }),
  );
  await app.getByRole('link', { name: locales.id.start_button }).click();
  const journey = new Journey(app, 'id');
  await journey.chooseProductType(batikMaker.product_type);
  await journey.answerAll(parseSpec(batikMaker.answers));

  const level = (content.levels as { id: string; name: { id: string } }[]).find((l) => l.id === batikMaker.level)!;
  expect(await heard).toEqual({
    level: level.id,
    levelName: level.name.id,
    score: batikMaker.overall,
    capped: batikMaker.capped,
    pillars: Object.fromEntries(content.pillars.map((pillar, i) => [pillar.id, batikMaker.pillars[i]])),
  });
  // The example host page thanks the owner with what it heard.
  await expect(page.getByRole('status')).toContainText(level.name.id);
  expect(await page.context().cookies(), 'cookies set by the app or its host page').toEqual([]);
  await expectFrameFitsContent(page);
  await expectAccessible(page);
});

test('the host can switch the language; a message from any other origin is ignored', async ({ page }) => {
  const { app, appFrame } = await openHost(page);
  const frame = await appFrame;
  await frame.evaluate(() => {
    (window as unknown as { heard: number }).heard = 0;
    addEventListener('message', () => (window as unknown as { heard: number }).heard++);
  });

  // A page of a third origin in the same tab asks the app to switch to English.
  const thirdLoaded = page.waitForEvent('framenavigated', (f) => f.url().startsWith(thirdOrigin));
  await page.evaluate((origin) => {
    const other = document.createElement('iframe');
    other.src = `${origin}/host.css`;
    other.title = 'another site';
    document.body.append(other);
  }, thirdOrigin);
  const third = await thirdLoaded;
  await third.waitForLoadState();
  await third.evaluate(() => {
    window.parent.frames[0].postMessage({ source: 'siap-mendunia', type: 'set-language', lang: 'en' }, '*');
  });
  // The app heard it (its bridge listens before this counter) and did nothing.
  await expect.poll(() => frame.evaluate(() => (window as unknown as { heard: number }).heard)).toBe(1);
  await expect(app.locator('html')).toHaveAttribute('lang', 'id');
  await expect(app.getByRole('heading', { level: 1, name: locales.id.welcome_title })).toBeVisible();

  // The host's own language buttons (data-lang on the placeholder) do switch it.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: locales.en.welcome_title })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
});

test('the host’s accent colour is used when it can carry white text, and refused with a warning otherwise', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const brand = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sm-color-brand').trim());
  // A plain <iframe src=".../embed.html?accent=…"> gets the same checks as embed.js.
  await page.goto('/embed.html');
  const standard = await brand();

  for (const bad of ['red', '#12345', 'url(x)', '#ffeb3b']) {
    // The colour is checked before the app starts (static/embed-frame.js, a deferred script).
    await page.goto(`/embed.html?accent=${encodeURIComponent(bad)}`, { waitUntil: 'domcontentloaded' });
    expect(await brand()).toBe(standard);
    expect(warnings.some((w) => w.includes(`accent "${bad}"`)), `a warning about ${bad}`).toBe(true);
  }

  await page.goto(`/embed.html?accent=${encodeURIComponent('#7a1f5c')}`);
  expect(await brand()).toBe('#7a1f5c');
  await expect(page.getByRole('link', { name: locales.id.start_button })).toHaveCSS('background-color', 'rgb(122, 31, 92)');
  await expectAccessible(page);
});
