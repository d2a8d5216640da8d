// Trunk post-build hook. Every build: writes embed.html, the page a host site frames (see
// static/embed.js). Release builds first minify the JavaScript (Trunk's own minifier fails on
// this wasm-bindgen's glue), give the WebAssembly's imports short names, and merge the
// stylesheets into one minified file, so a first visit downloads fewer, smaller files.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenImports } from './shorten-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
if (process.env.TRUNK_PROFILE === 'release') html = minifyRelease(html);
writeFileSync(join(dir, 'embed.html'), embedPage(html));

/** Minifies the release build in place; returns index.html with its stylesheet links merged. */
function minifyRelease(html) {
  const minify = (code, loader) =>
    transformSync(code, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined }).code;
  const read = (name) => readFileSync(join(dir, name), 'utf8');

  // The stylesheets, in the order index.html links them, become the first one's file.
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

  const glue = html.match(/data-js="\/([^"]+\.js)"/)?.[1];
  const wasm = html.match(/data-wasm="\/([^"]+_bg\.wasm)"/)?.[1];
  if (!glue || !wasm) throw new Error('index.html names no wasm-bindgen glue and module');
  const shortened = shortenImports(readFileSync(join(dir, wasm)), minify(read(glue), 'js'));
  writeFileSync(join(dir, glue), shortened.glue);
  writeFileSync(join(dir, wasm), shortened.wasm);

  // Our own scripts, copied as written (with their comments).
  const scripts = ['embed.js', ...readdirSync(join(dir, 'static')).map((name) => `static/${name}`)];
  for (const script of scripts.filter((name) => name.endsWith('.js'))) {
    writeFileSync(join(dir, script), minify(read(script), 'js'));
  }
  return html;
}

/** index.html marked as embedded (styles drop the outer chrome before the app starts) and
 *  with the script that talks to the host page. */
function embedPage(html) {
  const marked = html.replace(/<html lang="id">/, '<html lang="id" data-sm-embed>');
  const bridge = '<script src="static/embed-frame.js" defer></script>';
  const withBridge = marked.replace(/(<script src="static\/boot-check\.js" defer><\/script>)/, `$1${bridge}`);
  if (marked === html || withBridge === marked) throw new Error('index.html changed: update embedPage');
  return withBridge;
}
