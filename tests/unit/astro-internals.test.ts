/**
 * The reaches past Astro's public API (src/astro-internals.ts) checked against
 * the installed Astro: when one of these fails after an Astro upgrade, the
 * adapter must change with it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { DATA_STORE_MODULE_ID, dataStoreFile, loaderEntryType, withRenderFunction } from '../../src/astro-internals.ts';

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const read = (path: string) => readFileSync(join(astroDist, path), 'utf8');

describe("Astro's content layer still works the way the adapter assumes", () => {
  it('passes every loader its entry types by extension', () => {
    assert.match(read('content/content-layer.js'), /entryTypes: getEntryConfigByExtMap\(/, 'content-layer.js no longer builds entryTypes for loaders');
  });

  it("has glob() take entryTypes from its context and render through an entry type's getRenderFunction", () => {
    const glob = read('content/loaders/glob.js');
    assert.match(glob, /load: async \(\{[^}]*\bentryTypes\b[^}]*\}\)/, 'glob() no longer reads entryTypes from its context');
    assert.match(glob, /entryTypes\.get\(`\.\$\{ext\}`\)/, 'glob() no longer looks entry types up by extension');
    assert.match(glob, /await entryType\.getRenderFunction\(config\)/, 'glob() no longer renders through getRenderFunction');
  });
});

describe("Astro's content store still works the way the store module assumes", () => {
  it("keeps a build's store in data-store.json in the cache folder", () => {
    assert.match(read('content/consts.js'), /const DATA_STORE_FILE = "data-store\.json";/, 'the store file is no longer data-store.json');
    assert.match(
      read('content/paths.js'),
      /function getDataStoreFile\(settings, isDev\) \{\s*return new URL\(DATA_STORE_FILE, isDev \? settings\.dotAstroDir : settings\.config\.cacheDir\);/,
      'a build no longer keeps the store file in cacheDir',
    );
    const cacheDir = new URL('file:///project/node_modules/.astro/');
    assert.equal(dataStoreFile({ cacheDir, experimental: {} })?.href, 'file:///project/node_modules/.astro/data-store.json');
    assert.equal(dataStoreFile({ cacheDir, experimental: { collectionStorage: 'single-file' } })?.href, 'file:///project/node_modules/.astro/data-store.json');
  });

  it('keeps a chunked store elsewhere, under another module, so the store module is left to Astro then', () => {
    assert.match(
      read('content/paths.js'),
      /function getDataStoreChunkSize\(settings\) \{\s*const storage = settings\.config\.experimental\.collectionStorage;\s*if \(storage === void 0 \|\| storage === "single-file"\) \{\s*return void 0;/,
      'the store is kept in one file under other settings than collectionStorage unset or single-file',
    );
    const cacheDir = new URL('file:///project/node_modules/.astro/');
    assert.equal(dataStoreFile({ cacheDir, experimental: { collectionStorage: 'chunked' } }), undefined);
    assert.equal(dataStoreFile({ cacheDir, experimental: { collectionStorage: { type: 'chunked', chunkSize: 1024 } } }), undefined);
  });

  it('gives the pages the store as the module astro:data-layer-content, whose default export is the file parsed', () => {
    const consts = read('content/consts.js');
    assert.match(consts, /const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";/, 'the store module has another name');
    assert.match(consts, /const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" \+ DATA_STORE_VIRTUAL_ID;/, 'the store module resolves to another id');
    assert.equal(DATA_STORE_MODULE_ID, '\0astro:data-layer-content');
    const plugin = read('content/vite-plugin-content-virtual-mod.js');
    assert.match(plugin, /const jsonData = await fs\.promises\.readFile\(dataStoreFile, "utf-8"\);/, 'the store module no longer reads the store file');
    assert.match(
      plugin,
      /code: `export default JSON\.parse\(\$\{JSON\.stringify\(jsonData\)\}\)`/,
      "the store module's default export is no longer the file parsed",
    );
    assert.match(
      read('content/data-store.js'),
      /const data = await import\("astro:data-layer-content"\);[\s\S]*?if \(Array\.isArray\(data\.default\)\) \{\s*const map2 = devalue\.unflatten\(data\.default\);/,
      'the pages no longer read the parsed file as devalue data',
    );
  });
});

describe('the adapter', () => {
  const markdown = { getRenderFunction: async () => async () => ({ html: 'main thread' }), getEntryInfo: () => ({}) };
  const context = { entryTypes: new Map([['.md', markdown]]) } as unknown as LoaderContext;

  it("finds an extension's entry type, and nothing for one Astro does not know", () => {
    assert.equal(loaderEntryType(context, '.md'), markdown);
    assert.equal(loaderEntryType(context, '.xyz'), undefined);
    assert.equal(loaderEntryType({} as LoaderContext, '.md'), undefined);
  });

  it('replaces one render function and keeps the rest of the entry type and the context', async () => {
    const replaced = withRenderFunction(context, '.md', async () => ({ html: 'worker' }));
    const type = loaderEntryType(replaced, '.md')!;
    assert.equal((type as typeof markdown).getEntryInfo, markdown.getEntryInfo);
    assert.deepEqual(await (await type.getRenderFunction!({}))({ data: {} }), { html: 'worker' });
    assert.deepEqual(
      await (await loaderEntryType(context, '.md')!.getRenderFunction!({}))({ data: {} }),
      { html: 'main thread' },
      'the original context is unchanged',
    );
  });
});
