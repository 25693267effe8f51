/**
 * Poppler's command-line tools (pdfinfo, pdftotext, pdftoppm) for the handout
 * tests, which print pages to PDF in Chromium and then read and render the PDF.
 * Installs Debian's poppler-utils with apt-get when missing and running as root,
 * as tests/support/chromium.ts does for Chromium.
 */
import { existsSync } from 'node:fs';
import { ensureDebianPackage } from './debian-package.ts';

const TOOLS = ['pdfinfo', 'pdftotext', 'pdftoppm'];
const DIRS = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'];

export function findPoppler(): string | null {
  return DIRS.find((dir) => TOOLS.every((tool) => existsSync(`${dir}/${tool}`))) ?? null;
}

export function ensurePoppler(log: (line: string) => void = console.log): string {
  return ensureDebianPackage({
    package: 'poppler-utils',
    find: findPoppler,
    howToInstall: 'pdftoppm/pdftotext not found. Install poppler (Debian/Ubuntu: `sudo apt-get install -y poppler-utils`).',
    log,
  });
}
