/**
 * `npm test`: every test, in order. Unit tests, the content check, a build of
 * the real site, checks on the build (noise, links, HTML validity, bad input),
 * two more builds compared byte for byte, then the end-to-end tests in Chromium
 * (pages, search, outside requests with the network cut, accessibility).
 * Stops at the first failing step and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ensurePoppler } from '../tests/support/poppler.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps: Array<{ name: string; command: string; args: string[] }> = [
  { name: 'unit tests', command: 'node', args: ['--test', 'tests/unit/**/*.test.ts'] },
  { name: 'content check', command: 'node', args: ['scripts/check-content.ts'] },
  { name: 'build', command: 'astro', args: ['build'] },
  { name: 'build tests', command: 'node', args: ['--test', '--test-concurrency=1', 'tests/build/**/*.test.ts'] },
  { name: 'reproducible build (two builds, byte for byte)', command: 'node', args: ['scripts/check-reproducible.ts'] },
  { name: 'end-to-end tests (Chromium)', command: 'playwright', args: ['test'] },
  { name: 'search evaluation (Chromium)', command: 'node', args: ['scripts/eval-search.ts'] },
];

console.log(`Chromium for end-to-end tests: ${ensureChromium()}`);
console.log(`Poppler (pdftotext, pdftoppm) for the handout tests: ${ensurePoppler()}`);
let passed = 0;
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    console.log(`test steps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\ntest steps: ${passed} passed, 0 failed`);
