/**
 * Records what a page asks for, with the network cut: requests to the test
 * server go through, anything else is aborted and recorded, and so is every
 * Content-Security-Policy violation the browser reports. The routes and
 * listeners sit on the browser context, so requests of a service worker the
 * page registers are recorded as well as the page's own.
 */
import type { Page, Request } from '@playwright/test';

export interface RequestLog {
  /** URLs of requests that would have left the site. */
  outside: string[];
  /** CSP violations reported by the browser (console), e.g. "Refused to connect to 'https://…'". */
  cspViolations: string[];
  /** Resolves once no request of the context is in flight. */
  quiet(): Promise<void>;
}

/** Cuts the network for this page's context: only `siteOrigin` is reachable. Call before the first goto. */
export async function cutNetwork(page: Page, siteOrigin: string): Promise<RequestLog> {
  const context = page.context();
  const inFlight = new Set<Request>();
  let waiting: Array<() => void> = [];
  const settle = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  const log: RequestLog = {
    outside: [],
    cspViolations: [],
    quiet: () => (inFlight.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
  };
  context.on('request', (request) => inFlight.add(request));
  context.on('requestfinished', settle);
  context.on('requestfailed', settle);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === siteOrigin) return route.continue();
    log.outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) log.cspViolations.push(text);
  });
  return log;
}

/**
 * Waits, after the `load` event, for every request a built page can still make
 * on its own: lazy images and frames (made to load now, so their addresses are
 * requested too), fonts, a service worker's install (it fetches what it caches),
 * and then for no request to be in flight. The search page's script keeps
 * fetching after load in a chain (Pagefind's script, its wasm, its index) with no
 * sign of its end in the page, so a page with the search bundle also waits for
 * the network to stay quiet (networkidle); it also registers the service worker.
 */
export async function settle(page: Page, log: RequestLog): Promise<void> {
  const fetchesAfterLoad = await page.evaluate(async () => {
    const lazy = [...document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>('img[loading="lazy"], iframe[loading="lazy"]')];
    for (const element of lazy) element.loading = 'eager';
    await Promise.all(
      [...document.images]
        .filter((img) => !img.complete)
        .map((img) => new Promise((resolve) => ['load', 'error'].forEach((type) => img.addEventListener(type, resolve, { once: true })))),
    );
    await document.fonts.ready;
    const searchScript = document.querySelector('script[src$="/_kb/search.js"]') !== null;
    if ('serviceWorker' in navigator && (searchScript || (await navigator.serviceWorker.getRegistration()))) {
      await navigator.serviceWorker.ready;
    }
    return searchScript;
  });
  if (fetchesAfterLoad) await page.waitForLoadState('networkidle');
  await log.quiet();
}

export function describeLog(path: string, log: RequestLog): string {
  return [...log.outside.map((url) => `/${path} requested ${url}, which leaves the site`), ...log.cspViolations.map((text) => `/${path}: ${text}`)].join('\n');
}
