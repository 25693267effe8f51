/**
 * The original-text pages of the build against the content and the raw files:
 * every paragraph anchor is the raw line of its paragraph (so it stays put
 * until the archive file changes), every quote of a summary and every term
 * mention links to an anchor that exists and holds it, and the pages are in
 * the search index and the noise scan. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pageElements } from '../../scripts/verify/html-dom.ts';
import { readConfig } from '../../src/config.ts';
import { comparisonKey } from '../../src/text/comparison-keys.ts';
import { readDistTexts } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';
import { originalParagraphs, sources, terms } from '../support/site-content.ts';

const distDir = DIST_DIR;
const base = readConfig().base;
const built = existsSync(join(distDir, 'index.html'));
const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');

/** Paragraph id → its text (the text of the element, line number and controls left out), on an original-text page. */
function anchoredText(slug: string): Map<string, string> {
  const blocks = pageElements(page(`sources/${slug}/text`)).filter((e) => /(^|\s)original-block(\s|$)/.test(e.attrs.class ?? ''));
  return new Map(blocks.map((e) => [e.attrs.id!, e.text()]));
}

/** Internal links of a page with a class, as [page path under the base, anchor]. */
/** The links of one class on the page at `pagePath` (sources/x), each read against the page's address (a source page links its text relatively: text/#l12). */
function links(html: string, className: string, pagePath: string): Array<{ path: string; id: string; text: string }> {
  return pageElements(html)
    .filter((e) => e.tag === 'a' && (e.attrs.class ?? '').split(/\s+/).includes(className))
    .map((e) => {
      const url = new URL(e.attrs.href!, `http://site${base}${pagePath}/`);
      assert.ok(url.pathname.startsWith(base), `${e.attrs.href} is not under the base ${base}`);
      return { path: url.pathname.slice(base.length).replace(/\/$/, ''), id: url.hash.slice(1), text: e.text() };
    });
}

describe('original texts', () => {
  it('has a build to check', () => assert.ok(built, 'run `npm run build` first'));
  if (!built) return;

  it('every paragraph of every source has the anchor of its raw line, in reading order, and nothing else is anchored so', () => {
    for (const s of sources) {
      const shown = anchoredText(s.slug);
      const expected = originalParagraphs(s.slug);
      assert.deepEqual(
        [...shown.keys()],
        expected.map((p) => `l${p.line}`),
        s.slug,
      );
      for (const p of expected) assert.ok(shown.get(`l${p.line}`)!.includes(p.text), `${s.slug}#l${p.line} does not show raw line ${p.line}`);
    }
  });

  it('every quote of a summary links to an existing anchor of its original text, whose paragraph holds the quote', () => {
    for (const s of sources) {
      const found = links(page(`sources/${s.slug}`), 'quote-origin', `sources/${s.slug}`);
      assert.equal(found.length, s.data.quotes.length, `${s.slug}: one link per quote`);
      const anchored = anchoredText(s.slug);
      found.forEach((link, i) => {
        assert.equal(link.path, `sources/${s.slug}/text`);
        const paragraph = anchored.get(link.id);
        assert.ok(paragraph !== undefined, `${s.slug} quotes[${i}] links to #${link.id}, which is not on the original-text page`);
        assert.ok(comparisonKey(paragraph).includes(comparisonKey(s.data.quotes[i]!.text)), `${s.slug} quotes[${i}]: #${link.id} does not hold the quote`);
      });
    }
  });

  it("every 出现在 link of a term page leads to a paragraph of the original that uses the term's name", () => {
    let checked = 0;
    for (const t of terms) {
      for (const link of links(page(`terms/${t.slug}`), 'mention-origin', `terms/${t.slug}`)) {
        const slug = /^sources\/([^/]+)\/text$/.exec(link.path)?.[1];
        assert.ok(slug, `${t.slug}: ${link.path} is not an original-text page`);
        const paragraph = anchoredText(slug!).get(link.id);
        assert.ok(paragraph !== undefined, `${t.slug} links to ${link.path}#${link.id}, which does not exist`);
        const names = [t.data.term, t.data.traditional, ...(t.data.aliases ?? [])].map((n) => comparisonKey(n).replace(/[“”"]/g, ''));
        const text = comparisonKey(paragraph).replace(/[“”"]/g, '');
        assert.ok(
          names.some((n) => text.includes(n)),
          `${t.slug}: ${link.path}#${link.id} names none of ${names.join('、')}`,
        );
        checked++;
      }
    }
    assert.ok(checked > 0, 'no 出现在 links into the original texts');
  });

  it('are in the search index (type 原文) and in the noise scan', () => {
    const texts = readDistTexts(distDir);
    for (const s of sources)
      assert.ok(
        texts.some((t) => t.file === join('sources', s.slug, 'text', 'index.html')),
        `${s.slug}: no original-text page scanned`,
      );
    const fragments = texts.filter((t) => t.file.includes('fragment'));
    for (const s of sources) {
      const url = `${base}sources/${s.slug}/text/`;
      const fragment = fragments.find((f) => f.text.includes(`"url":"${url}"`) || f.text.includes(url));
      assert.ok(fragment, `${url} is not in the search index`);
      assert.ok(fragment.text.includes('原文'), `${url}: its record is not marked 原文`);
    }
  });
});
