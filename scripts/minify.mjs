// Trunk post-build hook for release builds: minifies the JavaScript glue (Trunk's own minifier
// fails on this wasm-bindgen's output), gives the WebAssembly's imports short names, and merges
// the stylesheets into one minified file, so a first visit downloads fewer, smaller files. A
// debug build is left alone.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenImports } from './shorten-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const minify = (code, loader) => transformSync(code, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined }).code;
const read = (name) => readFileSync(join(dir, name), 'utf8');

// The stylesheets, in the order index.html links them, become the first one's file.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const links = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>\s*/g)];
if (links.length) {
  const [first, ...rest] = links.map((link) => link[1]);
  writeFileSync(join(dir, first), minify(links.map((link) => read(link[1])).join('\n'), 'css'));
  for (const [index, link] of links.entries()) {
    if (index > 0) {
      html = html.replace(link[0], '');
      rmSync(join(dir, rest[index - 1]));
    }
  }
  writeFileSync(indexPath, html);
}

const glue = html.match(/from '\/([^']+\.js)'/)?.[1];
const wasm = html.match(/'\/([^']+_bg\.wasm)'/)?.[1];
if (!glue || !wasm) throw new Error('index.html names no wasm-bindgen glue and module');
const shortened = shortenImports(readFileSync(join(dir, wasm)), minify(read(glue), 'js'));
writeFileSync(join(dir, glue), shortened.glue);
writeFileSync(join(dir, wasm), shortened.wasm);
