import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';

describe('readConfig', () => {
  it('gives the defaults when nothing is set', () => {
    const c = readConfig({}, '/repo');
    assert.deepEqual(c, {
      base: '/',
      siteOrigin: 'https://tuopin-kb.example',
      siteIsSet: false,
      contentDir: '/repo/content',
      archiveDir: '/repo/content/archive',
      searchShardPages: undefined,
      precacheBudget: undefined,
      cacheDir: '/repo/node_modules/.astro',
      without: new Set(),
      afterBuildTo: undefined,
    });
  });

  it('reads every KB_* setting', () => {
    const c = readConfig(
      {
        KB_BASE: 'kb',
        KB_SITE: 'https://example.org',
        KB_CONTENT_DIR: 'c',
        KB_SOURCES_DIR: '/a',
        KB_SEARCH_SHARD_PAGES: '30',
        KB_PRECACHE_BUDGET: '0',
        KB_CACHE_DIR: '/tmp/cache',
        KB_WITHOUT: 'gc, worker-markdown',
        KB_AFTER_BUILD_TO: 'tmp/dir.json',
      },
      '/repo',
    );
    assert.deepEqual(c, {
      base: '/kb/',
      siteOrigin: 'https://example.org',
      siteIsSet: true,
      contentDir: '/repo/c',
      archiveDir: '/a',
      searchShardPages: 30,
      precacheBudget: 0,
      cacheDir: '/tmp/cache',
      without: new Set(['gc', 'worker-markdown']),
      afterBuildTo: '/repo/tmp/dir.json',
    });
  });

  it('names the variable and the bad value', () => {
    assert.throws(
      () => readConfig({ KB_SEARCH_SHARD_PAGES: 'many' }, '/repo'),
      /^Error: KB_SEARCH_SHARD_PAGES must be a whole number of at least 1, not "many"$/,
    );
    assert.throws(() => readConfig({ KB_SEARCH_SHARD_PAGES: '0' }, '/repo'), /KB_SEARCH_SHARD_PAGES must be a whole number of at least 1, not "0"/);
    assert.throws(() => readConfig({ KB_PRECACHE_BUDGET: '-5' }, '/repo'), /KB_PRECACHE_BUDGET must be a whole number of at least 0, not "-5"/);
    assert.throws(() => readConfig({ KB_SITE: 'example.org' }, '/repo'), /KB_SITE must be an absolute http\(s\) origin/);
    assert.throws(
      () => readConfig({ KB_WITHOUT: 'gc,shards' }, '/repo'),
      /^Error: KB_WITHOUT: unknown mechanism "shards" \(known: worker-markdown, gc, name-filter\)$/,
    );
  });
});
