// How soon an owner can use the app, on an emulated phone (slow 4G: 150 ms round trip,
// 1.6 Mbps down, 750 kbps up; the processor 4× slower), for the release build in dist/:
//   - first question: from navigation until the first question is on screen, for a new visitor
//     who taps "start" and the first product type as soon as each shows (median of the runs);
//   - next question: from a tap on "Lanjut" until the frame showing the next question has been
//     painted, over 30 answers.
// Benchmarks, not tests: prints a table against the targets and writes perf/timing.json.
// SM_PERF_RUNS sets the number of first-question runs (7 by default).
//   node scripts/perf-timing.mjs        (scripts/perf runs it after a release build)
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, locale, onQuestion, phonePage, serveDist, toFirstQuestion } from './browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.SM_PERF_RUNS ?? 7);
const answers = 30;
const network = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const server = await serveDist();
const browser = await launchChromium();

/** A new visitor's page on the emulated phone. */
async function throttledPhonePage() {
  const page = await phonePage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Milliseconds from navigation until the first question is on screen. */
async function firstQuestion() {
  const page = await throttledPhonePage();
  const started = Date.now();
  await toFirstQuestion(page, server.origin, 'id');
  const elapsed = Date.now() - started;
  await page.context().close();
  return elapsed;
}

/** Milliseconds from each tap on "Lanjut" until the next question is painted, for `count`
 *  answers (each the first answer offered), over as many new visits as it takes. */
async function nextQuestions(count) {
  const times = [];
  while (times.length < count) {
    const page = await throttledPhonePage();
    await toFirstQuestion(page, server.origin, 'id');
    while (times.length < count && (await onQuestion(page, 'id'))) {
      await page.getByRole('radio').first().check();
      const elapsed = await timeNext(page);
      // The last "Lanjut" leads to the result, which is not a next question.
      if (await onQuestion(page, 'id')) times.push(Math.round(elapsed));
    }
    await page.context().close();
  }
  return times;
}

/** Taps "Lanjut" and measures, in the page, from the tap's event until the frame that shows the
 *  new heading has been painted (the start of the frame after it). */
function timeNext(page) {
  return page.evaluate(
    (next) =>
      new Promise((resolve) => {
        const before = document.querySelector('h1')?.textContent;
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === next);
        let tapped;
        button.addEventListener('click', (event) => (tapped = event.timeStamp), { capture: true, once: true });
        const watch = () => {
          if (document.querySelector('h1')?.textContent === before) return requestAnimationFrame(watch);
          requestAnimationFrame(() => resolve(performance.now() - tapped));
        };
        requestAnimationFrame(watch);
        button.click();
      }),
    locale('id').next,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const first = [];
  for (let run = 0; run < runs; run++) first.push(await firstQuestion());
  const next = await nextQuestions(answers);
  const figures = {
    conditions: '360×740 phone, slow 4G (150 ms, 1.6 Mbps down), CPU 4× slower',
    first_question_ms: { runs: first, median: median(first), target: 1300 },
    next_question_ms: { runs: next, median: median(next), max: Math.max(...next), target_median: 33, target_max: 50 },
  };
  mkdirSync(`${root}perf`, { recursive: true });
  writeFileSync(`${root}perf/timing.json`, JSON.stringify(figures, null, 2) + '\n');
  const row = (cells) => `| ${cells.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](i ? 12 : 40)).join(' | ')} |`;
  console.log(row(['time on an emulated phone', 'median', 'worst', 'target']));
  console.log(`|${'-'.repeat(42)}|${'-'.repeat(13)}:|${'-'.repeat(13)}:|${'-'.repeat(13)}:|`);
  console.log(row([`first question on screen (${runs} runs)`, `${figures.first_question_ms.median} ms`, `${Math.max(...first)} ms`, '≤ 1300 ms']));
  console.log(row([`next question drawn (${next.length} answers)`, `${figures.next_question_ms.median} ms`, `${figures.next_question_ms.max} ms`, '≤ 33 / 50 ms']));
} finally {
  await browser.close();
  server.stop();
}
