/**
 * The one Astro integration that runs the after-build steps: at
 * astro:build:done it walks the build folder once into a BuiltSite and runs the
 * steps in list order, each with that map. The order is checked when the
 * configuration loads (src/emit/pipeline.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkOrder, type EmitStep } from './pipeline.ts';
import { BuiltSite } from './built-site.ts';

export type { EmitStep } from './pipeline.ts';

export function afterBuild(options: { base: string; steps: EmitStep[] }): AstroIntegration {
  const { base, steps } = options;
  checkOrder(steps);
  return {
    name: 'kb:after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = BuiltSite.read(fileURLToPath(dir), base);
        for (const step of steps) await step.run(site, { logger: logger.fork(`kb:${step.name}`) });
      },
    },
  };
}
