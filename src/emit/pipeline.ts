/**
 * The after-build steps as one ordered list. Each step names the outputs it
 * reads and the outputs it writes; checkOrder refuses a list in which a step
 * reads what a step listed after it writes or what nothing writes, and one
 * in which two steps (or a step and Astro's build) write the same output: so
 * no step can change a file after a step before it has read it. The order is
 * checked when the configuration loads, not kept by a comment.
 */
import type { BuiltSite } from './built-site.ts';

/** Where a step reports what it did: Astro's integration logger inside `astro build`, step-logger.ts in scripts/build.ts's process. */
export interface StepLogger {
  info(message: string): void;
}

/** Outputs Astro's build has written before any step runs: the HTML pages and every other file (styles, scripts, exports). */
export const BUILD_OUTPUTS = ['pages', 'assets'] as const;

/** Read by a step that takes every file the build and the steps before it wrote (the service worker): no step may follow it and write. */
export const EVERY_OUTPUT = '*';

export interface EmitStep {
  /** Short name, for messages and the build log: "search-index". */
  name: string;
  /** Outputs this step reads: those of Astro's build (BUILD_OUTPUTS) or of a step listed before it; EVERY_OUTPUT for all of them. */
  reads: readonly string[];
  /** Outputs this step writes; each output has one writer. */
  writes: readonly string[];
  /** Runs once Astro's build has written dist/, in list order (src/emit/index.ts). */
  run(site: BuiltSite, context: { logger: StepLogger }): void | Promise<void>;
}

/** Every problem with the order of `steps`, each naming the steps and the output; empty when the order is right. */
export function orderProblems(steps: readonly EmitStep[]): string[] {
  const problems: string[] = [];
  const writer = new Map<string, number>();
  for (const output of BUILD_OUTPUTS) writer.set(output, -1);
  for (const [i, step] of steps.entries()) {
    for (const output of step.writes) {
      const other = writer.get(output);
      if (other !== undefined) problems.push(`${step.name} writes "${output}", which ${other < 0 ? "Astro's build" : steps[other]!.name} already writes`);
      else writer.set(output, i);
    }
  }
  for (const [i, step] of steps.entries()) {
    for (const output of step.reads) {
      if (output === EVERY_OUTPUT) {
        for (const later of steps.slice(i + 1))
          for (const o of later.writes) problems.push(`${later.name} writes "${o}" after ${step.name}, which reads every output: list ${later.name} before it`);
        continue;
      }
      const at = writer.get(output);
      if (at === undefined) problems.push(`${step.name} reads "${output}", which no step writes`);
      else if (at >= i)
        problems.push(
          `${step.name} reads "${output}", which ${steps[at]!.name} (listed ${at === i ? 'as the same step' : 'after it'}) writes: list ${step.name} after ${steps[at]!.name}`,
        );
    }
  }
  return problems;
}

export function checkOrder(steps: readonly EmitStep[]): void {
  const problems = orderProblems(steps);
  if (problems.length > 0) throw new Error(`The after-build steps are out of order:\n  ${problems.join('\n  ')}`);
}
