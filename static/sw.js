// The service worker: keeps this version of the app on the phone so it opens with no signal.
// scripts/post-build.mjs copies it to the site's root for release builds and fills in VERSION
// and FILES (the build's own files, hashed names included); debug builds have none.
//
// Every page and file is answered from this version's cache, so a page never mixes two
// versions. A new deploy installs beside it and waits; the page offers "reload", which tells
// the waiting worker to take over (static/boot.js). Old versions' caches are then deleted.
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const PREFIX = 'siap-mendunia-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  // A page is the cached page of its path, whatever its query (?lang=, the embed's settings).
  const key = request.mode === 'navigate' ? (url.pathname.endsWith('/embed.html') ? 'embed.html' : 'index.html') : request;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true })).then((cached) => cached || fetch(request)),
  );
});
