import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aliasesByTarget, pageOfContentFile, parseRedirects, relativeHref } from '../../../src/content/redirects.ts';

describe('content/redirects.yaml', () => {
  it('reads old pages and old anchors', () => {
    const data = parseRedirects('pages:\n  glossary/: terms/\nanchors:\n  terms/x/:\n    old-a: definition\n    old-b: definition\n');
    assert.deepEqual(data.pages, { 'glossary/': 'terms/' });
    assert.deepEqual(aliasesByTarget(data, 'terms/x/').get('definition'), ['old-a', 'old-b']);
    assert.equal(aliasesByTarget(data, 'terms/y/').size, 0);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(parseRedirects(''), { pages: {}, anchors: {} });
    assert.deepEqual(parseRedirects('pages: {}\nanchors:\n'), { pages: {}, anchors: {} });
  });

  it('rejects a path with a leading slash, naming the field', () => {
    assert.throws(() => parseRedirects('pages:\n  /glossary/: terms/\n'), /content\/redirects\.yaml › pages\.\/glossary\/: expected an old page path/);
  });

  it('rejects an anchor that is not an ASCII id', () => {
    assert.throws(() => parseRedirects('anchors:\n  terms/x/:\n    旧锚点: definition\n'), /anchors\.terms\/x\/\.旧锚点: expected an id/);
  });

  it('rejects an alias that points to itself', () => {
    assert.throws(() => parseRedirects('anchors:\n  terms/x/:\n    a: a\n'), /an alias cannot point to itself/);
  });

  it('rejects YAML that does not parse', () => {
    assert.throws(() => parseRedirects('pages: [\n'), /not valid YAML/);
  });
});

describe('relative redirect targets', () => {
  it('work under any base path', () => {
    assert.equal(relativeHref('glossary/', 'terms/'), '../terms/');
    assert.equal(relativeHref('terms/old-slug/', 'terms/new-slug/#definition'), '../new-slug/#definition');
    assert.equal(relativeHref('a/b/c/', 'feed.xml'), '../../../feed.xml');
    assert.equal(relativeHref('sources/x/', 'sources/x/'), './');
  });
});

describe('content file → page', () => {
  it('maps sources and terms, wherever the content folder is', () => {
    assert.equal(pageOfContentFile('content/sources/2019-x.mdx'), 'sources/2019-x/');
    assert.equal(pageOfContentFile('/tmp/kb/content/terms/fu-pin.md'), 'terms/fu-pin/');
    assert.equal(pageOfContentFile('README.md'), null);
  });
});
