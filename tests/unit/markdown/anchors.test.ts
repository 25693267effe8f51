import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { anchorKey, blockAnchor, labelAnchor, rowAnchors, shortHash, uniqueAnchors } from '../../../src/site/anchors.ts';
import { remarkBlockAnchors } from '../../../src/markdown/remark-block-anchors.ts';
import { remarkHeadingIds } from '../../../src/markdown/remark-heading-ids.ts';

function render(markdown: string, aliases: Record<string, string[]> = {}, path = 'content/sources/x.md'): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkHeadingIds)
      .use(remarkBlockAnchors, { aliasesFor: () => new Map(Object.entries(aliases)) })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync({ value: markdown, path }),
  );
}

/** id → the element's text, for every element with an id. */
function idsWithText(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<(p|li|h2|h3) id="([^"]+)">(.*?)<\/\1>/gs)) out.set(m[2]!, m[3]!.replace(/<[^>]+>/g, ''));
  return out;
}

describe('content-derived anchors', () => {
  it('ignore white space, punctuation, width and script', () => {
    assert.equal(anchorKey('確保 考核，評估。'), anchorKey('确保考核,评估'));
    assert.equal(blockAnchor('p', '脱贫不脱政策。'), blockAnchor('p', '脱贫不脱政策'));
    assert.notEqual(blockAnchor('p', '8.5万户'), blockAnchor('p', '8.3万户'));
  });

  it('are short ASCII ids', () => {
    assert.match(blockAnchor('li', '两不愁三保障'), /^li-[0-9a-z]{7}$/);
    assert.equal(shortHash(''), shortHash(''));
    assert.match(labelAnchor('figure', '当年脱贫人口'), /^figure-dang-nian-tuo-pin-ren-kou$/);
    assert.match(labelAnchor('quote', '2017年是全面攻堅的關鍵一年', 8), /^quote-2017-nian-shi-quan-mian-gong-jian-de$/);
  });

  it('tell colliding labels apart by their own text, whatever their order', () => {
    const items = [
      { base: 'figure-x', text: '甲' },
      { base: 'figure-y', text: '乙' },
      { base: 'figure-x', text: '丙' },
    ];
    const ids = uniqueAnchors(items);
    assert.equal(new Set(ids).size, 3);
    assert.equal(ids[1], 'figure-y');
    const reversed = uniqueAnchors([...items].reverse());
    assert.deepEqual(reversed, [...ids].reverse());
  });

  it('give each row of a list an id from its label, not its position', () => {
    const before = rowAnchors('figure', ['贫困村（起点）', '贫困村（访谈时）']);
    const after = rowAnchors('figure', ['新加的一行', '贫困村（访谈时）', '贫困村（起点）']);
    assert.equal(after[2], before[0]);
    assert.equal(after[1], before[1]);
  });
});

describe('remark-block-anchors', () => {
  const doc = ['## 第一节', '', '第一段。', '', '- 甲项', '- 乙项', '', '> 引文一段。', '', '第二段。'].join('\n');

  it('gives every heading, paragraph, list item and quoted paragraph an id and a link to it', () => {
    const html = render(doc, {}, 'content/terms/x.md');
    const ids = [...idsWithText(html).keys()];
    assert.equal(ids.length, 6, html);
    for (const id of ids) assert.ok(html.includes(`href="#${id}"`), `no link to #${id}`);
    assert.match(html, /<li id="li-[0-9a-z]{7}">甲项<a href="#li-[0-9a-z]{7}" class="anchor-link" aria-label="链接到本条"><\/a><\/li>/);
    assert.match(html, /<blockquote>\s*<p id="q-/);
    assert.match(html, /<h2 id="di-yi-jie">第一节<a href="#di-yi-jie" class="anchor-link" aria-label="链接到本节"><\/a><\/h2>/);
  });

  it('in a source summary writes the same ids and no links: its page script makes them (src/site/script-anchors.ts)', () => {
    const html = render(doc);
    assert.deepEqual([...idsWithText(html).keys()], [...idsWithText(render(doc, {}, 'content/terms/x.md')).keys()]);
    assert.equal(idsWithText(html).size, 6, html);
    assert.doesNotMatch(html, /anchor-link|href="#/);
  });

  it('keeps an element’s id when other elements are edited, added or reordered', () => {
    const before = idsWithText(render(doc));
    const edited = ['## 第一节', '', '新插入的一段。', '', '- 乙项', '- 甲项', '- 丙项', '', '> 引文一段。', '', '第一段。', '', '第二段改写了。'].join('\n');
    const after = idsWithText(render(edited));
    for (const text of ['第一段。', '甲项', '乙项', '引文一段。', '第一节']) {
      const id = [...before].find(([, t]) => t === text)?.[0];
      assert.ok(id, text);
      assert.equal(after.get(id), text, `${text} lost its id ${id}`);
    }
    // The edited paragraph's own id changes: that is what content/redirects.yaml aliases are for.
    const oldSecond = [...before].find(([, t]) => t === '第二段。')![0];
    assert.equal(after.has(oldSecond), false);
  });

  it('puts an empty target for each old id inside the element that replaced it', () => {
    const id = blockAnchor('p', '第二段。');
    const html = render(doc, { [id]: ['p-old0001', 'legacy-2'] });
    assert.match(html, new RegExp(`<p id="${id}"><span id="p-old0001" class="anchor-alias"></span><span id="legacy-2" class="anchor-alias"></span>第二段。`));
  });

  it('numbers exact repeats instead of giving two elements one id', () => {
    const html = render('同一句。\n\n同一句。');
    const ids = [...html.matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(ids.length, 2);
    assert.equal(ids[1], `${ids[0]}-2`);
  });
});
