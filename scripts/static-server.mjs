// A small static file server for the built app, as a real host would serve it: correct MIME
// types (application/wasm), gzip or brotli when the browser asks, and optional extra headers.
// --headers-file adds the headers listed in a file ("Name: value" lines, e.g. hosting/headers.txt);
// --replace rewrites text in the HTML it serves (the tests point the example host page at the
// app's test port with it). Every file is sent with "Cache-Control: no-cache" (ask again each
// time), or with --cache-control's value, as a host that lets browsers keep files would.
// --log prints "served PATH" for every file sent (scripts/visits.mjs counts a visit's files so);
// port 0 picks a free port, printed on the first line.
//   node scripts/static-server.mjs [--dir dist] [--port 8090] [--header "Name: value"]...
//                                  [--headers-file FILE] [--replace FROM TO]...
//                                  [--cache-control VALUE] [--log]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = option('--dir', 'dist');
const port = Number(option('--port', '8090'));
const headersFile = option('--headers-file');
const cacheControl = option('--cache-control', 'no-cache');
const log = args.includes('--log');
const extraHeaders = [
  ...(headersFile ? readFileSync(headersFile, 'utf8').split('\n').filter((line) => line.trim()) : []),
  ...args.flatMap((arg, i) => (arg === '--header' ? [args[i + 1]] : [])),
].map((header) => {
  const colon = header.indexOf(':');
  return [header.slice(0, colon).trim(), header.slice(colon + 1).trim()];
});
// Compressed bodies by file, until the file changes: brotli at its best quality is slow.
const compressed = new Map();
const compress = (file, modified, encoding, body) => {
  const key = `${file}\0${modified}\0${encoding}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
  return compressed.get(key);
};
const replacements = args.flatMap((arg, i) => (arg === '--replace' ? [[args[i + 1], args[i + 2]]] : []));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  let file = normalize(join(dir, path));
  if (!file.startsWith(normalize(dir))) return response.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const modified = (await stat(file)).mtimeMs;
    let body = await readFile(file);
    if (extname(file) === '.html' && replacements.length) {
      body = Buffer.from(replacements.reduce((text, [from, to]) => text.replaceAll(from, to), body.toString('utf8')));
    }
    const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cacheControl };
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (encoding) [body, headers['Content-Encoding']] = [compress(file, modified, encoding, body), encoding];
    // A header named twice is sent twice (two Content-Security-Policy headers both apply).
    for (const [name, value] of extraHeaders) headers[name] = name in headers ? [headers[name], value].flat() : value;
    response.writeHead(200, headers).end(body);
    if (log) console.log(`served ${path}`);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}/`));
