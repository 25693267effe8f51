/**
 * Astro integration: the content sync of a build runs without Vite's
 * dependency pre-bundling.
 *
 * `astro build` loads the content config through a temporary Vite server,
 * whose client environment pre-bundles the dev toolbar's dependencies with
 * Rolldown although nothing is served. Rolldown's allocator keeps the memory
 * that bundle used for the rest of the process, so it adds to the build's
 * peak and buys nothing: the build bundles with Rolldown itself, without the
 * pre-bundled dependencies. The dev server keeps its pre-bundling.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** A Vite plugin that turns off dependency pre-bundling on every server it configures (never on a build). */
export function noDependencyPrebundling(): Plugin {
  return {
    name: 'kb:no-dependency-prebundling',
    enforce: 'post',
    configEnvironment(_name, options, { command }) {
      if (command !== 'serve') return;
      // Vite's documented way to turn the optimizer off: no discovery and nothing to include.
      options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}

export function syncWithoutPrebundling(): AstroIntegration {
  return {
    name: 'kb:sync-without-prebundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build' || command === 'sync') updateConfig({ vite: { plugins: [noDependencyPrebundling()] } });
      },
    },
  };
}
