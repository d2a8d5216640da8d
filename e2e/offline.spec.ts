// Offline and installable: once visited, the app opens, finishes the check and shares the
// result with no connection (the service worker of the release build), and so does the mentor's
// area (/mentor/); it has a valid web app manifest; and a new deploy is offered as "reload"
// without losing the owner's answers or mixing in files of the old version, in every open tab,
// and a framed embed.html never gets the old version's scripts.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { expectResult, golden } from './fixtures/golden';
import { Journey, parseSpec } from './fixtures/journey';

const id = locales.id;
const [batikMaker] = golden;

/** Waits until the service worker has cached the app and controls the page. */
async function waitForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Answers the first `count` questions as the batik maker, from the welcome screen. */
async function answerSome(page: Page, count: number) {
  const journey = new Journey(page, 'id');
  const spec = parseSpec(batikMaker.answers);
  await page.getByRole('link', { name: id.start_button }).click();
  await journey.chooseProductType(batikMaker.product_type);
  await journey.answerAll(spec, count);
  return { journey, spec };
}

test('once visited, the app opens, finishes the check and shares the result with no connection', async ({ page, context }) => {
  await page.goto('/');
  await waitForApp(page);
  await waitForOffline(page);
  const { journey, spec } = await answerSome(page, 3);
  const question = await journey.currentQuestion();

  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  expect((await journey.currentQuestion()).id).toBe(question.id);
  await journey.answerAll(spec);
  await expectResult(page, batikMaker, 'id');
  await expectAccessible(page);

  const link = await page.getByRole('textbox', { name: id.share_link_label }).inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await waitForApp(other);
  await expectResult(other, batikMaker, 'id');
  await expect(other.getByText(id.shared_intro)).toBeVisible();
  await context.setOffline(false);
});

test("the mentor's area: its own page at /mentor/, which works offline after a visit", async ({ page, context }) => {
  const opened = async () => {
    await expect(page).toHaveTitle('Siap Mendunia — Mode mentor pelatihan');
    // The mentor's WebAssembly started: it replaced the static shell, and nothing failed.
    await expect(page.getByText('Memuat mode mentor…')).toBeHidden();
    await expect(page.locator('#sm-fatal')).toBeHidden();
  };
  await page.goto('/mentor/');
  await opened();
  await waitForOffline(page);

  await context.setOffline(true);
  await page.reload();
  await opened();
  await page.goto('/mentor/?lang=en');
  await opened();
  await context.setOffline(false);
});

test('the app can be installed: a linked, valid manifest with the icons Android asks for', async ({ page }) => {
  await page.goto('/');
  const href = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
  const url = new URL(href, page.url());
  const response = await page.request.get(url.href);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest.short_name).toBe(id.app_name);
  expect(manifest.name).toContain(id.app_name);
  expect(manifest.lang).toBe('id');
  expect(manifest.description).toMatch(/\bAnda\b/);
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url, url).href).toBe(new URL('/', page.url()).href);
  expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute('content'));

  const pngs: { src: string; sizes: string; purpose: string }[] = manifest.icons.filter(
    (icon: { type: string }) => icon.type === 'image/png',
  );
  for (const [sizes, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']]) {
    expect(pngs.some((icon) => icon.sizes === sizes && icon.purpose === purpose), `${purpose} ${sizes}`).toBe(true);
  }
  for (const icon of pngs) {
    const image = await page.request.get(new URL(icon.src, url).href);
    expect(image.ok(), icon.src).toBe(true);
    const png = PNG.sync.read(await image.body());
    expect(`${png.width}x${png.height}`).toBe(icon.sizes);
  }
});

test('each page’s stylesheet, script and WebAssembly are named by their content, so no browser keeps an old one under its name', async ({ page }) => {
  for (const path of ['/', '/mentor/']) {
    await page.goto(path);
    const loader = page.locator('script[data-wasm]');
    const files = [
      await page.locator('link[rel="stylesheet"]').getAttribute('href'),
      await loader.getAttribute('data-js'),
      await loader.getAttribute('data-wasm'),
    ];
    for (const file of files) {
      const content = await (await page.request.get(file!)).body();
      expect(file).toContain(createHash('sha256').update(content).digest('hex').slice(0, 16));
    }
  }
});

