// The service worker: keeps this version of the app on the phone so it opens with no signal.
// scripts/service-worker.mjs copies it to the site's root for release builds (scripts/build)
// and fills in VERSION (a hash of every file of the site, the mentor's area included), FILES
// (the owner's app, hashed names included) and MENTOR_FILES (the mentor's area); debug builds
// have none.
//
// Every page it keeps, and that page's files, are answered from this version's cache first, so a
// page never mixes two versions; a page it does not keep (embed.html, framed by a page of the
// same site) and that page's files come from the site. A new deploy installs beside it and
// waits; every open page offers "reload", and a tap in one tells the waiting worker to take
// over, which it does for every open page at once. Old versions' caches are then deleted. The
// other pages, still of the old version, keep offering "reload" until tapped (static/boot.js).
//
// The mentor's area (/mentor/, its own page and WebAssembly) is not precached for everyone, so
// it never weighs on the owner's download. A worker that installs while a page of the mentor's
// area is open (its first visit, or a new version offered there) caches MENTOR_FILES as well,
// and anything else fetched under /mentor/ is kept in this version's cache as it arrives: after
// one visit, the mentor's area works offline too.
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const MENTOR_FILES = ['__MENTOR_FILES__'];
const PREFIX = 'siap-mendunia-';
const CACHE = PREFIX + VERSION;
const MENTOR = '/mentor/';

const inMentorArea = (url) => `${new URL(url).pathname}/`.startsWith(MENTOR); // /mentor too
// A page is the cached page of its area, whatever its query (?lang=, the embed's settings).
const pageOf = (url) =>
  inMentorArea(url) ? 'mentor/index.html' : new URL(url).pathname.endsWith('/embed.html') ? 'embed.html' : 'index.html';

// Each file comes from the site itself, never from the browser's own cache: a host may let
// browsers keep index.html or the stylesheet (their names stay the same from one version to the
// next), and this version must not keep a piece of the last one.
const fresh = (files) => files.map((file) => new Request(file, { cache: 'reload' }));

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([caches.open(CACHE), self.clients.matchAll({ type: 'window', includeUncontrolled: true })]).then(
      ([cache, windows]) => cache.addAll(fresh(windows.some((window) => inMentorArea(window.url)) ? [...FILES, ...MENTOR_FILES] : FILES)),
    ),
  );
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
  const navigate = request.mode === 'navigate';
  const key = navigate ? pageOf(url) : request;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = () => cache.match(key, { ignoreSearch: true });
      // A page this version does not keep (embed.html, or the mentor's page before it is kept)
      // came from the site, which may already hold the next version, so its files come from the
      // site too. Asked of the browser and the cache on each request rather than remembered,
      // since the browser may stop and restart the worker between a page and its files.
      const client = !navigate && event.clientId ? await self.clients.get(event.clientId) : undefined;
      const kept = !client || (await cache.match(pageOf(client.url), { ignoreSearch: true })) !== undefined;
      if (kept) {
        const response = await cached();
        if (response) return response;
      }
      let response;
      try {
        // From the site, not what the browser kept of an earlier version (see fresh); the site
        // may answer "not modified".
        response = await fetch(new Request(request, { cache: 'no-cache' }));
      } catch (error) {
        // Offline, a copy of this version is better than nothing.
        const copy = kept ? undefined : await cached();
        if (copy) return copy;
        throw error;
      }
      // The mentor's files join this version's cache on their first visit (not a redirect).
      if (inMentorArea(url) && response.ok && response.type === 'basic') event.waitUntil(cache.put(key, response.clone()));
      return response;
    }),
  );
});
