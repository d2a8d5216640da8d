// Trunk post-build hook, run for both entry pages: the owner's app (index.html, built into
// dist/) and the mentor's area (mentor.html, built into dist/mentor/ with the public URL
// /mentor/, see scripts/build). Release builds optimise the WebAssembly, splitting the owner's in
// parts (scripts/wasm-release.mjs), minify the JavaScript (Trunk's own minifier fails on this
// wasm-bindgen's glue), give the WebAssembly's imports short names, and merge the
// stylesheets into one minified file, so a first visit downloads fewer, smaller files. Every
// build of the owner's app also gets embed.html, the page a host site frames (see
// static/embed.js); the mentor's area is never embedded. The service worker is written once both
// builds are done (scripts/service-worker.mjs), since it covers both.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { minify } from './minify.mjs';
import { shortenImports } from './shorten-imports.mjs';
import { LOADER, optimiseWasm, splitWasm, withoutRemovedExports } from './wasm-release.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const release = process.env.TRUNK_PROFILE === 'release';
// The owner's app is built from index.html; any other page (mentor.html) has no embedded mode.
const owner = basename(process.env.TRUNK_HTML_FILE ?? 'index.html') === 'index.html';
// The path the build's files are linked under: "/" for the app, "/mentor/" for the mentor's.
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`public URL ${base}: expected an absolute path ending in /`);
// The owner's stylesheets that only the later part's screens use (src/parts.rs).
const LATER_STYLES = /^(results|print)-[0-9a-f]+\.css$/;
const linked = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const indexPath = join(dir, 'index.html');
let html = withoutWasmPreload(readFileSync(indexPath, 'utf8'));
if (release) html = minifyRelease(html);
writeFileSync(indexPath, html);
if (owner) writeFileSync(join(dir, 'embed.html'), embedPage(html));

/** Minifies the release build in place; returns index.html with its stylesheet links merged. */
function minifyRelease(html) {
  const read = (name) => readFileSync(join(dir, name), 'utf8');
  // The page's comments are for whoever edits it, not for the owner's data plan; nor are the
  // blank lines Trunk leaves where it took tags out.
  html = html.replace(/<!--[\s\S]*?-->\s*/g, '').replace(/\n\s*\n/g, '\n');

  // The stylesheets, in the order index.html links them, become one file named by its content:
  // Trunk names each by its own content, and the first one's name would survive a change to the
  // others (a browser that keeps files by name would then mix two versions). The owner's
  // LATER_STYLES become a second file, which the split's loader fetches with the later part
  // (see nameParts), so the first visit does not wait for them.
  const links = [...html.matchAll(new RegExp(`<link rel="stylesheet" href="${linked}([^"]+\\.css)"[^>]*>\\s*`, 'g'))];
  const later = owner ? links.filter((link) => LATER_STYLES.test(link[1])) : [];
  if (owner && later.length !== 2) throw new Error('index.html does not link results.css and print.css: update LATER_STYLES');
  let laterStyles = null;
  for (const [group, prefix] of [[links.filter((link) => !later.includes(link)), 'style'], [later, 'later']]) {
    if (!group.length) continue;
    const css = minify(group.map((link) => read(link[1])).join('\n'), 'css');
    const name = `${prefix}-${contentHash(css)}.css`;
    for (const [index, link] of group.entries()) {
      const kept = index === 0 && prefix === 'style';
      html = html.replace(link[0], kept ? link[0].replace(link[1], name) : '');
      rmSync(join(dir, link[1]));
    }
    writeFileSync(join(dir, name), css);
    if (prefix === 'later') laterStyles = name;
  }

  const glue = html.match(new RegExp(`data-js="${linked}([^"]+\\.js)"`))?.[1];
  const wasm = html.match(new RegExp(`data-wasm="${linked}([^"]+_bg\\.wasm)"`))?.[1];
  if (!glue || !wasm) throw new Error(`index.html names no wasm-bindgen glue and module under ${base}`);
  // The owner's module in parts (null if built without split points), the mentor's in one.
  const parts = owner ? splitWasm({ dir, glue, wasm, linked: linkedModule() }) : optimiseWasm(join(dir, wasm));
  const shortened = shortenImports(readFileSync(join(dir, wasm)), minify(withoutRemovedExports(read(glue)), 'js'));
  const named = parts ? nameParts(parts, shortened, laterStyles) : null;
  // Trunk's hash in their names is taken before wasm-opt and this script change them, so a new
  // version built with other wasm-opt settings alone kept the old names. (Trunk writes its hash
  // without leading zeros: one build in sixteen has fewer than 16 digits.)
  for (const [name, content] of [[glue, shortened.glue], [wasm, shortened.wasm]]) {
    const named = name.replace(/-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/, (_, end) => `-${contentHash(content)}${end}`);
    if (named === name) throw new Error(`${name}: expected Trunk's hashed name, to name it by its content`);
    rmSync(join(dir, name));
    writeFileSync(join(dir, named), content);
    html = html.replaceAll(name, named);
  }
  if (named) {
    html = withLanguageFiles(html, named.languages);
    const glueName = html.match(new RegExp(`data-js="${linked}([^"]+\\.js)"`))[1];
    writeFileSync(join(dir, named.loader), named.loaderText(glueName));
    // Fetched beside the glue, which imports it, rather than one round trip after it.
    const preload = new RegExp(`<link rel="modulepreload" href="${linked}${glueName}"[^>]*>`);
    if (!preload.test(html)) throw new Error('index.html has no modulepreload of the glue: update the loader\'s preload');
    html = html.replace(preload, (link) => `${link}${link.replace(glueName, named.loader)}`);
  }

  // Our own scripts, copied as written (with their comments).
  const scripts = [...(owner ? ['embed.js'] : []), ...readdirSync(join(dir, 'static')).map((name) => `static/${name}`)];
  for (const script of scripts.filter((name) => name.endsWith('.js'))) {
    writeFileSync(join(dir, script), minify(read(script), 'js'));
  }
  return html;
}

