/**
 * Records what a page asks for, with the network cut: requests to the test
 * server go through, anything else is aborted and recorded, and so is every
 * Content-Security-Policy violation the browser reports.
 */
import type { Page } from '@playwright/test';

export interface RequestLog {
  /** URLs of requests that would have left the site. */
  outside: string[];
  /** CSP violations reported by the browser (console), e.g. "Refused to connect to 'https://…'". */
  cspViolations: string[];
}

/** Cuts the network for this page: only `siteOrigin` is reachable. Call before the first goto. */
export async function cutNetwork(page: Page, siteOrigin: string): Promise<RequestLog> {
  const log: RequestLog = { outside: [], cspViolations: [] };
  await page.route('**/*', async (route) => {
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

export function describeLog(path: string, log: RequestLog): string {
  return [...log.outside.map((url) => `/${path} requested ${url}, which leaves the site`), ...log.cspViolations.map((text) => `/${path}: ${text}`)].join('\n');
}
