// Service worker of tfr-aid: caches the app's own files at first visit so the aid works offline.
// The build (scripts/post_build.py) fills in VERSION and FILES; a new version caches its whole set of files
// under a new name before it takes over, then deletes the old caches, so old and new files are never mixed.
// It never stores anything a person enters, and never fetches from another origin.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `tfr-aid-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tfr-aid-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Pages are answered with the cached start page, whatever their query (?kiosk=1).
    const key = event.request.mode === 'navigate' ? './' : event.request;
    const hit = await cache.match(key, { ignoreSearch: event.request.mode === 'navigate' });
    return hit || fetch(event.request);
  })());
});