test.describe('a new deploy', () => {
  // One deploy server per test worker (playwright.config.ts runs two), after the app's and the
  // host page's ports.
  const originFor = (worker: number) => `http://127.0.0.1:${Number(process.env.SM_E2E_PORT ?? 8091) + 2 + worker}`;
  test.use({ otherOrigins: [originFor(0), originFor(1)] });
  let origin: string;
  let site: string;
  let server: ChildProcess;

  test.beforeEach(async () => {
    origin = originFor(test.info().parallelIndex);
    const port = new URL(origin).port;
    site = mkdtempSync(join(tmpdir(), 'siap-mendunia-deploy-'));
    cpSync('dist', site, { recursive: true });
    // A host that lets browsers keep every file for an hour: the new version must still arrive
    // whole, not partly from what the browser kept of the old one.
    server = spawn('node', ['scripts/static-server.mjs', '--dir', site, '--port', port, '--cache-control', 'max-age=3600']);
    // Listening, or failed (say, the port is taken): never a test against another server.
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on('data', (text) => String(text).includes(site) && resolve());
      server.on('exit', (code) => reject(new Error(`the deploy's server on port ${port} exited (${code})`)));
    });
  });
  test.afterEach(() => {
    server.kill();
    rmSync(site, { recursive: true, force: true });
  });

  /** Deploys the next version: its pages (the app's, the embedding's and the mentor's) carry
   *  data-next-page, and its static/boot.js (both copies) sets data-next-script on the page it
   *  runs in, so a page and its script each tell their version; sw.js gets a new version, as
   *  scripts/service-worker.mjs would give it. */
  function deployNext() {
    const edit = (file: string, change: (text: string) => string) => {
      const text = readFileSync(join(site, file), 'utf8');
      expect(change(text), `the next version of ${file}`).not.toBe(text);
      writeFileSync(join(site, file), change(text));
    };
    for (const page of ['index.html', 'embed.html', 'mentor/index.html']) {
      edit(page, (html) => html.replace('<html lang="id"', '$& data-next-page'));
    }
    for (const script of ['static/boot.js', 'mentor/static/boot.js']) {
      edit(script, (js) => `${js};document.documentElement.dataset.nextScript='';`);
    }
    edit('sw.js', (js) => js.replace(/"[0-9a-f]{16}"/, '"0000000000000002"'));
  }

  /** The page whose root is `html` and the boot.js it ran are both of the next version. */
  async function expectNextVersion(html: Locator) {
    await expect(html).toHaveAttribute('data-sm-ready', 'true');
    await expect(html, 'the page').toHaveAttribute('data-next-page');
    await expect(html, 'its static/boot.js').toHaveAttribute('data-next-script');
  }

  /** The offer to reload, in `page`. */
  const offerIn = (page: Page) => page.getByRole('status').filter({ hasText: id.update_available });

  test('is offered as “reload”, and reloading uses it and keeps the answers', async ({ page }) => {
    // Its own server compresses every file afresh, and the app is downloaded three times (the
    // visit, the service worker, the new version's worker): allow for a slow machine.
    test.slow();
    await page.goto(`${origin}/`);
    await waitForApp(page);
    await waitForOffline(page);
    const { journey } = await answerSome(page, 2);
    const question = await journey.currentQuestion();
    const saved = () => page.evaluate(() => localStorage.getItem('siap-mendunia.v1.current'));
    const answers = await saved();

    // The next version: a changed stylesheet, so a new service worker with a new version.
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const stylesheet = join(site, html.match(/href="\/([^"]+\.css)"/)![1]);
    writeFileSync(stylesheet, readFileSync(stylesheet, 'utf8') + '.sm-next-version{}');
    const worker = join(site, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/"[0-9a-f]{16}"/, '"0000000000000002"'));

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const offer = page.getByRole('status').filter({ hasText: id.update_available });
    await expect(offer).toBeVisible();
    await expectAccessible(page);
    const reloaded = page.waitForEvent('load');
    await offer.getByRole('button', { name: id.update_reload }).click();
    await reloaded;
    await waitForApp(page);

    const css = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
      return (await fetch(link.href)).text();
    });
    expect(css).toContain('.sm-next-version');
    expect((await journey.currentQuestion()).id).toBe(question.id);
    expect(await saved()).toBe(answers);
  });

  test('with several tabs open, a tap in one hands them all over, and each then reloads into it on a tap', async ({ page, context }) => {
    // Three tabs (one of them the mentor's), two versions: allow for a slow machine.
    test.slow();
    await page.goto(`${origin}/`);
    await waitForApp(page);
    await waitForOffline(page);
    const other = await context.newPage();
    await other.goto(`${origin}/`);
    await waitForApp(other);
    // The mentor's page runs the same boot.js (its own copy) and may hold a half-typed paste.
    const mentor = await context.newPage();
    await mentor.goto(`${origin}/mentor/`);
    await waitForApp(mentor);

    deployNext();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    for (const tab of [page, other, mentor]) await expect(offerIn(tab)).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await offerIn(page).getByRole('button', { name: id.update_reload }).click();
    await reloaded;
    await expectNextVersion(page.locator('html'));

    // The other tabs, still the old version, now run under the new worker: they keep offering
    // the reload, and do not reload by themselves.
    for (const tab of [other, mentor]) {
      await expect(offerIn(tab)).toBeVisible();
      await expect(tab.locator('html')).not.toHaveAttribute('data-next-page');
      await expectAccessible(tab);
      await offerIn(tab).getByRole('button', { name: id.update_reload }).click();
      await expectNextVersion(tab.locator('html'));
      await expect(offerIn(tab)).toBeHidden();
    }
  });

  test('a page the worker does not keep (embed.html, framed by a page of the site) runs the scripts of its own version', async ({ page, context }) => {
    // The app is downloaded by the visit, the worker and the frame: allow for a slow machine.
    test.slow();
    // A page of the same site frames the check. It is opened before the service worker exists,
    // since the worker answers every other page of the site with the app's.
    writeFileSync(
      join(site, 'host.html'),
      '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Dinas Koperasi dan UMKM</title></head>' +
        '<body><main><h1>Cek kesiapan ekspor</h1></main></body></html>',
    );
    await page.goto(`${origin}/host.html`);
    const app = await context.newPage();
    await app.goto(`${origin}/`);
    await waitForApp(app);
    await waitForOffline(app);
    await app.close();

    deployNext();
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/embed.html';
      frame.title = 'Siap Mendunia';
      document.querySelector('main')!.append(frame);
    });
    await expectNextVersion(page.frameLocator('iframe').locator('html'));
    const frame = page.frame({ url: /\/embed\.html$/ })!;
    expect(await frame.evaluate(() => navigator.serviceWorker.controller !== null), 'the frame is under the worker').toBe(true);
  });
});
