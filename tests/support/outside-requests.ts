/**
 * Cuts a browser off the network and records what its pages ask for.
 *
 * The cut is the browser's own: every end-to-end test runs in a Chromium started with
 * `NETWORK_CUT_ARGS` (playwright.config.ts), a host resolver that finds no address for any
 * host but 127.0.0.1 (IP literals included), so a request for anything else fails with
 * `net::ERR_NAME_NOT_RESOLVED` before a connection is tried. No request is intercepted, so
 * pages load at their normal cost. One browser for every spec also keeps them all on the
 * same Playwright workers (launch options are per worker: a spec with its own would need
 * workers, and browsers, of its own).
 *
 * The record is the browser context's: every request of the context (its pages' and
 * a service worker's) whose origin is not the site's is kept with how it failed, and
 * so is every Content-Security-Policy violation the page reports on its console.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';

/** The error Chromium reports for a request the cut stopped. */
export const CUT_ERROR = 'net::ERR_NAME_NOT_RESOLVED';

/** Chromium flags that leave 127.0.0.1 the only host it can reach. */
export const NETWORK_CUT_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface OutsideRequest {
  url: string;
  /** 'page' or 'service worker': who asked. */
  by: string;
  /** How the request failed (Chromium's error text, 'csp' when the policy refused it), once it has. */
  failure?: string;
}

export interface RequestLog {
  /** Requests whose origin is not the site's. */
  outside: OutsideRequest[];
  /** CSP violations reported by the browser (console), e.g. "Refused to connect to 'https://…'". */
  cspViolations: string[];
  /** Resolves once no request of the context's pages is in flight (a service worker's are not waited for). */
  quiet(): Promise<void>;
  /** Empties `outside` and `cspViolations`, before the next page. */
  clear(): void;
}

/**
 * Records every request of the page's context that leaves `siteOrigin`, and the page's CSP
 * violations. Call before the first goto. In a browser launched with `NETWORK_CUT_ARGS`
 * (every end-to-end test's), what is recorded also fails.
 */
export function recordRequests(page: Page, siteOrigin: string): RequestLog {
  const context: BrowserContext = page.context();
  const inFlight = new Set<Request>();
  let waiting: Array<() => void> = [];
  const outside: OutsideRequest[] = [];
  const byRequest = new Map<Request, OutsideRequest>();
  const done = (request: Request) => {
    if (!inFlight.delete(request) || inFlight.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  context.on('request', (request) => {
    const fromWorker = request.serviceWorker() !== null;
    if (!fromWorker) inFlight.add(request);
    if (new URL(request.url()).origin === siteOrigin) return;
    const entry: OutsideRequest = { url: request.url(), by: fromWorker ? 'service worker' : 'page' };
    outside.push(entry);
    byRequest.set(request, entry);
  });
  context.on('requestfinished', done);
  context.on('requestfailed', (request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
    done(request);
  });
  const log: RequestLog = {
    outside,
    cspViolations: [],
    quiet: () => (inFlight.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    clear: () => {
      outside.length = 0;
      log.cspViolations.length = 0;
    },
  };
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) log.cspViolations.push(text);
  });
  return log;
}

/**
 * Waits, after the `load` event, for every request a built page can still make on its
 * own: lazy images and frames (made to load now, so their addresses are requested too),
 * fonts, and then for none of the page's requests to be in flight. The search page's
 * script keeps fetching after load in a chain (Pagefind's script, its wasm, its index)
 * with no sign of its end in the page, so a page with the search bundle also waits for
 * the network to stay quiet (networkidle). The service worker the search page registers
 * is not waited for: its requests are recorded while the page is open, and the offline
 * spec checks that its whole install asks only the site.
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
    return document.querySelector('script[src$="/_kb/search.js"]') !== null;
  });
  if (fetchesAfterLoad) await page.waitForLoadState('networkidle');
  await log.quiet();
}

export function describeLog(path: string, log: RequestLog): string {
  return [
    ...log.outside.map((r) => `/${path}: the ${r.by} requested ${r.url}, which leaves the site${r.failure ? ` (${r.failure})` : ''}`),
    ...log.cspViolations.map((text) => `/${path}: ${text}`),
  ].join('\n');
}
