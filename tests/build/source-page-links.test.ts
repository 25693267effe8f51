/**
 * Links inside each built source page, read from its HTML: the table of contents
 * lands on the page's own headings, every term link names an existing term, and
 * every linked term has exactly one preview that each invoker points at.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, builtDocument, findAll, hasClass, inside } from '../support/built-html.ts';
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

  it('one preview per linked term, and every invoker points at one', () => {
    for (const { slug, doc } of pages) {
      const linked = findAll(doc, (el) => el.name === 'a' && hasClass(el, 'term-link')).map((a) => attr(a, 'data-term')!);
      const previews = findAll(doc, (el) => hasClass(el, 'term-preview') && attr(el, 'popover') !== undefined).map((d) => attr(d, 'id') ?? '');
      assert.deepEqual([...previews].sort(), [...new Set(linked)].map((s) => `tp-${s}`).sort(), slug);
      const targets = findAll(doc, (el) => attr(el, 'interestfor') !== undefined || attr(el, 'popovertarget') !== undefined).map(
        (el) => attr(el, 'interestfor') ?? attr(el, 'popovertarget'),
      );
      for (const id of targets) assert.ok(previews.includes(id!), `${slug}: an invoker points at ${id}, which is no preview`);
    }
  });
});
