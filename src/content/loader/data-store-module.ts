/**
 * Astro integration: in a build, the pages read the content store from its
 * file when they run, instead of carrying it in their bundle.
 *
 * Astro's module for the store (`astro:data-layer-content`) holds the whole of
 * `data-store.json` as one string literal, parsed when the pages run. At 1,000
 * sources that is a 9 MB module: Vite checks it by parsing it, Rolldown
 * bundles it, the module lexers' WebAssembly memories grow to twice its size
 * and keep that to the end, and V8 keeps the module's source and the literal
 * as long as the process lives. The module written here reads the same file
 * and parses it: the same value, and the text is garbage once parsed.
 *
 * Its load hook runs before Astro's (`order: 'pre'`) and only in a build, and
 * only for a store kept in one file (Astro's default): a chunked store
 * (`experimental.collectionStorage`) and a build without a store file (a site
 * without content collections) keep Astro's module.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DATA_STORE_MODULE_ID, dataStoreFile } from '../../astro-internals.ts';

const PLUGIN = 'kb:data-store-module';

/**
 * The store's module: the file parsed when the pages run. Astro turns an error in
 * this module into an empty store, which would build a site without content, so a
 * failure to read it is written to the log and fails the build's exit code.
 */
export function dataStoreModuleCode(file: string): string {
  const path = JSON.stringify(file);
  return `import { readFileSync } from 'node:fs';
let store;
try {
  store = JSON.parse(readFileSync(${path}, 'utf8'));
} catch (error) {
  console.error(\`[${PLUGIN}] the content store \${${path}} could not be read: \${error.message}\`);
  process.exitCode = 1;
  throw error;
}
export default store;
`;
}

/** A Vite plugin that loads Astro's store module as `dataStoreModuleCode(file)`, in a build, when the file exists. */
export function dataStoreModulePlugin(file: string): Plugin {
  return {
    name: PLUGIN,
    apply: 'build',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(id) {
        if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return null;
        return { code: dataStoreModuleCode(file), map: { mappings: '' } };
      },
    },
  };
}

export function dataStoreModule(): AstroIntegration {
  return {
    name: PLUGIN,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const file = dataStoreFile(config);
        if (command === 'build' && file) updateConfig({ vite: { plugins: [dataStoreModulePlugin(fileURLToPath(file))] } });
      },
    },
  };
}
