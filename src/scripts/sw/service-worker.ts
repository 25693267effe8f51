/**
 * The hosted site's service worker: after a reader has opened the search page
 * once (which registers it), the whole site — pages, styles, search bundle and
 * Pagefind index — is cached, so the site can be read and searched again
 * without a network. Each build has its own cache; older ones are removed.
 *
 * Built by src/integrations/service-worker.ts with the list of files to cache.
 */
/// <reference lib="webworker" />
declare const __KB_VERSION__: string;
declare const __KB_FILES__: string[];

const sw = globalThis as unknown as ServiceWorkerGlobalScope;
const CACHE = `kb-${__KB_VERSION__}`;
const scope = new URL(sw.registration.scope);
const files = __KB_FILES__.map((path) => new URL(path, scope).href);

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
        return await fetch(request);
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
