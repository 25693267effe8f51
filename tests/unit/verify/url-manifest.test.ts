import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareManifest,
  formatAdditions,
  formatRemovals,
  idsInHtml,
  pagePathOf,
  updatedManifest,
  type ScannedSite,
} from '../../../scripts/verify/url-manifest.ts';

const site = (urls: Record<string, string[]>, redirects: string[] = []): ScannedSite => ({ urls, redirects: new Set(redirects), duplicateIds: [] });

describe('URL manifest', () => {
  it('finds the ids that can be linked to, not form controls', () => {
    const html = '<h2 id="a">x</h2><p class="c" id="p-1">y</p><input id="site-search"><span id=\'alias\'></span><form id="f"></form>';
    assert.deepEqual(idsInHtml(html), ['a', 'p-1', 'alias']);
  });

  it('names pages by their path under the base', () => {
    assert.equal(pagePathOf('index.html'), '/');
    assert.equal(pagePathOf('terms/x/index.html'), '/terms/x/');
    assert.equal(pagePathOf('feed.xml'), '/feed.xml');
  });

  it('reports a vanished page and a vanished anchor, and says what to declare', () => {
    const diff = compareManifest({ '/terms/a/': ['definition', 'p-old'], '/terms/gone/': [] }, site({ '/terms/a/': ['definition'] }));
    assert.deepEqual(diff.missingPages, ['/terms/gone/']);
    assert.deepEqual(diff.missingAnchors, [{ page: '/terms/a/', id: 'p-old' }]);
    const text = formatRemovals(diff);
    assert.match(text, /\/terms\/gone\/\n/);
    assert.match(text, /pages:\n {6}terms\/gone\/: <its new path/);
    assert.match(text, /anchors:\n {6}terms\/a\/:\n {8}p-old: <the id that replaced it>/);
  });

  it('accepts a page that became a redirect page, anchors and all', () => {
    const diff = compareManifest({ '/glossary/': ['x'] }, site({ '/glossary/': [] }, ['/glossary/']));
    assert.deepEqual(diff.missingPages, []);
    assert.deepEqual(diff.missingAnchors, []);
  });

  it('asks for an update when the build has more than the manifest lists', () => {
    const diff = compareManifest({ '/': [] }, site({ '/': ['main'], '/feed.xml': [] }));
    assert.deepEqual(diff.newPages, ['/feed.xml']);
    assert.deepEqual(diff.newAnchors, [{ page: '/', id: 'main' }]);
    assert.match(formatAdditions(diff), /Run `npm run manifest:update`/);
  });

  it('updating keeps everything listed before and adds what is new', () => {
    const next = updatedManifest({ '/glossary/': ['x'], '/': ['a'] }, site({ '/': ['b'], '/glossary/': [] }, ['/glossary/']));
    assert.deepEqual(next.urls, { '/': ['a', 'b'], '/glossary/': ['x'] });
  });
});
