// Prints every file of dist/ with its raw, gzip and brotli size, and the totals, as a table.
// With --check, exits non-zero when the total brotli size exceeds budget.json.
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

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify({ files: rows, total }, null, 2) + '\n');

if (args.includes('--check')) {
  const budget = JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8')).dist_total_brotli_bytes;
  const verdict = total.brotli <= budget ? 'within' : 'OVER';
  console.log(`\nbrotli total ${kb(total.brotli)} is ${verdict} the budget of ${kb(budget)} (budget.json)`);
  if (total.brotli > budget) process.exit(1);
}
