// Gives the WebAssembly's imports short names, in the module and in its JavaScript glue alike.
// wasm-bindgen names each import after the function plus a 16-digit hash
// (`__wbg_appendChild_7465eba84213c75f`); the app has over a hundred, the hashes do not
// compress, and each name is shipped twice: short names make the download smaller.
//
// Only the import section changes; every other section is copied byte for byte. A name is
// renamed only if the glue contains it, and the glue is rewritten by whole names, which are
// unique to wasm-bindgen.

const IMPORT_SECTION = 2;

/** Reads the unsigned LEB128 number at `bytes[at]`; returns it and the offset after it. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** The offset after the import description (function, table, memory or global) at `at`. */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const skipLimits = (offset) => {
    const flags = bytes[offset++];
    [, offset] = readLeb(bytes, offset);
    if (flags & 1) [, offset] = readLeb(bytes, offset);
    return offset;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return skipLimits(at + 1); // table: element type, limits
    case 2: return skipLimits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** `a`, `b`, … `Z`, `ba`, …: short, valid as JavaScript property names. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name += letters[index % letters.length];
    index = Math.floor(index / letters.length);
  } while (index);
  return name;
}

/** Each section of `wasm`: its id, where it begins (`at`), and where its content begins
 *  (`start`) and ends. */
export function* sectionsOf(wasm) {
  let at = 8;
  while (at < wasm.length) {
    const [size, start] = readLeb(wasm, at + 1);
    yield { id: wasm[at], at, start, end: start + size };
    at = start + size;
  }
}

/** Returns the module and its glue with the wasm-bindgen imports renamed. */
export function shortenImports(wasm, glue) {
  const renamed = new Map();
  const sections = [wasm.subarray(0, 8)];
  for (const { id, at, start, end } of sectionsOf(wasm)) {
    if (id !== IMPORT_SECTION) {
      sections.push(wasm.subarray(at, end));
      continue;
    }
    let [count, offset] = readLeb(wasm, start);
    const body = [leb(count)];
    while (count--) {
      const names = [];
      for (let part = 0; part < 2; part++) {
        const [length, from] = readLeb(wasm, offset);
        names.push(wasm.subarray(from, from + length).toString('utf8'));
        offset = from + length;
      }
      const description = wasm.subarray(offset, (offset = skipImportDescription(wasm, offset)));
      let [module, field] = names;
      if (/^__wb(g|indgen)_/.test(field) && glue.includes(field)) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        field = renamed.get(field);
      }
      for (const name of [module, field]) {
        const bytes = Buffer.from(name, 'utf8');
        body.push(leb(bytes.length), bytes);
      }
      body.push(description);
    }
    if (offset !== end) throw new Error('the import section is not where its size says');
    const content = Buffer.concat(body);
    sections.push(Buffer.from([IMPORT_SECTION]), leb(content.length), content);
  }
  for (const [long, short] of renamed) {
    glue = glue.replace(new RegExp(`\\b${long}\\b`, 'g'), short);
  }
  return { wasm: Buffer.concat(sections), glue };
}
