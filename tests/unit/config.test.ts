import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';

const root = join(import.meta.dirname, '../..');

/** The project's code files under `dir`, as paths from the project root. */
function codeFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : codeFiles(path);
    return /\.(ts|mts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** A read of an environment variable: `process.env.KB_X`, `env.KB_X`, `env['KB_X']`. */
const ENV_READ = /\b(?:process\.env|env)(?:\.|\[['"])(KB_[A-Z_]+)/g;

describe('readConfig', () => {
  it('gives the defaults when nothing is set', () => {
    const c = readConfig({}, '/repo');
    assert.deepEqual(c, {
      base: '/',
      siteOrigin: 'https://tuopin-kb.example',
      siteIsSet: false,
      contentDir: '/repo/content',
      archiveDir: '/repo/content/archive',
      ownArchive: true,
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
      ownArchive: false,
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

  it('is the only reader of the build settings it names', () => {
    const configText = readFileSync(join(root, 'src/config.ts'), 'utf8');
    const settings = new Set([...configText.matchAll(ENV_READ)].map((m) => m[1]!));
    assert.ok(settings.has('KB_BASE') && settings.has('KB_SOURCES_DIR'), 'finds the settings src/config.ts reads');
    const elsewhere = [...codeFiles('src'), ...codeFiles('scripts'), ...codeFiles('tests'), 'astro.config.mjs', 'playwright.config.ts']
      .filter((file) => file !== 'src/config.ts')
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            [...line.matchAll(ENV_READ)].filter((m) => settings.has(m[1]!)).map((m) => `${file}:${i + 1}: ${m[1]} (read it through readConfig())`),
          ),
      );
    assert.deepEqual(elsewhere, []);
  });
});
