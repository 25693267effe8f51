import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { EDITORIAL_MARKS, markupProblems, parseMarkTag } from '../../../src/markdown/editorial-marks.ts';
import { remarkBlockAnchors } from '../../../src/markdown/remark-block-anchors.ts';
import { remarkEditorialMarks } from '../../../src/markdown/remark-editorial-marks.ts';

function render(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkEditorialMarks)
      .use(remarkBlockAnchors, { aliasesFor: () => new Map() })
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync({ value: markdown, path: 'content/sources/x.md' }),
  );
}

describe('editorial marks in Markdown', () => {
  it('render <Inferred> and <Outside> as the spans the MDX components render', () => {
    const html = render('镇赉县代表吉林省<Inferred>（原文作“我省”）</Inferred>接受抽查，<Outside>外部</Outside>。');
    assert.match(html, new RegExp(`吉林省<span class="inferred" title="${EDITORIAL_MARKS.Inferred.title}">（原文作“我省”）</span>接受抽查`));
    assert.match(html, /<span class="outside" title="外部知识，来源未提及">外部<\/span>/);
    assert.doesNotMatch(html, /<Inferred>|<\/Inferred>/);
  });

  it('do not change a paragraph’s anchor: the id comes from the text alone', () => {
    const marked = /id="([^"]+)"/.exec(render('应即<Inferred>“三堂会审”</Inferred>。'))?.[1];
    const plain = /id="([^"]+)"/.exec(render('应即“三堂会审”。'))?.[1];
    assert.ok(marked);
    assert.equal(marked, plain);
  });

  it('parse only exact mark tags', () => {
    assert.deepEqual(parseMarkTag('<Inferred>'), { name: 'Inferred', closing: false });
    assert.deepEqual(parseMarkTag('</Outside>'), { name: 'Outside', closing: true });
    assert.equal(parseMarkTag('<Inferred title="x">'), undefined);
    assert.equal(parseMarkTag('<span>'), undefined);
    assert.equal(parseMarkTag('<toString>'), undefined);
  });
});

describe('markup check', () => {
  it('accepts balanced marks, autolinks and tags in code', () => {
    assert.deepEqual(markupProblems('a<Inferred>b<Outside>c</Outside></Inferred> <https://example.org> `<b>` d'), []);
  });

  it('names a typo, raw HTML and a comment', () => {
    const found = markupProblems('x<Infered>y</Infered> <b>粗</b> <!-- note -->');
    assert.equal(found.length, 5);
    assert.match(found[0]!.message, /^unknown markup <Infered>: a summary may contain only <Inferred> and <Outside>$/);
    assert.equal(found[0]!.offset, 1);
    assert.match(found[4]!.message, /unknown markup <!-- note -->/);
  });

  it('finds unclosed, unopened, crossed and nested marks', () => {
    assert.deepEqual(
      markupProblems('<Inferred>a').map((p) => p.message),
      ['<Inferred> is never closed'],
    );
    assert.deepEqual(
      markupProblems('a</Outside>').map((p) => p.message),
      ['</Outside> has no opening <Outside>'],
    );
    assert.deepEqual(
      markupProblems('<Inferred><Outside>a</Inferred></Outside>').map((p) => p.message),
      ['<Inferred> is never closed', '</Inferred> where </Outside> was expected'],
    );
    assert.deepEqual(
      markupProblems('<Inferred>a<Inferred>b</Inferred></Inferred>').map((p) => p.message),
      ['<Inferred> inside another <Inferred>'],
    );
  });
});
