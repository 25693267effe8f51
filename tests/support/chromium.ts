/**
 * Finds a Chromium for Playwright, or installs Debian's package when it can.
 * Playwright cannot download its own browsers on this project's machines, so
 * the tests drive the system Chromium through `executablePath`.
 */
import { ensureDebianPackage, findFirst } from './debian-package.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function findChromium(): string | null {
  return findFirst('CHROMIUM_PATH', CANDIDATES);
}

/** Returns a Chromium path, installing Debian's `chromium` with apt-get if none is found and we are root. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  return ensureDebianPackage({
    package: 'chromium',
    find: findChromium,
    howToInstall: 'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    log,
  });
}
