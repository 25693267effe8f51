import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LINK_LABEL } from '../../../src/site/anchors.ts';
import { contentSecurityPolicy } from '../../../src/site/csp.ts';
import {
  COPY_FRAME,
  copyFragment,
  copyHref,
  copyLabel,
  copyMessage,
  hasCopyControlsIn,
  linkTo,
  OFFLINE_CLASS,
  parseCopyFragment,
} from '../../../src/site/copy-controls.ts';
import { checkLinks } from '../../../scripts/verify/link-check.ts';
import { remarkBlockAnchors } from '../../../src/markdown/remark-block-anchors.ts';
import { copyToolHtml } from '../../../src/emit/copy-tool-step.ts';
import { markOfflinePage } from '../../../src/emit/offline-copy-step.ts';

describe('copy tool: fragments', () => {
  it('builds the href of a copy control under any base path', () => {
    assert.equal(copyHref('/', { kind: 'link', id: 'p-1x9k3ba' }), '/_kb/copy/#link:p-1x9k3ba');
    assert.equal(copyHref('/kb/', { kind: 'text', id: 'cite-gbt-text' }), '/kb/_kb/copy/#text:cite-gbt-text');
    assert.equal(copyHref('/a/b', { kind: 'link', id: 'definition' }), '/a/b/_kb/copy/#link:definition');
  });

  it('reads back what it wrote, with or without #, percent-encoded or not', () => {
    for (const request of [
      { kind: 'link', id: 'figure-dang-nian-tuo-pin-ren-kou' },
      { kind: 'link', id: '2017-nian-de-ding-wei-he-mu-biao' },
      { kind: 'text', id: 'cite-csl-text' },
    ] as const) {
      const fragment = copyFragment(request);
      assert.deepEqual(parseCopyFragment(fragment), request);
      assert.deepEqual(parseCopyFragment(fragment.slice(1)), request);
      assert.deepEqual(parseCopyFragment(fragment.replace(':', '%3A')), request);
    }
  });

  it('refuses anything else (bad input): no kind, unknown kind, empty or odd ids, broken escapes', () => {
    for (const hash of ['', '#', '#p-1x9k3ba', '#copy:p-1', '#link:', '#link:-x', '#link:a b', '#link:<img>', '#text:a"b', '#link:%E0%A4%A', '#link:a:b']) {
      assert.equal(parseCopyFragment(hash), null, hash);
    }
    assert.throws(() => copyFragment({ kind: 'link', id: 'a b' }), /not a copyable id/);
  });
});

describe('copy tool: what is copied and said', () => {
  it('links to the element on the page as the reader sees it, without query or earlier fragment', () => {
    assert.equal(linkTo('https://tuopin-kb.example/sources/x/', 'p-1x9k3ba'), 'https://tuopin-kb.example/sources/x/#p-1x9k3ba');
    assert.equal(linkTo('http://127.0.0.1:4321/kb/terms/y/?utm_source=a#definition', 'appears-in'), 'http://127.0.0.1:4321/kb/terms/y/#appears-in');
    assert.equal(linkTo('file:///home/u/kb/terms/y/index.html#cite', 'definition'), 'file:///home/u/kb/terms/y/index.html#definition');
  });

  it('names every copy control after its "link to here" control', () => {
    assert.deepEqual(Object.values(LINK_LABEL).map(copyLabel), [
      '复制本节链接',
      '复制本段链接',
      '复制本条链接',
      '复制本段引文链接',
      '复制本行链接',
      '复制本条摘句链接',
      '复制定义链接',
    ]);
  });

  it('announces the result from the control’s name', () => {
    assert.equal(copyMessage('复制本段链接', true), '已复制本段链接');
    assert.equal(copyMessage('复制 GB/T 7714-2015 格式引文', true), '已复制 GB/T 7714-2015 格式引文');
    assert.match(copyMessage('复制本段链接', false), /^未能复制本段链接：.*请手动复制$/);
    assert.equal(copyMessage('', true), '已复制内容');
  });
});

