import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { buildToc, isLongPage, tocSize } from '../../../src/site/toc.ts';
import { neighbourMap } from '../../../src/util/neighbours.ts';
import { relatedGraph } from '../../../src/content/related-terms.ts';
import { remarkTermLinks } from '../../../src/markdown/remark-term-links.ts';
import { previewTable } from '../../../src/emit/term-previews-step.ts';
import { previewLabel, termPreviewId } from '../../../src/site/term-preview-markup.ts';

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and ignores h1 and h4', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: '标题' },
      { depth: 2, slug: 'a', text: '甲 ' },
      { depth: 3, slug: 'a1', text: '甲一' },
      { depth: 4, slug: 'a1x', text: '太深' },
      { depth: 2, slug: 'b', text: '乙' },
    ]);
    assert.deepEqual(toc, [
      { id: 'a', text: '甲', children: [{ id: 'a1', text: '甲一', children: [] }] },
      { id: 'b', text: '乙', children: [] },
    ]);
    assert.equal(tocSize(toc), 3);
  });

  it('keeps an h3 that comes before any h2', () => {
    assert.deepEqual(
      buildToc([{ depth: 3, slug: 'x', text: 'x' }]).map((e) => e.id),
      ['x'],
    );
  });

  it('counts a page as long only with enough sections and text', () => {
    const three = buildToc(['a', 'b', 'c'].map((slug) => ({ depth: 2, slug, text: slug })));
    assert.equal(isLongPage(three, 5000), true);
    assert.equal(isLongPage(three, 100), false);
    assert.equal(isLongPage(three.slice(0, 2), 5000), false);
  });
});

describe('previous and next', () => {
  const list = ['a', 'b', 'c'];
  it('gives the neighbours, and nothing past the ends', () => {
    const map = neighbourMap(list, (x) => x);
    assert.deepEqual(map.get('b'), { previous: 'a', next: 'c' });
    assert.deepEqual(map.get('a'), { previous: undefined, next: 'b' });
    assert.deepEqual(map.get('c'), { previous: 'b', next: undefined });
    assert.equal(map.get('z'), undefined);
  });
});

describe('related terms', () => {
  it('are symmetric, declared ones first, without self-links or repeats', () => {
    const graph = relatedGraph([
      { slug: 'a', related: ['c', 'a'] },
      { slug: 'b', related: ['a'] },
      { slug: 'c', related: ['a'] },
      { slug: 'd', related: [] },
    ]);
    assert.deepEqual(graph.get('a'), ['c', 'b']);
    assert.deepEqual(graph.get('b'), ['a']);
    assert.deepEqual(graph.get('c'), ['a']);
    assert.deepEqual(graph.get('d'), []);
  });
});

describe('term links', () => {
  const terms = [
    { slug: 'liang-bu-chou-san-bao-zhang', term: '两不愁三保障', definition: '定义甲', names: ['两不愁三保障'] },
    { slug: 'jing-zhun-fu-pin', term: '精准扶贫', definition: '定义乙', names: ['精准扶贫'] },
  ];
  async function render(markdown: string, path = '/x/content/sources/test.md') {
    const file = await unified()
      .use(remarkParse)
      .use(remarkTermLinks, { terms, termHref: (slug: string) => `/kb/terms/${slug}/` })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process({ value: markdown, path });
    return String(file);
  }

  it('writes a plain link carrying the slug: the preview, its button and its popover are made in the browser, on first use', async () => {
    const html = await render('落实精准扶贫。');
    assert.equal(html, '<p>落实<a href="/kb/terms/jing-zhun-fu-pin/" class="term-link" data-term="jing-zhun-fu-pin">精准扶贫</a>。</p>');
    assert.doesNotMatch(html, /button|popover|interestfor/);
  });

  it('adds no characters to the text, so search and copy see the sentence unchanged', async () => {
    const html = await render('落实精准扶贫和两不愁三保障。');
    assert.equal(html.replace(/<[^>]+>/g, ''), '落实精准扶贫和两不愁三保障。');
  });

  it('links the first mention in each section, and explicit term: links', async () => {
    const html = await render('## 甲\n\n精准扶贫，精准扶贫，两不愁三保障。\n\n## 乙\n\n又是精准扶贫，见[此处](term:jing-zhun-fu-pin)。');
    assert.deepEqual(
      [...html.matchAll(/data-term="([^"]+)">([^<]+)</g)].map((m) => `${m[1]}:${m[2]}`),
      ['jing-zhun-fu-pin:精准扶贫', 'liang-bu-chou-san-bao-zhang:两不愁三保障', 'jing-zhun-fu-pin:精准扶贫', 'jing-zhun-fu-pin:此处'],
    );
  });

  it('never links a glossary entry to itself', async () => {
    const html = await render('两不愁三保障与精准扶贫有关。', '/x/content/terms/liang-bu-chou-san-bao-zhang.md');
    assert.equal(html, '<p>两不愁三保障与<a href="/kb/terms/jing-zhun-fu-pin/" class="term-link" data-term="jing-zhun-fu-pin">精准扶贫</a>有关。</p>');
  });
});

describe('term previews', () => {
  it('a preview is named by its term, and its id is the one the buttons point at', () => {
    assert.equal(termPreviewId('jing-zhun-fu-pin'), 'preview-jing-zhun-fu-pin');
    assert.equal(previewLabel('精准扶贫'), '术语预览：精准扶贫');
  });

  it("the previews' script holds each entry's name, pinyin and definition by slug", () => {
    assert.deepEqual(
      previewTable([
        { slug: 'jing-zhun-fu-pin', term: '精准扶贫', pinyin: 'jīngzhǔn fúpín', definition: '定义乙' },
        { slug: 'x', term: '甲', definition: '定义' },
      ]),
      { 'jing-zhun-fu-pin': ['精准扶贫', 'jīngzhǔn fúpín', '定义乙'], x: ['甲', '', '定义'] },
    );
  });
});
