/**
 * Shared links show a title and a description: Open Graph tags and the Twitter card
 * type on every page (a Twitter card falls back to og:title and og:description); with KB_SITE, a canonical link and og:url naming the page's public
 * address, and robots.txt naming the sitemap. Without KB_SITE no page claims an
 * address. Run after a build made with the same KB_SITE (and KB_DIST for another folder).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pageElements } from '../../scripts/verify/html-dom.ts';
import { readConfig } from '../../src/config.ts';
import { readSite } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const { base, siteIsSet, siteOrigin } = readConfig();
/** The public origin when KB_SITE is set, else null: then nothing claims an address. */
const origin = siteIsSet ? siteOrigin : null;

function head(html: string): { meta: Map<string, string>; canonical: string[]; title: string } {
  const meta = new Map<string, string>();
  const canonical: string[] = [];
  let title = '';
  for (const e of pageElements(html)) {
    if (e.tag === 'title' && title === '') title = e.text();
    const key = e.attrs.property ?? e.attrs.name;
    if (e.tag === 'meta' && key && e.attrs.content !== undefined) meta.set(key, e.attrs.content);
    if (e.tag === 'link' && e.attrs.rel === 'canonical') canonical.push(e.attrs.href ?? '');
  }
  return { meta, canonical, title };
}

/** Pages a reader can share: not redirects (meta refresh) nor the copy tool's page. */
function sharedPages() {
  return readSite(DIST_DIR).pages.filter((p) => !/http-equiv="refresh"/.test(p.html) && !p.path.startsWith('_kb/'));
}

describe(`share tags (${origin ?? 'KB_SITE not set'})`, () => {
  it('every page has Open Graph tags with its title and description, and the Twitter card type', () => {
    const pages = sharedPages();
    assert.ok(pages.length > 10, 'run `npm run build` first');
    for (const page of pages) {
      const { meta, title } = head(page.html);
      const og = meta.get('og:title') ?? '';
      assert.ok(og !== '' && (title === og || title === `${og} | 脱贫攻坚政策知识库`), `${page.path}: og:title "${og}" is the page title "${title}"`);
      assert.equal(meta.get('og:description'), meta.get('description'), `${page.path}: og:description`);
      assert.equal(meta.get('og:site_name'), '脱贫攻坚政策知识库', page.path);
      assert.equal(meta.get('og:locale'), 'zh_CN', page.path);
      assert.match(meta.get('og:type') ?? '', /^(article|website)$/, page.path);
      assert.equal(meta.get('twitter:card'), 'summary', page.path);
      // Not repeated: the card reads og:title and og:description.
      assert.equal(meta.get('twitter:title'), undefined, page.path);
      assert.equal(meta.get('twitter:description'), undefined, page.path);
    }
  });

  it('source and term pages are articles, the home page a website', () => {
    const pages = sharedPages();
    const type = (path: string) => head(pages.find((p) => p.path === path)!.html).meta.get('og:type');
    assert.equal(type('index.html'), 'website');
    assert.equal(type('sources/2019-yunyang-zhang-xuefeng-interview/index.html'), 'article');
    assert.equal(type('terms/jing-zhun-fu-pin/index.html'), 'article');
  });

  it(origin ? 'canonical link and og:url give the public address of each page (the 404 page has none)' : 'no page claims an address', () => {
    for (const page of sharedPages()) {
      const { meta, canonical } = head(page.html);
      if (origin === null || page.path === '404.html') {
        assert.deepEqual(canonical, [], page.path);
        assert.equal(meta.get('og:url'), undefined, page.path);
      } else {
        const url = origin + base + page.path.replace(/(^|\/)index\.html$/, '$1');
        assert.deepEqual(canonical, [url], page.path);
        assert.equal(meta.get('og:url'), url, page.path);
      }
    }
  });

  it(
    origin ? 'robots.txt names the sitemap by its absolute URL' : 'robots.txt allows crawling and names no sitemap (its URL would have to be absolute)',
    () => {
      const file = `${DIST_DIR}/robots.txt`;
      assert.ok(existsSync(file), 'robots.txt is built');
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^User-agent: \*\nAllow: \/\n/);
      const sitemaps = [...text.matchAll(/^Sitemap: (.*)$/gm)].map((m) => m[1]);
      assert.deepEqual(sitemaps, origin === null ? [] : [`${origin}${base}sitemap.xml`]);
      if (origin) assert.ok(existsSync(`${DIST_DIR}/sitemap.xml`));
    },
  );
});
