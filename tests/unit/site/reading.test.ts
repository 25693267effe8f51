import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { buildToc, isLongPage, tocSize } from '../../../src/site/toc.ts';
import { neighbourMap } from '../../../src/util/neighbours.ts';
import { relatedGraph } from '../../../src/content/related-terms.ts';
import { remarkTermLinks, termPreviewId } from '../../../src/markdown/remark-term-links.ts';

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

describe('term links with previews', () => {
  const terms = [
    { slug: 'liang-bu-chou-san-bao-zhang', term: '两不愁三保障', definition: '定义甲', names: ['两不愁三保障'] },
    { slug: 'jing-zhun-fu-pin', term: '精准扶贫', definition: '定义乙', names: ['精准扶贫'] },
  ];
  async function render(markdown: string) {
    const file = await unified()
      .use(remarkParse)
      .use(remarkTermLinks, { terms, termHref: (slug: string) => `/kb/terms/${slug}/` })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process({ value: markdown, path: '/x/content/sources/test.md' });
    return { html: String(file), data: file.data as { astro?: { frontmatter?: { linkedTerms?: string[] } } } };
  }

  it('makes each link an interest invoker followed by a button for the same preview', async () => {
    const { html } = await render('落实精准扶贫。');
    const id = termPreviewId('jing-zhun-fu-pin');
    assert.equal(id, 'tp-jing-zhun-fu-pin');
    assert.match(
      html,
      new RegExp(
        `<a href="/kb/terms/jing-zhun-fu-pin/" class="term-link" data-term="jing-zhun-fu-pin" interestfor="${id}">精准扶贫</a>` +
          `<button type="button" class="term-preview-button" popovertarget="${id}" aria-label="术语预览：精准扶贫"></button>`,
      ),
    );
  });

  it('adds no characters to the text, so search and copy see the sentence unchanged', async () => {
    const { html } = await render('落实精准扶贫和两不愁三保障。');
    assert.equal(html.replace(/<[^>]+>/g, ''), '落实精准扶贫和两不愁三保障。');
  });

  it('records each linked term once, for the page to render one preview per term', async () => {
    const { data } = await render('## 甲\n\n精准扶贫，两不愁三保障。\n\n## 乙\n\n又是精准扶贫，见[此处](term:jing-zhun-fu-pin)。');
    assert.deepEqual(data.astro?.frontmatter?.linkedTerms?.sort(), ['jing-zhun-fu-pin', 'liang-bu-chou-san-bao-zhang']);
  });

  it('keeps links in glossary entries plain: no preview invoker, no button', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkTermLinks, { terms, termHref: (slug: string) => `/terms/${slug}/` })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process({ value: '与精准扶贫有关。', path: '/x/content/terms/liang-bu-chou-san-bao-zhang.md' });
    assert.equal(String(file), '<p>与<a href="/terms/jing-zhun-fu-pin/" class="term-link" data-term="jing-zhun-fu-pin">精准扶贫</a>有关。</p>');
    assert.deepEqual((file.data as { astro?: { frontmatter?: { linkedTerms?: string[] } } }).astro?.frontmatter?.linkedTerms, []);
  });

  it('records nothing when no term is linked', async () => {
    const { html, data } = await render('没有术语。');
    assert.deepEqual(data.astro?.frontmatter?.linkedTerms, []);
    assert.doesNotMatch(html, /button/);
  });
});
