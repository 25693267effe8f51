/**
 * The hosted site's service worker: after a reader has opened the search page
 * once (which registers it), the site — the whole of it when it is small, its
 * shell otherwise (src/emit/precache.ts) — is cached, and every page or index
 * chunk fetched after that is kept too, so what the reader has opened can be
 * read and searched again without a network. Each build has its own cache;
 * older ones are removed.
 *
 * Built by src/emit/service-worker-step.ts with the list of files to cache.
 */
/// <reference lib="webworker" />
declare const __KB_VERSION__: string;
declare const __KB_FILES__: string[];
/** Paths never kept (the offline zip: it is a download, not a page). */
declare const __KB_UNCACHED__: string[];

const sw = globalThis as unknown as ServiceWorkerGlobalScope;
const CACHE = `kb-${__KB_VERSION__}`;
const scope = new URL(sw.registration.scope);
const files = __KB_FILES__.map((path) => new URL(path, scope).href);
const uncached = new Set(__KB_UNCACHED__.map((path) => new URL(path, scope).href));

sw.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kb-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event: FetchEvent) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Query strings never change a static file: /search/?q=… is the search page,
      // and Pagefind asks for pagefind-entry.json?ts=… to bypass HTTP caches.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      try {
        const response = await fetch(request);
        // Kept for the next time without a network (the whole site may not have been cached at install).
        const url = new URL(request.url);
        url.search = '';
        if (response.ok && response.type === 'basic' && !uncached.has(url.href)) event.waitUntil(cache.put(request, response.clone()));
        return response;
      } catch (error) {
        if (request.mode === 'navigate') {
          const notFound = await cache.match(new URL('404.html', scope).href);
          if (notFound) return notFound;
        }
        throw error;
      }
    })(),
  );
});
