import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isShellFile, precachePlan } from '../../../src/emit/precache.ts';

const site = [
  { path: './', bytes: 20_000 },
  { path: '404.html', bytes: 5_000 },
  { path: 'search/', bytes: 10_000 },
  { path: 'favicon.svg', bytes: 400 },
  { path: '_astro/BaseLayout.abc.css', bytes: 30_000 },
  { path: '_kb/search.js', bytes: 60_000 },
  { path: 'pagefind/pagefind-entry.json', bytes: 300 },
  { path: 'pagefind/pagefind.und_1.pf_meta', bytes: 4_000 },
  { path: 'pagefind/wasm.unknown.pagefind', bytes: 55_000 },
  { path: 'pagefind/shard-1/pagefind-entry.json', bytes: 300 },
  { path: 'pagefind/shard-1/pagefind.und_2.pf_meta', bytes: 4_000 },
  { path: 'pagefind/texts-0/pagefind-entry.json', bytes: 300 },
  { path: 'pagefind/texts-0/pagefind.und_5.pf_meta', bytes: 4_000 },
  { path: 'pagefind/fragment/und_3.pf_fragment', bytes: 3_000 },
  { path: 'pagefind/shard-1/index/und_4.pf_index', bytes: 30_000 },
  { path: 'pagefind/texts-0/index/und_6.pf_index', bytes: 30_000 },
  { path: 'sources/2019-a/', bytes: 36_000 },
  { path: 'sources/2019-a/citation.bib', bytes: 500 },
  { path: 'terms/fu-pin/', bytes: 25_000 },
  { path: '_kb/copy/', bytes: 600 },
];
const total = site.reduce((n, f) => n + f.bytes, 0);

describe('what the service worker caches at install', () => {
  it('caches a site that fits the budget whole', () => {
    assert.deepEqual(precachePlan(site, total), { files: site.map((f) => f.path), whole: true });
  });
  it("caches only the shell of a larger site: home, search, 404, styles, scripts, Pagefind start-up of every shard, the original texts' shards included", () => {
    const plan = precachePlan(site, total - 1);
    assert.equal(plan.whole, false);
    assert.deepEqual(
      plan.files,
      site.slice(0, 13).map((f) => f.path),
    );
  });
  it('leaves pages, citations and index chunks to be kept on their first visit', () => {
    for (const path of [
      'sources/2019-a/',
      'sources/2019-a/citation.bib',
      'terms/fu-pin/',
      '_kb/copy/',
      'pagefind/fragment/und_3.pf_fragment',
      'pagefind/shard-1/index/und_4.pf_index',
      'pagefind/texts-0/index/und_6.pf_index',
    ]) {
      assert.equal(isShellFile(path), false, path);
    }
  });
});
