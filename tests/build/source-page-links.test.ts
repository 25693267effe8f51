/**
 * Links inside each built source page, read from its HTML: the table of contents
 * lands on the page's own headings, every term link names an existing term, and
 * the summary's term links are marked for previews and every linked term has one
 * in the previews' script, which the page loads on first use (no preview in the HTML).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PREVIEWS_ATTRIBUTE, TERM_PREVIEWS_SCRIPT } from '../../src/site/term-preview-markup.ts';
import { attr, builtDocument, findAll, hasClass, inside } from '../support/built-html.ts';
import { DIST_DIR } from '../support/site-dirs.ts';
import { sources, terms } from '../support/site-content.ts';

const pages = sources.map((s) => ({ slug: s.slug, doc: builtDocument(`sources/${s.slug}/`) }));

describe('links inside a source page', () => {
  it('every link of the table of contents lands on a heading of that page', () => {
    for (const { slug, doc } of pages) {
      const hrefs = findAll(doc, (el) => el.name === 'a' && inside(el, (a) => hasClass(a, 'toc'))).map((a) => attr(a, 'href') ?? '');
      assert.ok(hrefs.length >= 6, `${slug}: ${hrefs.length} links in the table of contents`);
      for (const href of hrefs) {
        assert.match(href, /^#[a-z0-9]+(-[a-z0-9]+)*$/, slug);
        const headings = findAll(doc, (el) => (el.name === 'h2' || el.name === 'h3') && attr(el, 'id') === href.slice(1));
        assert.equal(headings.length, 1, `${slug}: ${href} names one h2 or h3`);
      }
    }
  });

  it('every term link on every source page points to an existing term', () => {
    const slugs = new Set(terms.map((t) => t.slug));
    for (const { slug, doc } of pages) {
      const targets = findAll(doc, (el) => el.name === 'a' && hasClass(el, 'term-link')).map((a) => attr(a, 'data-term'));
      assert.ok(targets.length > 0, `${slug}: no term link`);
      for (const target of targets) assert.ok(slugs.has(target!), `${slug}: term link to ${target}, which is not a term`);
    }
  });

  it("the summary is marked for previews, each linked term has one in the previews' script, and the HTML holds none", () => {
    const script = readFileSync(`${DIST_DIR}/${TERM_PREVIEWS_SCRIPT}`, 'utf8');
    for (const { slug, doc } of pages) {
      const summary = findAll(doc, (el) => hasClass(el, 'summary') && attr(el, PREVIEWS_ATTRIBUTE) !== undefined);
      assert.equal(summary.length, 1, `${slug}: one summary marked ${PREVIEWS_ATTRIBUTE}`);
      const linked = findAll(summary[0]!, (el) => el.name === 'a' && hasClass(el, 'term-link')).map((a) => attr(a, 'data-term')!);
      assert.ok(linked.length > 0, `${slug}: no term link in the summary`);
      for (const term of linked) {
        const entry = terms.find((t) => t.slug === term)!;
        // esbuild writes the key quoted, or bare when it is an identifier.
        const key = [JSON.stringify(term), term].map((k) => `${k}:[${JSON.stringify(entry.data.term)},`);
        assert.ok(
          key.some((k) => script.includes(k)),
          `${slug}: no preview of ${term} in ${TERM_PREVIEWS_SCRIPT}`,
        );
      }
      const inHtml = findAll(
        doc,
        (el) =>
          hasClass(el, 'term-preview') ||
          hasClass(el, 'term-preview-button') ||
          attr(el, 'interestfor') !== undefined ||
          attr(el, 'popovertarget') !== undefined,
      );
      assert.equal(inHtml.length, 0, `${slug}: previews, buttons or invokers written in the HTML`);
    }
  });
});
