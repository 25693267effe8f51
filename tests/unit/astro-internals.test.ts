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
import { loaderEntryType, withRenderFunction } from '../../src/astro-internals.ts';

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
