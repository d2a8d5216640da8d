// What scripts/visits.mjs and scripts/perf-timing.mjs share: dist/ served as a host would serve
// it, Chromium with the flags this machine needs, and a new visitor's way to the first question.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const json = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
/** The questionnaire, as the app compiles it in. */
export const content = json('content/questionnaire.json');
/** The interface strings of the first screens in `lang`, as the app compiles them in. */
export const locale = (lang) =>
  Object.assign({}, ...['app', 'journey'].map((file) => json(`locales/${lang}/${file}.json`)));

/** Serves dist/ with the headers of hosting/headers.txt on a free port; resolves with its
 *  address, the paths it has sent so far (with `log`), and a way to stop it. */
export async function serveDist({ log = false } = {}) {
  const server = spawn('node', [`${root}scripts/static-server.mjs`, '--dir', `${root}dist`, '--port', '0',
    '--headers-file', `${root}hosting/headers.txt`, ...(log ? ['--log'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const sent = [];
  const lines = createInterface({ input: server.stdout });
  const origin = await new Promise((resolve, reject) => {
    server.on('exit', () => reject(new Error('the static server stopped')));
    lines.on('line', (line) => {
      const served = line.match(/^served (.+)$/);
      if (served) sent.push(served[1]);
      const listening = line.match(/ at (http:\/\/\S+)\/$/);
      if (listening) resolve(listening[1]);
    });
  });
  return { origin, sent, stop: () => server.kill() };
}

/** Debian's Chromium, headless, without the background traffic it would send a closed network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A new phone-sized page of `browser` (touch, 360×740). */
export async function phonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** Whether `page` shows a question of the questionnaire in `lang`. */
export function onQuestion(page, lang) {
  return page.evaluate(isQuestion, questionTexts(lang));
}

/** Opens `url` in `page` and, as a visitor who taps each control as soon as it shows, starts the
 *  check, chooses the first product type and goes on, until the first question is on screen. */
export async function toFirstQuestion(page, url, lang) {
  const t = locale(lang);
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByRole('link', { name: t.start_button }).tap();
  await page.getByRole('radio', { name: content.product_types[0].name[lang] }).check();
  await page.getByRole('button', { name: t.next, exact: true }).tap();
  await page.waitForFunction(isQuestion, questionTexts(lang));
}

const questionTexts = (lang) => content.questions.map((question) => question.text[lang]);
/** In the page: whether its heading is one of `texts`. */
const isQuestion = (texts) => texts.includes(document.querySelector('h1')?.textContent.trim());
