/**
 * The one Astro integration for the after-build steps. At astro:build:done it
 * either runs them (runSteps: one walk of the build folder into a BuiltSite,
 * then the steps in list order, each with that map), or, when the build was
 * started by scripts/build.ts (KB_AFTER_BUILD_TO), writes where the build
 * went and leaves the steps to that script, which runs them in a process of
 * its own after Astro's has exited: the two processes' memory then peaks one
 * after the other instead of adding up. The order is checked when the
 * configuration loads (src/emit/pipeline.ts).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkOrder, type EmitStep, type StepLogger } from './pipeline.ts';
import { BuiltSite } from './built-site.ts';

export type { EmitStep } from './pipeline.ts';

/** What the build leaves for scripts/build.ts in the KB_AFTER_BUILD_TO file. */
export interface AfterBuildHandoff {
  /** The build folder, absolute. */
  dir: string;
}

/** Runs `steps` on the build in `dir`, in list order, each reporting to its own logger. */
export async function runSteps(dir: string, base: string, steps: readonly EmitStep[], loggerFor: (step: EmitStep) => StepLogger): Promise<void> {
  checkOrder(steps);
  const site = BuiltSite.read(dir, base);
  for (const step of steps) await step.run(site, { logger: loggerFor(step) });
}

export function afterBuild(options: { base: string; steps: EmitStep[]; handoffTo?: string }): AstroIntegration {
  const { base, steps, handoffTo } = options;
  checkOrder(steps);
  return {
    name: 'kb:after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (handoffTo) {
          writeFileSync(handoffTo, JSON.stringify({ dir: fileURLToPath(dir) } satisfies AfterBuildHandoff));
          const { rss, heapUsed, external } = process.memoryUsage();
          const mb = (n: number) => Math.round(n / 2 ** 20);
          logger.info(
            `the after-build steps (${steps.map((s) => s.name).join(', ')}) run next, in scripts/build.ts's process; ` +
              `this one ends resident ${mb(rss)} MB (JavaScript heap ${mb(heapUsed)} MB, outside it ${mb(external)} MB)`,
          );
          return;
        }
        await runSteps(fileURLToPath(dir), base, steps, (step) => logger.fork(`kb:${step.name}`));
      },
    },
  };
}
