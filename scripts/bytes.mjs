// Prints every file of dist/ with its raw, gzip and brotli size, and the totals, as a table;
// then what a first visit downloads: the app (index.html, every file it loads, and the service
// worker with what it precaches), the app embedded in a host site (embed.js, embed.html and
// every file that loads) and the mentor's area (mentor/index.html, every file it loads, and the
// service worker, which it registers too, with what it precaches). With --check, exits non-zero
// when a first visit's brotli total exceeds its budget in budget.json
// (first_visit_brotli_bytes for the app and embedded, mentor_first_visit_brotli_bytes). The
// mentor's budget is about twice the app's: its own WebAssembly (the whole questionnaire too,
// for the teaching agenda) plus the owner's app, which the service worker keeps for offline use
// (a participant's full result opens in it).
//   node scripts/bytes.mjs [--check] [--json OUT.json]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const args = process.argv.slice(2);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Compressed as a real host would serve them: gzip -9 and brotli at its highest quality.
const rows = filesUnder(dist).sort().map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});
const total = rows.reduce(
  (sum, row) => ({ file: 'total', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const kb = (n) => (n / 1000).toFixed(1) + ' KB';
const width = Math.max(...rows.map((row) => row.file.length), 5);
const line = (cells) => `| ${cells[0].padEnd(width)} | ${cells.slice(1).map((c) => c.padStart(9)).join(' | ')} |`;
console.log(line(['file', 'raw', 'gzip', 'brotli']));
console.log(`|${'-'.repeat(width + 2)}|${Array(3).fill('-'.repeat(10) + ':').join('|')}|`);
for (const row of [...rows, total]) console.log(line([row.file, kb(row.raw), kb(row.gzip), kb(row.brotli)]));

/** The page and every file of dist/ it references (stylesheets, scripts, icon, the app's glue
 *  and WebAssembly named on the loader's tag), relative links resolved from the page's folder. */
function pageLoads(page) {
  let html;
  try {
    html = readFileSync(join(dist, page), 'utf8');
  } catch {
    throw new Error(`dist/${page} is missing: build with scripts/build --release`);
  }
  const site = 'http://site/';
  const references = [...html.matchAll(/(?:href|src|data-js|data-wasm)="([^"#?:]+)"/g)].map((m) =>
    new URL(m[1], site + page).pathname.slice(1),
  );
  return [page, ...new Set(references.filter((file) => rows.some((row) => row.file === file)))];
}
/** The service worker and the files it fetches when it installs (release builds). */
function serviceWorkerLoads() {
  if (!rows.some((row) => row.file === 'sw.js')) return [];
  const precached = readFileSync(join(dist, 'sw.js'), 'utf8').match(/\[("[^\]]*")\]/);
  if (!precached) throw new Error('sw.js lists no files to precache');
  return ['sw.js', ...JSON.parse(`[${precached[1]}]`)];
}
const budgets = JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8'));
const visits = [
  {
    visit: 'the app (index.html)',
    files: [...new Set([...pageLoads('index.html'), ...serviceWorkerLoads()])],
    budget: budgets.first_visit_brotli_bytes,
  },
  {
    visit: 'embedded in a host page (embed.js)',
    files: ['embed.js', ...pageLoads('embed.html')],
    budget: budgets.first_visit_brotli_bytes,
  },
  {
    visit: 'the mentor (mentor/index.html)',
    files: [...new Set([...pageLoads('mentor/index.html'), ...serviceWorkerLoads()])],
    budget: budgets.mentor_first_visit_brotli_bytes,
  },
].map(({ visit, files, budget }) => ({
  visit,
  files,
  brotli: files.reduce((sum, file) => sum + rows.find((row) => row.file === file).brotli, 0),
  budget,
}));
console.log('');
console.log(`| ${'first visit'.padEnd(36)} | files | ${'brotli'.padStart(9)} | ${'budget'.padStart(9)} |`);
console.log(`|${'-'.repeat(38)}|------:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`);
for (const v of visits) {
  console.log(`| ${v.visit.padEnd(36)} | ${String(v.files.length).padStart(5)} | ${kb(v.brotli).padStart(9)} | ${kb(v.budget).padStart(9)} |`);
}

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify({ files: rows, total, visits }, null, 2) + '\n');

if (args.includes('--check')) {
  let over = false;
  for (const v of visits) {
    if (typeof v.budget !== 'number') throw new Error(`budget.json has no budget for ${v.visit}`);
    const verdict = v.brotli <= v.budget ? 'within' : 'OVER';
    over ||= v.brotli > v.budget;
    console.log(`first visit, ${v.visit}: ${kb(v.brotli)} brotli is ${verdict} the budget of ${kb(v.budget)} (budget.json)`);
  }
  if (over) process.exit(1);
}
