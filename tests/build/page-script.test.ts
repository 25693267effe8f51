/** The script every page loads in <head> (theme memory, `/` shortcut, suggestions on demand) stays within its gzip budget. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { PAGE_SCRIPT, PAGE_SCRIPT_GZIP_BUDGET } from '../../src/site/page-script-url.ts';
import { readSite } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

describe('the page script', () => {
  it(`is at most ${PAGE_SCRIPT_GZIP_BUDGET} bytes gzip`, () => {
    const bytes = gzipSync(readFileSync(`${DIST_DIR}/${PAGE_SCRIPT}`), { level: 9 }).length;
    assert.ok(bytes <= PAGE_SCRIPT_GZIP_BUDGET, `${PAGE_SCRIPT}: ${bytes} bytes gzip, budget ${PAGE_SCRIPT_GZIP_BUDGET}`);
  });

  it('is loaded by every page, in <head>, as a classic blocking script (no defer, async or module)', () => {
    const pages = readSite(DIST_DIR).pages.filter((p) => !/http-equiv="refresh"/.test(p.html) && !p.path.startsWith('_kb/'));
    assert.ok(pages.length > 10);
    for (const page of pages) {
      const headHtml = page.html.slice(0, page.html.indexOf('</head>'));
      const tags = headHtml.match(/<script\b[^>]*\bsrc="[^"]*_kb\/page\.js"[^>]*>/g) ?? [];
      assert.equal(tags.length, 1, `${page.path}: one page script in <head>`);
      assert.doesNotMatch(tags[0]!, /\b(defer|async|type="module")\b/, page.path);
    }
  });
});