/** Names the split build's parts and loader by their content (see contentHash), has the loader
 *  fetch the stylesheet `laterStyles` with the later part, and points the glue in `shortened`
 *  at the loader. Returns the loader's name and its text given the glue's final name (the
 *  loader imports the glue, which imports the loader: the loader's name hashes everything of
 *  this build, so it is new whenever anything changed, and the glue is then named by its own
 *  content as before). */
function nameParts(parts, shortened, laterStyles) {
  let loader = withLaterStyles(readFileSync(join(dir, LOADER), 'utf8'), laterStyles);
  const languages = languageFiles(loader);
  for (const part of parts) {
    const content = readFileSync(join(dir, part));
    const named = part.replace(/\.wasm$/, `-${contentHash(content)}.wasm`);
    rmSync(join(dir, part));
    writeFileSync(join(dir, named), content);
    if (!loader.includes(`"./${part}"`)) throw new Error(`${LOADER} does not fetch ${part}: update nameParts`);
    loader = loader.replaceAll(`"./${part}"`, `"./${named}"`);
  }
  rmSync(join(dir, LOADER));
  loader = minify(loader, 'js');
  const name = `split-${contentHash(loader + shortened.glue + shortened.wasm.toString('base64'))}.js`;
  // Only where the glue imports it (once for each part): the module's imports still name it as
  // it was.
  const loaderImport = `from"./${LOADER}"`;
  const glue = shortened.glue.replace(/from\s*"/g, 'from"');
  if (!glue.includes(loaderImport)) throw new Error(`the glue does not import ${LOADER}: update nameParts`);
  shortened.glue = glue.replaceAll(loaderImport, `from"./${name}"`);
  const glueImport = /from\s*"\.\/([^"]+\.js)"/;
  if (!glueImport.test(loader)) throw new Error(`${LOADER} does not import the glue: update nameParts`);
  const renamed = (file) => loader.match(new RegExp(`"\\./(${file.replace('.wasm', '')}-[0-9a-f]{16}\\.wasm)"`))[1];
  for (const files of Object.values(languages)) files.splice(0, files.length, ...files.map(renamed));
  return { loader: name, loaderText: (glue) => loader.replace(glueImport, `from"./${glue}"`), languages };
}

/** The files each language's part needs, by the language's code: the part (a split point named
 *  `lang_` and the code, src/main.rs) and the chunks it shares with other parts, as the split's
 *  loader (unminified, before naming) fetches them. */
function languageFiles(loader) {
  const fileOf = (load) => loader.match(new RegExp(`${load} = (?:wrapAsyncCb\\()?makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\./([^"]+)"`))?.[1];
  const languages = {};
  for (const [, code, deps] of loader.matchAll(/export const __wasm_split_load_lang_(\w+) = wrapAsyncCb\(makeLoad\([\s\S]*?,\s*\[([^\]]*)\]\)\);/g)) {
    const loads = [`__wasm_split_load_lang_${code}`, ...deps.split(',').map((dep) => dep.trim()).filter(Boolean)];
    languages[code] = loads.map(fileOf);
    if (languages[code].includes(undefined)) throw new Error(`${LOADER}: the files of the language ${code} were not found: update languageFiles`);
  }
  if (!languages.id || !languages.en) throw new Error(`${LOADER} loads no part for each language: update languageFiles`);
  return languages;
}

