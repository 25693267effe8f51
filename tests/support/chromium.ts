/**
 * Finds a Chromium for Playwright, or installs Debian's package when it can.
 * Playwright cannot download its own browsers on this project's machines, so
 * the tests drive the system Chromium through `executablePath`.
 *
 * The end-to-end tests run headless, in Debian's `chromium-headless-shell`: the same
 * Blink and V8 as `chromium`, built without the desktop browser around them (no GPU
 * process, no browser UI), as Playwright's own headless Chromium is. Each page costs
 * it about a third less processor time than the full browser in headless mode.
 */
import { ensureDebianPackage, findFirst } from './debian-package.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
/** Debian's headless shell (its /usr/bin script only runs this binary, and would stay between Playwright and the browser). */
const HEADLESS_SHELL_CANDIDATES = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

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

/** The headless shell, or null when it is not installed (CHROMIUM_PATH, when set, chooses the browser instead). */
export function findHeadlessShell(): string | null {
  if (process.env.CHROMIUM_PATH) return null;
  return findFirst('CHROMIUM_HEADLESS_SHELL_PATH', HEADLESS_SHELL_CANDIDATES);
}

/** The browser of the end-to-end tests, without installing anything: CHROMIUM_PATH when set, else the headless shell, else the full Chromium. */
export function findTestChromium(): string | null {
  return findHeadlessShell() ?? findChromium();
}

/**
 * The browser of the end-to-end tests: CHROMIUM_PATH when set; else the headless shell,
 * installed with apt-get when it is missing and we are root on Debian (as `npm test`
 * installs its other browsers); else the full Chromium, with a line saying what that costs.
 */
export function ensureTestChromium(log: (line: string) => void = console.log): string | null {
  if (process.env.CHROMIUM_PATH) return findChromium();
  try {
    return ensureDebianPackage({
      package: 'chromium-headless-shell',
      find: findHeadlessShell,
      howToInstall: 'chromium-headless-shell not found',
      log,
    });
  } catch (error) {
    log(
      `${(error as Error).message.split('\n')[0]}: the end-to-end tests use the full Chromium, which costs more processor time per page (Debian/Ubuntu: \`sudo apt-get install -y chromium-headless-shell\`).`,
    );
    return findChromium();
  }
}