describe('copy tool: markup', () => {
  const render = (markdown: string) =>
    String(
      unified().use(remarkParse).use(remarkBlockAnchors).use(remarkRehype).use(rehypeStringify).processSync({ value: markdown, path: 'content/terms/x.mdx' }),
    );

  // A term entry's body: a source summary's ¶ links are made by its page script (src/site/script-anchors.ts).
  it('gives each block of a Markdown body its ¶ link and no copy control in the HTML (the page script adds it)', () => {
    const html = render('一段文字。\n\n- 一条\n');
    assert.equal([...html.matchAll(/<a href="#[^"]+" class="anchor-link" aria-label="[^"]+"><\/a>/g)].length, 2, html);
    assert.doesNotMatch(html, /copy-link|_kb\/copy/);
  });

  it('gives a page the tool frame when it has a copy control or a ¶ link, and none otherwise', () => {
    assert.ok(hasCopyControlsIn('<p id="p-1">段<a href="#p-1" class="anchor-link" aria-label="链接到本段"></a></p>'));
    assert.ok(hasCopyControlsIn(`<a class="copy-cite" href="/_kb/copy/#text:cite-gbt-text" target="${COPY_FRAME}">复制</a>`));
    assert.ok(!hasCopyControlsIn('<p>段<a href="#top">回到顶部</a></p>'));
  });

  it('writes a tool page with the site’s policy, its script under the base, and no index entry', () => {
    const html = copyToolHtml('/kb/');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-Hans">/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`));
    assert.match(html, /<script defer src="\/kb\/_kb\/copy\.js"><\/script>/);
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, /<a href="\/kb\/">回到首页<\/a>/);
  });

  it('marks every page of the offline copy, whether or not <html> has a class already', () => {
    assert.equal(markOfflinePage('<!DOCTYPE html><html lang="zh-Hans"><head>'), `<!DOCTYPE html><html class="${OFFLINE_CLASS}" lang="zh-Hans"><head>`);
    assert.equal(markOfflinePage('<html lang="en" class="x">'), `<html lang="en" class="${OFFLINE_CLASS} x">`);
    assert.equal(markOfflinePage('<p>no html tag</p>'), '<p>no html tag</p>');
  });
});

describe('copy tool: link check', () => {
  const files = new Set(['index.html', 'x/index.html', '_kb/copy/index.html']);
  const frame = `<iframe name="${COPY_FRAME}" title="复制工具" hidden></iframe>`;
  const page = (body: string) => [
    { path: 'index.html', html: `<a href="/x/">x</a><a href="/_kb/copy/">tool</a>` },
    { path: 'x/index.html', html: `<p id="p-1">段<a href="/">home</a>${body}</p>` },
    { path: '_kb/copy/index.html', html: '<a href="/">home</a>' },
  ];
  const problems = (body: string) => checkLinks(page(body), files, '/').map((p) => `${p.file} › ${p.message}`);

  it('accepts a copy control for an id of its own page, opening in its page’s one tool frame', () => {
    assert.deepEqual(problems(`<a href="/_kb/copy/#link:p-1" target="${COPY_FRAME}" aria-label="复制本段链接"></a>${frame}`), []);
  });

  it('reports a control for an id its page does not have, or a fragment that is not a request (bad input)', () => {
    assert.deepEqual(problems(`<a href="/_kb/copy/#link:p-2" target="${COPY_FRAME}"></a>${frame}`), [
      `x/index.html › <a href="/_kb/copy/#link:p-2">: copies id="p-2", which is not on this page`,
    ]);
    assert.deepEqual(problems(`<a href="/_kb/copy/#p-1" target="${COPY_FRAME}"></a>${frame}`), [
      `x/index.html › <a href="/_kb/copy/#p-1">: "#p-1" is not a copy request (#link:<id> or #text:<id>)`,
    ]);
  });

  it('reports a control without the tool frame, or opening elsewhere (it would open a new window)', () => {
    assert.match(
      problems(`<a href="/_kb/copy/#link:p-1" target="${COPY_FRAME}"></a>`).join('\n'),
      /needs exactly one <iframe name="kb-tools"> .* \(it has 0\)/,
    );
    assert.match(problems(`<a href="/_kb/copy/#link:p-1" target="${COPY_FRAME}"></a>${frame}${frame}`).join('\n'), /\(it has 2\)/);
    assert.match(problems(`<a href="/_kb/copy/#link:p-1"></a>${frame}`).join('\n'), /must open in the page's tool frame \(target="kb-tools"\)/);
  });
});
