/**
 * The content store's module (src/content/loader/data-store-module.ts): which
 * module it replaces, and that the module it writes gives the pages the same
 * value as Astro's, or fails loudly.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { Plugin } from 'vite';
import { DATA_STORE_MODULE_ID } from '../../src/astro-internals.ts';
import { dataStoreModuleCode, dataStoreModulePlugin } from '../../src/content/loader/data-store-module.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-data-store-module-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What the store module exports, written to a file of its own and imported. */
async function evaluate(code: string, name: string): Promise<unknown> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

function load(plugin: Plugin, id: string) {
  const hook = plugin.load as { order: string; filter: { id: RegExp }; handler: (id: string) => { code: string } | null };
  return { hook, result: hook.filter.id.test(id) ? hook.handler(id) : null };
}

describe('the content store module', () => {
  // A store as Astro writes it: devalue's flat form, with Chinese text and the characters JSON escapes.
  const store = [['Map', 1, 2], 'sources', ['Map', 3, 4], 'bench-00001', { title: '脱贫攻坚 “两不愁三保障”', body: 'a\\b\n"c"\u2028' }];
  const file = join(dir, 'data-store.json');
  writeFileSync(file, JSON.stringify(store));

  it("replaces Astro's store module in a build, before Astro's own load hook", () => {
    const plugin = dataStoreModulePlugin(file);
    assert.equal(plugin.apply, 'build');
    const { hook, result } = load(plugin, DATA_STORE_MODULE_ID);
    assert.equal(hook.order, 'pre');
    assert.equal(result?.code, dataStoreModuleCode(file));
  });

  it('leaves every other module alone, and the store module to Astro when there is no store file', () => {
    assert.equal(load(dataStoreModulePlugin(file), 'astro:data-layer-content').result, null);
    assert.equal(load(dataStoreModulePlugin(file), '\0astro:content').result, null);
    assert.equal(load(dataStoreModulePlugin(join(dir, 'missing.json')), DATA_STORE_MODULE_ID).result, null);
  });

  it("exports the file parsed, the value Astro's module exports", async () => {
    const astros = `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
    assert.deepEqual(await evaluate(dataStoreModuleCode(file), 'read'), await evaluate(astros, 'astro'));
    assert.deepEqual(await evaluate(dataStoreModuleCode(file), 'read-again'), store);
  });

  it('names the file and fails the exit code when the file cannot be read as the pages run', async (t) => {
    const missing = join(dir, 'removed', 'data-store.json');
    const logged: string[] = [];
    t.mock.method(console, 'error', (message: string) => logged.push(message));
    const exitCode = process.exitCode;
    try {
      await assert.rejects(evaluate(dataStoreModuleCode(missing), 'missing'), /ENOENT/);
      assert.equal(process.exitCode, 1);
    } finally {
      process.exitCode = exitCode;
    }
    assert.equal(logged.length, 1);
    assert.match(
      logged[0]!,
      new RegExp(`^\\[kb:data-store-module\\] the content store ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not be read: ENOENT`),
    );
  });
});
