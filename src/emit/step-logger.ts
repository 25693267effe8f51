/**
 * The after-build steps' log outside Astro's process (scripts/build.ts), in the
 * form of Astro's own lines ("14:05:09 [kb:search-index] indexed …"), so a
 * build's log reads the same whichever process ran the steps.
 */
import type { StepLogger } from './pipeline.ts';

export function stepLogger(label: string, write: (line: string) => void = (line) => console.log(line)): StepLogger {
  return {
    info: (message) => write(`${new Date().toLocaleTimeString('en-GB', { hour12: false })} [${label}] ${message}`),
  };
}