/** The page with each language's files on the boot script (`data-lang-<code>`), which fetches
 *  those of the language the app will start in beside the start module. */
function withLanguageFiles(html, languages) {
  const boot = /<script type="module" src="[^"]*static\/boot\.js"/;
  if (!boot.test(html)) throw new Error('index.html has no boot script: update withLanguageFiles');
  const attributes = Object.entries(languages).map(([code, files]) => ` data-lang-${code}="${files.map((file) => `${base}${file}`).join(' ')}"`);
  return html.replace(boot, (tag) => tag + attributes.join(''));
}

/** The split's loader with the stylesheet `name` among what the later part waits for: the loader
 *  instantiates a part once its dependencies are in, and a failed one fails the part, which the
 *  app then offers to try again (src/parts.rs). */
function withLaterStyles(loader, name) {
  const later = /(export const __wasm_split_load_later = wrapAsyncCb\(makeLoad\([\s\S]*?,\s*\[)([^\]]*)(\]\)\);)/;
  if (!later.test(loader)) throw new Error(`${LOADER} has no later part to load ${name} with: update withLaterStyles`);
  const styles = `
// The later part's stylesheet (scripts/post-build.mjs), applied before the part's screens show;
// a failed one is taken out again, so the next try adds it afresh.
let laterStylesheet;
function laterStyles() {
  laterStylesheet ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(${JSON.stringify(`./${name}`)}, import.meta.url);
    link.onload = resolve;
    link.onerror = () => {
      link.remove();
      laterStylesheet = undefined;
      reject(new Error('the stylesheet ${name} did not load'));
    };
    document.head.append(link);
  });
  return laterStylesheet;
}
`;
  return loader.replace(later, (_, start, deps, end) => `${start}${[deps.trim(), 'laterStyles'].filter(Boolean).join(', ')}${end}`) + styles;
}

/** Where the linker wrote the owner's module (the binary index.html names). */
function linkedModule() {
  const source = readFileSync(process.env.TRUNK_HTML_FILE ?? 'index.html', 'utf8');
  const bin = source.match(/<link data-trunk rel="rust" data-bin="([^"]+)"/)?.[1];
  if (!bin) throw new Error('index.html: the rust link names no data-bin: update linkedModule');
  return join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm32-unknown-unknown', 'release', `${bin}.wasm`);
}

/** The first 16 hex digits of the SHA-256 of `content`: a file named with it changes name
 *  whenever it changes, so hosts and browsers may keep it for good. */
function contentHash(content) {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** The page without Trunk's preload of the WebAssembly. The static shell is the first screen
 *  and the largest paint; a preload starting before that paint makes Lighthouse count the whole
 *  module against it (doubling LCP in scripts/perf), and on a slow link it shares the
 *  bandwidth with the render-blocking stylesheet. On a first visit boot.js asks for the module
 *  once the shell is painted, so the app starts a moment later while the owner is already
 *  reading. */
function withoutWasmPreload(html) {
  const preload = /<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>\s*/;
  if (!preload.test(html)) throw new Error('index.html has no preload of the WebAssembly: update withoutWasmPreload');
  return html.replace(preload, '');
}

/** index.html marked as embedded (styles drop the outer chrome before the app starts), with
 *  the script that talks to the host page, and without what only a page of its own uses: the
 *  manifest (a framed page is not installed), the description, theme colour and icon (search
 *  engines, the browser's bar and tab show the host page's), and the offer of a new version (a
 *  framed page runs no service worker). */
function embedPage(html) {
  const marked = html
    .replace(/<html lang="id">/, '<html lang="id" data-sm-embed>')
    .replace(/<link rel="manifest"[^>]*>/, '')
    .replace(/\s*<meta name="(description|theme-color)"[^>]*>/g, '')
    .replace(/\s*<link rel="icon"[^>]*>/, '')
    .replace(/<div id="sm-update"[\s\S]*?<\/button>\s*<\/div>\s*/, '');
  const bridge = '<script src="static/embed-frame.js" defer></script>';
  const withBridge = marked.replace(/(<script src="static\/boot-check\.js" defer><\/script>)/, `$1${bridge}`);
  if (marked === html || withBridge === marked || marked.includes('sm-update')) throw new Error('index.html changed: update embedPage');
  return withBridge;
}
