// The release build's WebAssembly, for scripts/post-build.mjs: Trunk only links it and makes
// its glue (index.html and mentor.html ask Trunk for no wasm-opt); this optimises it, and splits
// the owner's module into the start and the parts fetched later (src/parts.rs).
//
// The split works on the linker's output (target/…/siap-mendunia.wasm, linked with relocations
// in release builds, see scripts/build), at every #[wasm_split] function:
//   1. wasm-split-cli cuts it into the start module, one module per part, and the loader that
//      fetches a part when its function is first called;
//   2. wasm-bindgen makes the glue of the start module (keeping the exports the parts use);
//   3. wasm-opt optimises each module.
// The glue and the start module replace Trunk's files under the same names, so the rest of the
// hook treats them as before; the parts and the loader are left to be named by content.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leb, readLeb, sectionsOf } from './shorten-imports.mjs';

const CUSTOM_SECTION = 0;
const EXPORT_SECTION = 7;

/** The name the wasm_split macros give every split point's import module. */
const SPLIT_IMPORT = '__wasm_split_placeholder__';
/** The loader's name as wasm-split-cli writes it, imported by the glue. */
export const LOADER = '__wasm_split.js';

/** Leptos always brings server_fn's browser streams (wasm-streams), whose exported classes keep
 *  code alive that nothing calls. The split drops them from the linker's module before it cuts
 *  it (wasm-split-cli keeps whatever an export or the shared function table reaches, so removing
 *  them afterwards leaves their code in the start); a module that is not split drops them in
 *  wasm-opt (OPTIMISE). The glue loses their classes (withoutRemovedExports). */
const STREAM_EXPORTS = /intounderlying/;

// -Os compresses better than -Oz here (raw bytes grow, brotli bytes shrink). A second round after
// flattening and re-building the control flow (--flatten --rereloop) finds more to merge: smaller
// in raw and in brotli bytes (measured in perf/bytes.json's history).
// --low-memory-unused is safe because Rust's stack fills the lowest 1 MB downwards: only a stack
// about to overflow reaches it.
const OPTIMISE = [
  '--remove-exports', '--pass-arg=remove-exports@*intounderlying*',
  '-Os', '--flatten', '--rereloop', '-Os', '--converge',
  '--low-memory-unused', '--strip-producers', '--strip-target-features',
];
/** For the parts, fetched after the first question: the second round at -O3, whose inlining makes
 *  them larger in raw bytes but smaller in brotli bytes, which is what a phone downloads and
 *  keeps offline. The start keeps -Os: its raw size is parsed on the critical path. */
const OPTIMISE_PART = OPTIMISE.map((pass, i) => (pass === '-Os' && i === OPTIMISE.lastIndexOf('-Os') ? '-O3' : pass));
/** The WebAssembly features rustc's wasm32 target enables: a part carries no record of them. */
const FEATURES = [
  '--enable-bulk-memory', '--enable-multivalue', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext',
];
/** Custom sections the relocations leave for the split (the symbols, the relocations, the split
 *  points' marker): wasm-opt keeps them, and no browser needs them. */
const FOR_THE_SPLIT = /^(linking|reloc\..*|__wasm_split_unstable)$/;
/** Exports of the split points and their marker: in a module that is not split (the mentor's,
 *  which links the same crate), they would keep the parts' code alive. */
const SPLIT_EXPORTS = /^(__wasm_split_|_WASM_SPLIT_MARKER_)/;

/**
 * Splits the build whose glue and module Trunk wrote to `dir` as `glue` and `wasm`, from the
 * linker's module `linked`. Returns the parts' file names (in `dir`, unhashed), or null when
 * the module has no split point (then only optimises it, see optimiseWasm).
 */
