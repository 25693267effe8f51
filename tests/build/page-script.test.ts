/** The script every page loads in <head> (theme memory, `/` shortcut, suggestions on demand) stays within its gzip budget. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { PAGE_SCRIPT, PAGE_SCRIPT_GZIP_BUDGET, SOURCE_PAGE_SCRIPT } from '../../src/site/page-script-url.ts';
import { readSite } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

describe('the page script', () => {
  it(`is at most ${PAGE_SCRIPT_GZIP_BUDGET} bytes gzip, in both forms`, () => {
    for (const script of [PAGE_SCRIPT, SOURCE_PAGE_SCRIPT]) {
      const bytes = gzipSync(readFileSync(`${DIST_DIR}/${script}`), { level: 9 }).length;
      assert.ok(bytes <= PAGE_SCRIPT_GZIP_BUDGET, `${script}: ${bytes} bytes gzip, budget ${PAGE_SCRIPT_GZIP_BUDGET}`);
    }
  });

  it('is loaded by every page, in <head>, as a classic blocking script (no defer, async or module)', () => {
    const pages = readSite(DIST_DIR).pages.filter((p) => !/http-equiv="refresh"/.test(p.html) && !p.path.startsWith('_kb/'));
    assert.ok(pages.length > 10);
    for (const page of pages) {
      const headHtml = page.html.slice(0, page.html.indexOf('</head>'));
      // Source pages load its form with the term previews' buttons, page-source.js.
      const tags = headHtml.match(/<script\b[^>]*\bsrc="[^"]*_kb\/page(?:-source)?\.js"[^>]*>/g) ?? [];
      assert.equal(
        /_kb\/page-source\.js"/.test(tags[0] ?? ''),
        /^\/?sources\/[^/]+\/(?:index\.html)?$/.test(page.path),
        `${page.path}: the source pages', and only they, load page-source.js`,
      );
      assert.equal(tags.length, 1, `${page.path}: one page script in <head>`);
      assert.doesNotMatch(tags[0]!, /\b(defer|async|type="module")\b/, page.path);
    }
  });
});
