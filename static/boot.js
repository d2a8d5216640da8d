// Starts the app from a file instead of Trunk's inline loader, so the page runs under a
// Content-Security-Policy with no 'unsafe-inline' (script-src 'self'). Trunk's pattern_script
// (Trunk.toml) writes the hashed names of the glue and the WebAssembly onto this tag.
const tag = document.querySelector('script[data-wasm]');

// Offline use: the service worker of release builds (sw.js; debug builds have none), not in
// embed mode, whose host page needs the network anyway. When a new version has been deployed
// and is ready, the owner is asked to reload rather than the page quietly mixing two versions;
// reloading hands over to it, and answers stay saved.
const workers = document.documentElement.hasAttribute('data-sm-embed') ? undefined : navigator.serviceWorker;
let reloading = false;
/** Shows the offer to reload; a tap hands over to the `waiting` worker, or reloads if the new
 *  version has already taken over. */
const offer = (waiting) => {
  const banner = document.getElementById('sm-update');
  banner.hidden = false;
  banner.querySelector('button').onclick = () => {
    reloading = true;
    if (waiting) waiting.postMessage('skip-waiting');
    else location.reload();
  };
};
// Listened to before the app starts, so a tap in another tab during the start is not missed.
let controlled = Boolean(workers?.controller);
workers?.addEventListener('controllerchange', () => {
  if (reloading) location.reload();
  // A tap in another tab handed every open tab to the new version, so this page, of the old
  // version, is now under the new worker. It offers the reload (shown even if it was not yet)
  // and does not reload by itself: a mentor may be halfway through pasting results.
  else if (controlled) offer(null);
  controlled = true;
});
// On a first visit, the worker starts keeping the whole app for offline use once the app says
// that what the owner waits for first is on screen (src/page.rs, announce_background), so its
// downloads never compete with those; listened to before the app starts, which may say so at
// once. A page the worker already controls came from the phone: it registers at once, and so
// hears of a new version at once.
if (workers) {
  const register = () => {
    workers
      .register('/sw.js')
      .then((registration) => {
        if (registration.waiting && workers.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && workers.controller) offer(worker);
          });
        });
        // An app left open for days looks for a new version whenever it is shown again.
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') registration.update().catch(() => {});
        });
      })
      .catch(() => {});
  };
  if (workers.controller) register();
  else addEventListener('sm-background', register, { once: true });
}

// On a first visit the static shell is painted before the app's download starts, so nothing
// competes with that first paint (Lighthouse's simulation otherwise counts the whole WebAssembly
// against it, doubling Largest Contentful Paint). Two frames, since a paint is shown
// only after the frame it was drawn in; a hidden page or iframe draws no frames, hence the
// timer. A returning owner's app comes from the phone (the service worker) and starts at once,
// so a question or result link shows its own screen sooner.
if (!navigator.serviceWorker?.controller) {
  await new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(resolve));
    setTimeout(resolve, 100);
  });
}
// The module is asked for at once, beside the glue (and what the glue imports), not after it;
// and so are the words of the language the app will start in (a part of their own in release
// builds, listed on this tag as data-lang-<code>), not one round trip after the app starts. The
// app chooses it the same way (src/model/lang.rs, choose_lang): a `lang` in the link, else the
// owner's saved choice, else Bahasa Indonesia.
const codeOf = (tag) => ({ id: 'id', in: 'id', en: 'en' })[String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase()];
let saved = null;
try {
  saved = localStorage.getItem('siap-mendunia.v1.lang');
} catch {
  // A page with no storage (some embeds, private modes) starts from the link or the default.
}
const lang = codeOf(new URLSearchParams(location.search).get('lang')) ?? codeOf(saved) ?? 'id';
for (const file of tag.getAttribute(`data-lang-${lang}`)?.split(' ') ?? []) {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: file, crossOrigin: 'anonymous' });
  document.head.append(link);
}
const module = fetch(tag.dataset.wasm);
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: module });
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));
