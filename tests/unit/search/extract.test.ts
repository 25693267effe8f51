import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeAnchors } from '../../../src/search/core/anchor-map.ts';
import { extractPage } from '../../../src/search/build/extract-page.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { BLOCK_BREAK, buildSearchRecord, INDEX_LANGUAGE } from '../../../src/search/core/search-record.ts';
import { detokenize } from '../../../src/search/core/tokenize.ts';
import { nameToken } from '../../../src/search/core/query-plan.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const table = buildFoldTable(foldToSimplified);

const PAGE = `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body>
<nav>导航不索引</nav>
<article data-pagefind-body data-pagefind-filter="type:来源" data-pagefind-meta="date:2019-07, place:重庆市 · 云阳县">
  <span hidden data-pagefind-filter="province">重庆市</span>
  <h1>推动殷殷嘱托在云阳落地生根<span data-pagefind-ignore>编者拟题</span></h1>
  <section id="summary"><h2 id="yao-dian">要点</h2>
    <p id="p-1">把实现<a href="/terms/x/">“两不愁三保障”</a>作为首要衡量尺度。</p>
    <ul><li>饮水保障</li></ul>
  </section>
  <div data-pagefind-ignore><h2 id="provenance">来源说明</h2><p>不索引的说明</p></div>
  <script>var x = 1;</script>
</article></body></html>`;

describe('reading a built page', () => {
  const page = extractPage(PAGE)!;
  it('takes the body, title, filters (attribute and hidden element) and meta', () => {
    assert.equal(page.title, '推动殷殷嘱托在云阳落地生根');
    assert.deepEqual(page.filters, { type: ['来源'], province: ['重庆市'] });
    assert.deepEqual(page.meta, { date: '2019-07', place: '重庆市 · 云阳县' });
    assert.equal(page.lang, 'zh-Hans');
  });
  it('keeps blocks with their anchors and skips ignored, hidden and script content', () => {
    assert.deepEqual(
      page.blocks.map((b) => b.text),
      ['推动殷殷嘱托在云阳落地生根', '要点', '把实现“两不愁三保障”作为首要衡量尺度。', '饮水保障'],
    );
    assert.deepEqual(page.blocks[1]!.ids, ['summary', 'yao-dian']);
    assert.equal(page.blocks[1]!.heading, 2);
    assert.deepEqual(page.blocks[2]!.ids, ['p-1']);
  });
  it('returns nothing for a page without data-pagefind-body', () => {
    assert.equal(extractPage('<html><body><p>x</p></body></html>'), null);
  });
});

describe('reading a page in one streaming pass', () => {
  const page = extractPage(`<!doctype html><html lang="zh-Hans"><body>
<main data-pagefind-body>
  <p>A &amp; B &lt;C&gt; &#x6276;&#36139;</p>
  <p>第一段<p>第二段（结束标签省略）
  <p>前半句<span id="q-2">后半句</span>仍在同一段</p>
  <div data-pagefind-weight="5"><p>加权段落</p></div>
  <span data-pagefind-filter="place">云阳县<i data-pagefind-ignore>（注）</i></span>
  <h1>  第二个   标题 </h1>
</main>
<p>正文之外</p>
<div data-pagefind-body><p>第二个 body 不读</p></div>
</body></html>`)!;
  it('decodes character references', () => {
    assert.equal(page.blocks[0]!.text, 'A & B <C> 扶贫');
  });
  it('closes paragraphs whose end tag is left out, as a browser does', () => {
    assert.deepEqual(
      page.blocks.slice(1, 3).map((b) => b.text),
      ['第一段', '第二段（结束标签省略）'],
    );
  });
  it('starts a new part at an inline anchor in the middle of a block', () => {
    assert.deepEqual(
      page.blocks.slice(3, 5).map((b) => [b.text, b.ids]),
      [
        ['前半句', []],
        ['后半句仍在同一段', ['q-2']],
      ],
    );
  });
  it('weights the blocks inside data-pagefind-weight', () => {
    assert.deepEqual([page.blocks[5]!.text, page.blocks[5]!.weight], ['加权段落', 5]);
  });
  it('takes a filter value from the element text without its ignored part, and does not index it', () => {
    assert.deepEqual(page.filters, { place: ['云阳县'] });
    assert.ok(!page.blocks.some((b) => b.text.includes('云阳县')));
  });
  it('takes the title from the first h1 with white space collapsed, and reads only the first body', () => {
    assert.equal(page.title, '第二个 标题');
    assert.equal(page.blocks.at(-1)!.text, '第二个   标题');
    assert.ok(!page.blocks.some((b) => /正文之外|不读/.test(b.text)));
  });
});

describe('the search record', () => {
  const record = buildSearchRecord('/sources/a/', extractPage(PAGE)!, table, { names: [{ text: '云阳', rank: 0 }] });
  const words = record.content.split(' ').filter((w) => !w.startsWith('___'));
  it('is language-neutral, weighted by heading, and separated into blocks', () => {
    assert.equal(record.language, INDEX_LANGUAGE);
    assert.match(record.content, /^___PAGEFIND_WEIGHT___7 /);
    assert.equal(words.filter((w) => w === BLOCK_BREAK).length, 4);
  });
  it('stores content that turns back into the page text', () => {
    assert.equal(detokenize(words).text.split(BLOCK_BREAK).filter(Boolean)[2], '把实现“两不愁三保障”作为首要衡量尺度。');
  });
  it('maps anchors to word positions', () => {
    const anchors = decodeAnchors(record.meta.anchors, words);
    const p1 = anchors.find((a) => a.id === 'p-1')!;
    assert.equal(words[p1.pos], '把实');
    assert.equal(anchors.find((a) => a.id === 'yao-dian')!.heading, '要点');
  });
  it('writes metadata in index words, and the extra names with their name tokens', () => {
    assert.equal(detokenize(record.meta.title!.split(' ')).text, '推动殷殷嘱托在云阳落地生根');
    assert.equal(detokenize(record.meta.names!.split(' ')).text, '云阳');
    assert.equal(record.meta.namekeys, nameToken('云阳', 0));
  });
});
