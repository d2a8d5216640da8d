// What first visits download, counted from the requests the browser actually makes (for
// scripts/bytes.mjs): dist/ is served by scripts/static-server.mjs, which names every file it
// sends, and Chromium goes where a new visitor goes, tapping each control as soon as it shows.
//   - The owner's critical path, in each language: every file sent from opening the app until
//     the first question is on screen (start, then the first product type).
//   - The same, embedded: embed.js on the host page, then embed.html in its frame.
//   - The owner's offline copy: every file the service worker keeps once it has installed,
//     and the worker itself.
//   - The mentor's first visit: every file sent until the mentor's first screen is shown.
// Background downloads begin a moment after those screens (src/page.rs, BACKGROUND_AFTER), so
// they are not counted; they would be, if they began sooner.
import { launchChromium, phonePage, serveDist, toFirstQuestion } from './browser.mjs';

/** The files sent since `from` in `sent`, as paths under dist/ (a folder is its index.html). */
function filesSince(sent, from) {
  return [...new Set(sent.slice(from).map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1)))];
}

/** Opens `path` as a new visitor and goes to the first question in `lang`. Returns the files
 *  sent until it showed, and the page (to look at what the worker kept afterwards). */
async function toFirstQuestionCounted(browser, server, path, lang) {
  const page = await phonePage(browser);
  const from = server.sent.length;
  await toFirstQuestion(page, server.origin + path, lang);
  // A phone's browser fetches the manifest for the offer to install; headless Chromium does not.
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.href);
  const files = filesSince(server.sent, from);
  if (manifest) files.push(new URL(manifest).pathname.slice(1));
  return { files: [...new Set(files)], page };
}

/** The files the service worker of `page` keeps, once it has installed, and the worker. */
async function offlineCopy(page) {
  const urls = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const kept = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
    }
    return kept;
  });
  return [...new Set(['sw.js', ...urls.map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1))])];
}

/** Every visit, each with the files it downloaded (paths under dist/). */
export async function measureVisits() {
  const server = await serveDist({ log: true });
  const browser = await launchChromium();
  try {
    // One visit at a time, each closed once counted, so no visit's background downloads are
    // counted for the next.
    const indonesian = await toFirstQuestionCounted(browser, server, '/', 'id');
    const kept = await offlineCopy(indonesian.page);
    await indonesian.page.context().close();
    const english = await toFirstQuestionCounted(browser, server, '/?lang=en', 'en');
    await english.page.context().close();
    const embedded = await toFirstQuestionCounted(browser, server, '/embed.html', 'id');
    await embedded.page.context().close();
    const mentor = await (await browser.newContext()).newPage();
    const from = server.sent.length;
    await mentor.goto(`${server.origin}/mentor/`);
    await mentor.waitForFunction(() => document.documentElement.dataset.smReady === 'true');
    return [
      { visit: 'the owner, to the first question', key: 'critical_path_brotli_bytes', files: indonesian.files },
      { visit: 'the owner in English, to the first question', key: 'critical_path_brotli_bytes', files: english.files },
      { visit: 'embedded, to the first question', key: 'critical_path_brotli_bytes', files: ['embed.js', ...embedded.files] },
      { visit: "the owner's offline copy", key: 'offline_copy_brotli_bytes', files: kept },
      { visit: "the mentor's first screen", key: 'mentor_first_visit_brotli_bytes', files: filesSince(server.sent, from) },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
