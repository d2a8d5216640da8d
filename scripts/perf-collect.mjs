// How long a mentor waits, and whether the page keeps answering, when a workshop takes a lot at
// once (run `scripts/perf-collect`, which builds the release and the inputs first): a megabyte
// of forwarded WhatsApp messages pasted, a megabyte-long word of `r=` markers pasted, and the
// app's own CSV export of 100,000 participants imported, each into a new workshop, in Debian's
// Chromium on the release build in dist/ (or SM_PERF_DIST) served as a host would serve it.
// For each: the time from the click (or the file chosen) to the complete report, and the
// longest task the page ran from then until it settled (PerformanceObserver 'longtask'), the
// median of SM_PERF_RUNS runs (3 by default). Inputs come from `examples/perf_inputs.rs` in
// the folder given as the first argument. Prints a table, writes perf/collect.json. Timings
// vary with the machine: compare runs taken side by side.
//   node scripts/perf-collect.mjs INPUTS
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const inputs = process.argv[2];
if (!inputs) throw new Error('usage: node scripts/perf-collect.mjs INPUTS');
const dist = process.env.SM_PERF_DIST ?? join(root, 'dist');
const port = Number(process.env.SM_PERF_PORT ?? 8095) + 2;
const runs = Number(process.env.SM_PERF_RUNS ?? 3);
/** How long one case may take before it counts as never finishing. */
const limitMs = Number(process.env.SM_PERF_LIMIT_MS ?? 180_000);
/** How long the page must run no long task to count as settled after the report. */
const quietMs = 1_000;
const origin = `http://127.0.0.1:${port}`;
const m = JSON.parse(readFileSync(join(root, 'locales/id/mentor.json'), 'utf8'));
const cases = [
  { name: '1 MB of forwarded messages', file: 'forwarded.txt', how: 'paste' },
  { name: '1 MB word of r= markers', file: 'long-word.txt', how: 'paste' },
  { name: 'CSV of 100,000 participants', file: 'export.csv', how: 'import' },
];

const server = spawn('node', [join(root, 'scripts/static-server.mjs'), '--dir', dist, '--port', String(port),
  '--headers-file', join(root, 'hosting/headers.txt')], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  await waitFor(origin);
  const figures = [];
  for (const each of cases) {
    const measured = [];
    for (let run = 0; run < runs; run++) measured.push(await measure(each));
    const finished = measured.filter((r) => r.report_ms !== null);
    figures.push({
      case: each.name,
      file: each.file,
      runs: measured,
      report_ms: finished.length === runs ? median(finished.map((r) => r.report_ms)) : null,
      longest_task_ms: finished.length === runs ? median(finished.map((r) => r.longest_task_ms)) : null,
      outcome: measured.map((r) => r.outcome).join(', '),
    });
    console.error(`${each.name}: ${measured.map((r) => `${r.outcome} ${r.report_ms} ms, longest task ${r.longest_task_ms} ms`).join('; ')}`);
  }
  printTable(figures);
  mkdirSync(join(root, 'perf'), { recursive: true });
  writeFileSync(join(root, 'perf/collect.json'), JSON.stringify({ measured: new Date().toISOString(), dist: relative(root, dist), figures }, null, 2) + '\n');
  console.log('\nwritten to perf/collect.json');
} finally {
  await browser.close();
  server.kill();
}

async function waitFor(url) {
  for (let tries = 0; tries < 50; tries++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} does not answer`);
}

/** One run of one case in a fresh browser context: a new workshop, then the paste or import. */
async function measure({ file, how }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const crashed = new Promise((resolve) => page.on('crash', () => resolve('crashed')));
  try {
    await page.goto(`${origin}/mentor/`);
    await page.waitForFunction(() => document.documentElement.dataset.smReady === 'true');
    const form = page.getByRole('region', { name: m.new_workshop_heading });
    await form.getByLabel(m.workshop_name, { exact: true }).fill('Kelas Besar');
    await form.getByRole('button', { name: m.create_workshop }).click();
    await page.getByRole('heading', { level: 1, name: 'Kelas Besar' }).waitFor();
    const path = join(inputs, file);
    // Put in the box as a paste puts it, at once (typing a megabyte would take minutes).
    if (how === 'paste') await page.getByLabel(m.collect_paste_label, { exact: true }).evaluate((box, text) => (box.value = text), readFileSync(path, 'utf8'));
    // Long tasks from here on, and the moment the report is complete: a report paragraph and no
    // progress bar left.
    await page.evaluate(() => {
      window.smLongTasks = [];
      new PerformanceObserver((list) => window.smLongTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))))
        .observe({ type: 'longtask' });
      const report = document.querySelector('.sm-collect__report');
      window.smReported = new Promise((resolve) => {
        new MutationObserver(() => {
          if (report.querySelector('p') && !report.querySelector('progress')) resolve(performance.now());
        }).observe(report, { childList: true, subtree: true, characterData: true });
      });
    });
    const start = await page.evaluate(() => performance.now());
    if (how === 'paste') await page.getByRole('button', { name: m.collect_add }).click({ noWaitAfter: true });
    else await page.getByLabel(m.collect_csv_label, { exact: true }).setInputFiles(path);
    const reported = page.evaluate(() => window.smReported).catch(() => 'crashed');
    const limit = new Promise((resolve) => setTimeout(() => resolve('did not finish'), limitMs));
    const end = await Promise.race([reported, crashed, limit]);
    if (typeof end !== 'number') return { outcome: end, report_ms: null, longest_task_ms: null };
    // A large group is summarised in tasks after the report: until it is drawn, the page says so.
    await page.waitForFunction((summarizing) => !document.body.innerText.includes(summarizing), m.group_summarizing, {
      polling: 200,
      timeout: limitMs,
    });
    await settle(page);
    const tasks = await page.evaluate(() => window.smLongTasks);
    const durations = tasks.filter((t) => t.start + t.duration >= start).map((t) => t.duration);
    const outcome = await page.locator('.sm-collect__report').innerText();
    return {
      outcome: outcome.split('\n')[0],
      report_ms: Math.round(end - start),
      longest_task_ms: Math.round(Math.max(0, ...durations)),
      long_tasks: durations.length,
    };
  } finally {
    await context.close();
  }
}

/** Waits until the page has run no long task for `quietMs`. */
async function settle(page) {
  await page.waitForFunction((quiet) => {
    const last = window.smLongTasks.at(-1);
    return !last || performance.now() - (last.start + last.duration) > quiet;
  }, quietMs, { polling: 200, timeout: limitMs });
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

function printTable(figures) {
  const seconds = (ms) => (ms === null ? 'did not finish' : `${(ms / 1000).toFixed(2)} s`);
  const rows = [
    ['input', 'time to the report', 'longest task'],
    ...figures.map((f) => [f.case, seconds(f.report_ms), f.longest_task_ms === null ? '' : `${f.longest_task_ms} ms`]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, i) => '-'.repeat(w + 1) + (i ? ':' : '-')).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}
