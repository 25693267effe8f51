/**
 * Previous and next links, read from the built pages: sources link to their neighbours
 * by date, oldest first; a term page links to the terms of its own category, in pinyin
 * order, so following 下一篇 from the first walks the whole category.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { attr, builtDocument, builtFile, findAll, hasClass, type HtmlDocument, inside, sitePathOf, textOf } from '../support/built-html.ts';
import { sources, terms } from '../support/site-content.ts';

const link = (doc: HtmlDocument, rel: 'prev' | 'next') =>
  findAll(doc, (el) => el.name === 'a' && attr(el, 'rel') === rel && inside(el, (a) => hasClass(a, 'prev-next')));

describe('previous and next', () => {
  it('sources link to their neighbours by date, oldest first', () => {
    const byDate = [...sources].sort((a, b) => a.data.date.value.localeCompare(b.data.date.value));
    for (const [i, source] of byDate.entries()) {
      const doc = builtDocument(`sources/${source.slug}/`);
      const [prev, next] = [link(doc, 'prev'), link(doc, 'next')];
      if (i === 0) assert.equal(prev.length, 0, `${source.slug}: the oldest has no previous`);
      else assert.match(attr(prev[0]!, 'href') ?? '', new RegExp(`/sources/${byDate[i - 1]!.slug}/$`), `${source.slug}: previous`);
      if (i === byDate.length - 1) assert.equal(next.length, 0, `${source.slug}: the newest has no next`);
      else assert.match(attr(next[0]!, 'href') ?? '', new RegExp(`/sources/${byDate[i + 1]!.slug}/$`), `${source.slug}: next`);
    }
  });

  it('terms walk through their own category in pinyin order', () => {
    const category = '帮扶举措';
    const expected = terms
      .filter((t) => t.data.category === category)
      .sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin, 'en'))
      .map((t) => t.slug);
    assert.ok(expected.length > 3);
    assert.equal(link(builtDocument(`terms/${expected[0]}/`), 'prev').length, 0, 'the first term of the category has no previous');
    const walked: string[] = [];
    const outside: string[] = [];
    let path: string | undefined = `terms/${expected[0]}/`;
    while (path !== undefined && walked.length <= terms.length) {
      assert.ok(existsSync(builtFile(path)), `${walked.at(-1)}: 下一篇 links to ${path}, which was not built`);
      const doc = builtDocument(path);
      const slug = /^terms\/([^/]+)\/$/.exec(path)?.[1] ?? path;
      walked.push(slug);
      const inCategory = findAll(doc, (el) => el.name === 'dd' && inside(el, (a) => hasClass(a, 'term-page'))).some((dd) => textOf(dd).includes(category));
      if (!inCategory) outside.push(slug);
      const next = link(doc, 'next')[0];
      path = next ? sitePathOf(attr(next, 'href')!) : undefined;
    }
    assert.deepEqual(outside, [], 'every page of the walk is in the category');
    assert.deepEqual(walked, expected);
  });
});
