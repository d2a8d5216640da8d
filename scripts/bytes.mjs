// Prints every file of dist/ with its raw, gzip and brotli size, and the totals, as a table;
// then what visits download, counted from the requests Chromium makes (scripts/visits.mjs): the
// owner's critical path to the first question (in each language, and embedded), the owner's
// offline copy, and the mentor's first screen. With --check, exits non-zero when a visit's
// brotli total exceeds its budget in budget.json. Needs a release build (scripts/build --release).
//   node scripts/bytes.mjs [--check] [--json OUT.json]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { measureVisits } from './visits.mjs';

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

const budgets = JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8'));
const visits = (await measureVisits()).map(({ visit, key, files }) => {
  const missing = files.find((file) => !rows.some((row) => row.file === file));
  if (missing) throw new Error(`${visit}: ${missing} is not a file of dist/`);
  if (typeof budgets[key] !== 'number') throw new Error(`budget.json has no ${key} for ${visit}`);
  const brotli = files.reduce((sum, file) => sum + rows.find((row) => row.file === file).brotli, 0);
  return { visit, files, brotli, budget: budgets[key] };
});
console.log('');
console.log(`| ${'visit'.padEnd(44)} | files | ${'brotli'.padStart(9)} | ${'budget'.padStart(9)} |`);
console.log(`|${'-'.repeat(46)}|------:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`);
for (const v of visits) {
  console.log(`| ${v.visit.padEnd(44)} | ${String(v.files.length).padStart(5)} | ${kb(v.brotli).padStart(9)} | ${kb(v.budget).padStart(9)} |`);
}

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify({ files: rows, total, visits }, null, 2) + '\n');

if (args.includes('--check')) {
  let over = false;
  for (const v of visits) {
    const verdict = v.brotli <= v.budget ? 'within' : 'OVER';
    over ||= v.brotli > v.budget;
    console.log(`${v.visit}: ${kb(v.brotli)} brotli is ${verdict} the budget of ${kb(v.budget)} (budget.json)`);
  }
  if (over) process.exit(1);
}
