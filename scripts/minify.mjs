// Trunk post-build hook: minifies the JavaScript glue and the stylesheets of a release build in
// Trunk's staging folder (Trunk's own JS minifier fails on this wasm-bindgen's output and
// ships it as is). Saves about 3 KB brotli of every first visit. A debug build is left alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

for (const name of readdirSync(dir)) {
  const loader = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
  if (!loader) continue;
  const path = join(dir, name);
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader, minify: true, format: loader === 'js' ? 'esm' : undefined });
  writeFileSync(path, code);
}
