/**
 * Firefox for the offline-copy test. Playwright's Firefox is a patched build it
 * cannot download here, so the test drives Debian's firefox-esr through
 * Puppeteer over WebDriver BiDi, installing the package when it is missing.
 */
import { ensureDebianPackage, findFirst } from './debian-package.ts';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | null {
  return findFirst('FIREFOX_PATH', CANDIDATES);
}

export function ensureFirefox(log: (line: string) => void = console.log): string {
  return ensureDebianPackage({
    package: 'firefox-esr',
    find: findFirefox,
    howToInstall: 'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.',
    log,
  });
}
