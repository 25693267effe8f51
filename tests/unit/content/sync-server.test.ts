import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EnvironmentOptions } from 'vite';
import { noDependencyPrebundling } from '../../../src/content/loader/sync-server.ts';

/** Runs the plugin's configEnvironment hook on one environment's options, as Vite does. */
function configure(command: 'serve' | 'build', options: EnvironmentOptions): EnvironmentOptions {
  const hook = noDependencyPrebundling().configEnvironment as (name: string, options: EnvironmentOptions, env: { command: string; mode: string }) => void;
  hook('client', options, { command, mode: 'production' });
  return options;
}

describe('content sync without dependency pre-bundling', () => {
  it("turns Vite's optimizer off on a server: no discovery and nothing to include", () => {
    const options = configure('serve', {
      optimizeDeps: { include: ['astro > html-escaper', 'astro/runtime/client/dev-toolbar/entrypoint.js'], exclude: ['astro:*'] },
    });
    assert.deepEqual(options.optimizeDeps, { include: [], exclude: ['astro:*'], noDiscovery: true });
  });

  it('leaves a build alone', () => {
    const options = configure('build', { optimizeDeps: { include: ['a'] } });
    assert.deepEqual(options.optimizeDeps, { include: ['a'] });
  });
});
