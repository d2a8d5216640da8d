// Minifies JavaScript (as an ES module) or CSS with esbuild: Trunk's own minifier fails on this
// wasm-bindgen's glue. Shared by the post-build hook and the service worker's writer.
import { transformSync } from 'esbuild';

/** `code` minified; `loader` is 'js' or 'css'. */
export const minify = (code, loader) =>
  transformSync(code, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined }).code;
