/**
 * A system font with Chinese glyphs, for the tests that print pages to PDF and
 * read them back (handouts, study sheets): without one, Chromium prints empty
 * boxes and pdftotext finds no Chinese text. The site itself names system CJK
 * fonts and ships none. Installs Debian's fonts-noto-cjk when missing and
 * running as root, as tests/support/chromium.ts does for Chromium.
 */
import { execFileSync } from 'node:child_process';
import { ensureDebianPackage } from './debian-package.ts';

/** The first font family fontconfig knows for Chinese, or null. */
export function findCjkFont(): string | null {
  try {
    const families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return families === '' ? null : families.split('\n')[0]!.split(',')[0]!;
  } catch {
    return null;
  }
}

export function ensureCjkFont(log: (line: string) => void = console.log): string {
  return ensureDebianPackage({
    package: 'fonts-noto-cjk',
    find: findCjkFont,
    howToInstall: 'No font with Chinese glyphs found (fc-list :lang=zh). Install one (Debian/Ubuntu: `sudo apt-get install -y fonts-noto-cjk`).',
    log,
  });
}