export function splitWasm({ dir, glue, wasm, linked }) {
  const input = readFileSync(linked);
  if (!input.includes(Buffer.from(SPLIT_IMPORT))) {
    return optimiseWasm(join(dir, wasm));
  }
  const stem = glue.replace(/\.js$/, '');
  const work = mkdtempSync(join(tmpdir(), 'split-'));
  try {
    const whole = join(work, 'linked.wasm');
    writeFileSync(whole, withoutExports(input, STREAM_EXPORTS));
    run('wasm-split-cli', [whole, work, '--out-name', stem]);
    run('wasm-bindgen', [
      '--target=web', `--out-dir=${join(work, 'bindgen')}`, `--out-name=${stem}`,
      '--no-typescript', '--keep-lld-exports', join(work, `${stem}.wasm`),
    ]);
    writeFileSync(join(dir, glue), readFileSync(join(work, 'bindgen', `${stem}.js`)));
    run('wasm-opt', [`--output=${join(dir, wasm)}`, join(work, 'bindgen', `${stem}_bg.wasm`), ...OPTIMISE]);
    const parts = readdirSync(work).filter((name) => name.endsWith('.wasm') && ![`${stem}.wasm`, 'linked.wasm'].includes(name));
    for (const part of parts) {
      run('wasm-opt', [`--output=${join(dir, part)}`, join(work, part), ...FEATURES, ...OPTIMISE_PART]);
    }
    writeFileSync(join(dir, LOADER), readFileSync(join(work, LOADER)));
    return parts;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The glue without the classes of the exports OPTIMISE removes (server_fn's browser streams):
 * nothing calls them, and their methods would call exports that are gone. Fails if this
 * wasm-bindgen writes them differently, so a new version cannot silently keep them.
 */
export function withoutRemovedExports(glue) {
  const kept = glue
    .replace(/export class (IntoUnderlying\w+) \{[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/g, '')
    .replace(/const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n.*\n.*\n/g, '');
  if (/intounderlying/i.test(kept)) throw new Error('the glue still has IntoUnderlying classes: update withoutRemovedExports');
  return kept;
}

/** Optimises the module at `path` in place, without what was left for a split; returns null, as
 *  it has no parts. */
export function optimiseWasm(path) {
  writeFileSync(path, withoutSplitLeftovers(readFileSync(path)));
  run('wasm-opt', [`--output=${path}`, path, ...OPTIMISE]);
  return null;
}

/** `wasm` without the custom sections FOR_THE_SPLIT and the SPLIT_EXPORTS. */
function withoutSplitLeftovers(wasm) {
  const stripped = withoutExports(wasm, SPLIT_EXPORTS);
  const kept = [stripped.subarray(0, 8)];
  for (const { id, at, start, end } of sectionsOf(stripped)) {
    if (id !== CUSTOM_SECTION || !FOR_THE_SPLIT.test(customName(stripped, start))) kept.push(stripped.subarray(at, end));
  }
  return Buffer.concat(kept);
}

/** `wasm` without the exports whose names match `pattern` (nothing else refers to an export). */
function withoutExports(wasm, pattern) {
  const kept = [wasm.subarray(0, 8)];
  for (const { id, at, start, end } of sectionsOf(wasm)) {
    if (id !== EXPORT_SECTION) {
      kept.push(wasm.subarray(at, end));
      continue;
    }
    const section = wasm.subarray(start, end);
    let [count, next] = readLeb(section, 0);
    const exports = [];
    while (count--) {
      const from = next;
      const [length, name] = readLeb(section, next);
      next = readLeb(section, name + length + 1)[1]; // the kind's byte, then the index
      if (!pattern.test(section.subarray(name, name + length).toString('utf8'))) exports.push(section.subarray(from, next));
    }
    const content = Buffer.concat([leb(exports.length), ...exports]);
    kept.push(Buffer.from([id]), leb(content.length), content);
  }
  return Buffer.concat(kept);
}

function customName(bytes, at) {
  const [length, from] = readLeb(bytes, at);
  return bytes.subarray(from, from + length).toString('utf8');
}

function run(command, args) {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}
