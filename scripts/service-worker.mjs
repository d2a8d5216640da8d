// Writes the service worker of a release build, once both entry pages are built (scripts/build):
// static/sw.js, minified, at the root of dist/ (its scope is the whole site, /mentor/ included),
// with the version and the files to keep offline filled in.
//   node scripts/service-worker.mjs [DIST]
//
// VERSION hashes every file of dist/, the mentor's area (dist/mentor/) included, so any change,
// even one only the mentor sees, installs a new worker and offers "reload". FILES, precached when
// it installs, are the owner's app only: not the mentor's area (MENTOR_FILES, cached only when a
// mentor's page is open, see static/sw.js), not the embedding's files (embed mode runs no service
// worker: its host page does not work offline anyway), and not the PNG icons (used only to
// install the app).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from './minify.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = process.argv[2] ?? join(root, 'dist');

const filesUnder = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(dir, path)];
  });
// sw.js itself is left out, so writing it again gives the same version.
const all = filesUnder(dir).filter((file) => file !== 'sw.js').sort();
if (!all.includes('index.html') || !all.includes('mentor/index.html')) {
  throw new Error(`${dir} lacks index.html or mentor/index.html: run scripts/build`);
}
const files = all.filter((file) => !file.startsWith('mentor/') && !/(^|\/)embed[.-]/.test(file) && !file.endsWith('.png'));
const hash = createHash('sha256');
for (const file of all) hash.update(file).update(readFileSync(join(dir, file)));
const source = readFileSync(join(root, 'static/sw.js'), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
  .replace("['__FILES__']", JSON.stringify(files))
  .replace("['__MENTOR_FILES__']", JSON.stringify(all.filter((file) => file.startsWith('mentor/'))));
writeFileSync(join(dir, 'sw.js'), minify(source, 'js'));
console.log(`service worker: ${dir}/sw.js, precaching ${files.length} of ${all.length} files`);
