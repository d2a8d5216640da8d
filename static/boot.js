// Starts the app from a file instead of Trunk's inline loader, so the page runs under a
// Content-Security-Policy with no 'unsafe-inline' (script-src 'self'). Trunk's pattern_script
// (Trunk.toml) writes the hashed names of the glue and the WebAssembly onto this tag.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));
