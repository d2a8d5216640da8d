// Lighthouse figures for the release build in dist/ (run `scripts/perf`, which builds it first):
// served as a host would serve it (brotli, the headers of hosting/headers.txt), measured in
// Debian's Chromium with Lighthouse's mobile emulation and simulated throttling, on three
// screens: the welcome (a first visit: empty storage, no service worker), a question and the
// result (a returning owner: answers saved, the service worker installed). Each screen is
// measured SM_PERF_RUNS times (5 by default) and the median run is reported, as Lighthouse
// advises. Lighthouse picks that run by its paint and interactive times, not by its blocking
// time, which varies most: the blocking time reported is the median of every run's. Prints one
// table, writes the figures to perf/figures.json (with every run's blocking time), and exits
// non-zero when a score is far below its target (the targets are in the table; scores vary, so
// this is not a test).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.SM_PERF_PORT ?? 8095);
const debugPort = port + 1;
const runs = Number(process.env.SM_PERF_RUNS ?? 5);
const origin = `http://127.0.0.1:${port}`;
const chromiumFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];
// Targets from the issue; a run exits non-zero below the "far below" line.
const targets = { performance: [98, 90], accessibility: [100, 95], 'best-practices': [100, 95], seo: [90, 85] };

const server = spawn('node', [join(root, 'scripts/static-server.mjs'), '--dir', join(root, 'dist'), '--port', String(port),
  '--headers-file', join(root, 'hosting/headers.txt')], { stdio: 'ignore' });
const profile = mkdtempSync(join(tmpdir(), 'siap-mendunia-perf-'));
let context;
try {
  await waitFor(origin);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
    args: [...chromiumFlags, `--remote-debugging-port=${debugPort}`],
    viewport: { width: 360, height: 740 },
  });
  const page = context.pages()[0] ?? (await context.newPage());

  const figures = [];
  figures.push(await measure('welcome', `${origin}/`, false));
  // A returning owner: halfway through, then finished.
  const { question, partial, complete } = await answerInTheApp(page);
  await setSaved(page, partial);
  figures.push(await measure('question', `${origin}/${question}`, true));
  await setSaved(page, complete);
  figures.push(await measure('result', `${origin}/#/hasil`, true));

  printTable(figures);
  mkdirSync(join(root, 'perf'), { recursive: true });
  writeFileSync(join(root, 'perf/figures.json'), JSON.stringify({ measured: new Date().toISOString(), targets, figures }, null, 2) + '\n');
  console.log('\nwritten to perf/figures.json');
  const far = figures.flatMap((f) =>
    Object.entries(targets).filter(([category, [, floor]]) => f.scores[category] < floor).map(([category]) => `${f.screen} ${category} ${f.scores[category]}`));
  if (far.length) {
    console.error(`far below target: ${far.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await context?.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}

async function waitFor(url) {
  for (let tries = 0; tries < 50; tries++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} does not answer`);
}

/** Answers the check with the first answer everywhere; returns a question's fragment and the
 *  saved answers halfway and at the end. */
async function answerInTheApp(page) {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.smReady === 'true');
  await page.locator('.sm-welcome__start').click();
  let question;
  let partial;
  for (let step = 0; !page.url().endsWith('#/hasil'); step++) {
    if (step > 40) throw new Error('the check did not finish');
    if (step === 5) [question, partial] = [new URL(page.url()).hash, await saved(page)];
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await page.locator('input[type=radio]').first().check();
    await page.locator('button[type=submit]').click();
    await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before || location.hash === '#/hasil', heading);
  }
  return { question, partial, complete: await saved(page) };
}

function saved(page) {
  return page.evaluate(() => localStorage.getItem('siap-mendunia.v1.current'));
}

async function setSaved(page, code) {
  await page.goto(`${origin}/#/privasi`);
  await page.evaluate((value) => localStorage.setItem('siap-mendunia.v1.current', value), code);
}

/** The median of `runs` Lighthouse runs (mobile emulation, simulated throttling: its defaults). */
async function measure(screen, url, returning) {
  const lhrs = [];
  for (let run = 0; run < runs; run++) {
    const { lhr } = await lighthouse(url, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
      disableStorageReset: returning,
    });
    lhrs.push(lhr);
  }
  const lhr = computeMedianRun(lhrs);
  const audit = (id) => lhr.audits[id].numericValue;
  const tbtOfEveryRun = lhrs.map((each) => Math.round(each.audits['total-blocking-time'].numericValue));
  return {
    screen,
    url,
    visit: returning ? 'returning' : 'first',
    runs,
    tbt_ms_of_every_run: tbtOfEveryRun,
    scores: Object.fromEntries(Object.keys(targets).map((category) => [category, Math.round(lhr.categories[category].score * 100)])),
    fcp_ms: Math.round(audit('first-contentful-paint')),
    lcp_ms: Math.round(audit('largest-contentful-paint')),
    tbt_ms: median(tbtOfEveryRun),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    transfer_bytes: audit('total-byte-weight'),
  };
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

function printTable(figures) {
  const rows = [
    ['screen', ...figures.map((f) => `${f.screen} (${f.visit})`), 'target'],
    ...Object.entries(targets).map(([category, [target]]) => [category, ...figures.map((f) => String(f.scores[category])), `≥ ${target}`]),
    ['FCP', ...figures.map((f) => `${(f.fcp_ms / 1000).toFixed(2)} s`), ''],
    ['LCP', ...figures.map((f) => `${(f.lcp_ms / 1000).toFixed(2)} s`), '≤ 1.2 s'],
    ['TBT (median)', ...figures.map((f) => `${f.tbt_ms} ms`), '≈ 0'],
    ['TBT, every run', ...figures.map((f) => f.tbt_ms_of_every_run.join(' / ')), ''],
    ['CLS', ...figures.map((f) => String(f.cls)), '0'],
    ['transfer', ...figures.map((f) => `${(f.transfer_bytes / 1000).toFixed(1)} KB`), ''],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, i) => '-'.repeat(w + 1) + (i ? ':' : '-')).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}
