// Trunk post-build hook. Every build: writes embed.html, the page a host site frames (see
// static/embed.js). Release builds first minify the JavaScript (Trunk's own minifier fails on
// this wasm-bindgen's glue), give the WebAssembly's imports short names, and merge the
// stylesheets into one minified file, so a first visit downloads fewer, smaller files; and
// last they get the service worker (static/sw.js) with the list of files to keep offline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenImports } from './shorten-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const release = process.env.TRUNK_PROFILE === 'release';
const minify = (code, loader) =>
  transformSync(code, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined }).code;
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
if (release) html = minifyRelease(html);
writeFileSync(join(dir, 'embed.html'), embedPage(html));
if (release) writeServiceWorker();

/** Minifies the release build in place; returns index.html with its stylesheet links merged. */
function minifyRelease(html) {
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

/** index.html marked as embedded (styles drop the outer chrome before the app starts), with
 *  the script that talks to the host page, and without the manifest (a framed page is not
 *  installed). */
function embedPage(html) {
  const marked = html
    .replace(/<html lang="id">/, '<html lang="id" data-sm-embed>')
    .replace(/<link rel="manifest"[^>]*>/, '');
  const bridge = '<script src="static/embed-frame.js" defer></script>';
  const withBridge = marked.replace(/(<script src="static\/boot-check\.js" defer><\/script>)/, `$1${bridge}`);
  if (marked === html || withBridge === marked) throw new Error('index.html changed: update embedPage');
  return withBridge;
}

/** Writes sw.js at the root (its scope is the whole app) with this build's version and the files
 *  the app needs offline: every file but the embedding's (embed mode runs no service worker:
 *  its host page does not work offline anyway) and the PNG icons (used only to install it). */
function writeServiceWorker() {
  const filesUnder = (folder) =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [relative(dir, path)];
    });
  const files = filesUnder(dir)
    .filter((file) => !/(^|\/)embed[.-]/.test(file) && !file.endsWith('.png'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(dir, file)));
  const source = readFileSync(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'static/sw.js'), 'utf8')
    .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
    .replace("['__FILES__']", JSON.stringify(files));
  writeFileSync(join(dir, 'sw.js'), minify(source, 'js'));
}
