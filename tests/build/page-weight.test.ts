/**
 * Weight budget: a source page, with everything it loads (stylesheets, icon,
 * any script), stays under 17.7 KB transferred with gzip: a regression guard just
 * above the heaviest (遂宁, 17.5 KB: HTML 11.8, CSS 4.2, page script 1.3, icon 0.2,
 * bodies at gzip level 9). Term previews, BibTeX/CSL-JSON, the term list's context
 * sentences, the copy tool's marks and the suggestions list's rules are not part of
 * it: they load on use or live on other pages. `npm run bench` compares it with Starlight's page for the
 * same summary. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readConfig } from '../../src/config.ts';
import { TERM_PREVIEWS_STYLES } from '../../src/site/term-preview-markup.ts';
import { COPY_TOOL_STYLES } from '../../src/site/copy-controls.ts';
import { SUGGEST_STYLES } from '../../src/search/build/bundle-path.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const distDir = DIST_DIR;
const BUDGET = 17.7 * 1024;
const base = readConfig().base;

/** Local files a page loads: stylesheets, icons, scripts, images. */
function pageResources(html: string): string[] {
  const urls = [...html.matchAll(/<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]+)"/g)]
    .filter((m) => !/rel="(?:prev|next|canonical|alternate)"/.test(m[0]))
    .map((m) => m[1]!);
  return [...new Set(urls)];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

describe('source pages stay under 17.7 KB transferred (gzip)', () => {
  it('has a build to check', () => assert.ok(existsSync(`${distDir}/sources`), 'run `npm run build` first'));
  const slugs = existsSync(`${distDir}/sources`)
    ? readdirSync(`${distDir}/sources`, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  for (const slug of slugs) {
    it(slug, () => {
      const html = readFileSync(join(distDir, 'sources', slug, 'index.html'));
      let total = gz(html);
      const parts = [`html ${gz(html)}`];
      for (const url of pageResources(html.toString('utf8'))) {
        assert.ok(url.startsWith(base), `${slug} loads ${url}, which is not under ${base}`);
        const file = join(distDir, url.slice(base.length));
        assert.ok(existsSync(file), `${slug} loads ${url}, which is not in dist/`);
        const size = gz(readFileSync(file));
        total += size;
        parts.push(`${url} ${size}`);
      }
      assert.ok(total < BUDGET, `${slug}: ${total} bytes gzip (${parts.join(', ')}) exceeds ${BUDGET}`);
    });
  }
});

/** Rules only other pages use: the search page's layout, the glossary index, the printed glossary sheet. */
const OTHER_PAGES_RULES = ['.search-layout', '.term-index', '.sheet-term'];
const stylesheets = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(distDir, m[1]!.slice(base.length)), 'utf8'));

describe('a source page loads only the CSS its components use', () => {
  it('the source pages carry none of the rules that only other pages use', () => {
    const slug = readdirSync(`${distDir}/sources`, { withFileTypes: true }).find((d) => d.isDirectory())!.name;
    const css = stylesheets(readFileSync(join(distDir, 'sources', slug, 'index.html'), 'utf8')).join('\n');
    assert.ok(css.includes('.term-preview-button'), `${slug}: its stylesheet has the rules of the term previews' buttons`);
    // The popovers' rules come with their script, on first use.
    assert.ok(!css.includes('.term-preview{'), `${slug} loads the popovers' rules, which come with their script`);
    assert.ok(readFileSync(join(distDir, TERM_PREVIEWS_STYLES), 'utf8').includes('.term-preview{'), `${TERM_PREVIEWS_STYLES} has the popovers' rules`);
    for (const rule of OTHER_PAGES_RULES) assert.ok(!css.includes(rule), `${slug} loads ${rule}, which only other pages use`);
    // What the copy tool and the suggestions show comes with them, on first use.
    for (const [rule, file] of [
      ['.copy-link[data-copied]{', COPY_TOOL_STYLES],
      ['.suggest-list', SUGGEST_STYLES],
    ] as const) {
      assert.ok(!css.includes(rule), `${slug} loads ${rule}, which comes with ${file}`);
      assert.ok(readFileSync(join(distDir, file), 'utf8').includes(rule), `${file} has ${rule}`);
    }
  });
  it('the pages that use those rules load them', () => {
    for (const [page, rule] of [
      ['search/index.html', '.search-layout'],
      ['terms/index.html', '.term-index'],
      ['print/terms/index.html', '.sheet-term'],
    ] as const) {
      assert.ok(
        stylesheets(readFileSync(join(distDir, page), 'utf8'))
          .join('\n')
          .includes(rule),
        `${page} does not load ${rule}`,
      );
    }
  });
});
