/**
 * Where the after-build steps run: inside `astro build` (its astro:build:done hook), or,
 * when scripts/build.ts set KB_AFTER_BUILD_TO, in that script's process after Astro's
 * has exited, with only the build folder handed over.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { afterBuild, runSteps, type AfterBuildHandoff } from '../../../src/emit/index.ts';
import type { EmitStep } from '../../../src/emit/pipeline.ts';
import { stepLogger } from '../../../src/emit/step-logger.ts';

const work = mkdtempSync(join(tmpdir(), 'kb-after-build-'));
after(() => rmSync(work, { recursive: true, force: true }));
const dist = join(work, 'dist');
mkdirSync(join(dist, 'terms/x'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<p>home</p>');
writeFileSync(join(dist, 'terms/x/index.html'), '<p>x</p>');

/** Two steps that record what they saw, the second reading what the first wrote. */
function recordingSteps(ran: string[]): EmitStep[] {
  return [
    {
      name: 'first',
      reads: ['pages'],
      writes: ['first'],
      run: (site, { logger }) => {
        ran.push(
          `first saw ${site
            .pages()
            .map((p) => p.url)
            .join(' ')}`,
        );
        writeFileSync(site.abs('first.txt'), 'x');
        site.add('first.txt');
        logger.info('wrote first.txt');
      },
    },
    { name: 'second', reads: ['first'], writes: ['second'], run: (site) => void ran.push(`second saw ${site.files().includes('first.txt')}`) },
  ];
}

/** The integration's astro:build:done hook, called as Astro calls it, with a logger that records lines. */
async function buildDone(integration: ReturnType<typeof afterBuild>, lines: string[]) {
  const logger = { info: (m: string) => lines.push(m), fork: (label: string) => ({ info: (m: string) => lines.push(`[${label}] ${m}`) }) };
  const hook = integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dist}/`), logger });
}

describe('the after-build steps', () => {
  it('run in list order on one walk of the build folder, each with its own logger', async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    await runSteps(dist, '/kb/', recordingSteps(ran), (step) => ({ info: (m) => lines.push(`${step.name}: ${m}`) }));
    assert.deepEqual(ran, ['first saw /kb/ /kb/terms/x/', 'second saw true']);
    assert.deepEqual(lines, ['first: wrote first.txt']);
  });

  it('refuse a list out of order before any step runs', async () => {
    const ran: string[] = [];
    await assert.rejects(
      runSteps(dist, '/', recordingSteps(ran).reverse(), () => ({ info: () => {} })),
      /out of order/,
    );
    assert.deepEqual(ran, []);
  });

  it('run inside `astro build` when nothing asked for them elsewhere', async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    await buildDone(afterBuild({ base: '/', steps: recordingSteps(ran) }), lines);
    assert.deepEqual(ran, ['first saw / /terms/x/', 'second saw true']);
    assert.deepEqual(lines, ['[kb:first] wrote first.txt']);
  });

  it('are left to scripts/build.ts when KB_AFTER_BUILD_TO names a file: the build writes its folder there and runs no step', async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    const handoff = join(work, 'after-build.json');
    rmSync(join(dist, 'first.txt'), { force: true });
    await buildDone(afterBuild({ base: '/', steps: recordingSteps(ran), handoffTo: handoff }), lines);
    assert.deepEqual(ran, []);
    assert.deepEqual(JSON.parse(readFileSync(handoff, 'utf8')) as AfterBuildHandoff, { dir: `${dist}/` });
    assert.match(lines[0]!, /^the after-build steps \(first, second\) run next, in scripts\/build\.ts's process; this one ends resident \d+ MB/);
    assert.equal(existsSync(join(dist, 'first.txt')), false);
  });

  it("log, outside Astro's process, in the form of Astro's own lines", () => {
    const lines: string[] = [];
    stepLogger('kb:search-index', (line) => lines.push(line)).info('indexed 3 pages');
    assert.match(lines[0]!, /^\d\d:\d\d:\d\d \[kb:search-index\] indexed 3 pages$/);
  });
});
