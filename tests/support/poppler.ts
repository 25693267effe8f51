/**
 * Poppler's command-line tools (pdfinfo, pdftotext, pdftoppm) for the handout
 * tests, which print pages to PDF in Chromium and then read and render the PDF.
 * Installs Debian's poppler-utils with apt-get when missing and running as root,
 * as tests/support/chromium.ts does for Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = ['pdfinfo', 'pdftotext', 'pdftoppm'];
const DIRS = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'];

export function findPoppler(): string | null {
  return DIRS.find((dir) => TOOLS.every((tool) => existsSync(`${dir}/${tool}`))) ?? null;
}

export function ensurePoppler(log: (line: string) => void = console.log): string {
  const found = findPoppler();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error('pdftoppm/pdftotext not found. Install poppler (Debian/Ubuntu: `sudo apt-get install -y poppler-utils`).');
  }
  log('No poppler-utils found: installing Debian package "poppler-utils" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
  const installed = findPoppler();
  if (!installed) throw new Error('apt-get finished but pdftoppm was not found.');
  return installed;
}
