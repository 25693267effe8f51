/**
 * The content guard's Astro integration (src/content/guard/integration.ts), run
 * through its two hooks as `astro build` runs them, on each bad-content case of
 * tests/support/bad-content.ts: it fails with a message naming file, line and
 * field. tests/build/bad-input.test.ts proves with whole builds that this
 * failure stops `astro build`, both from the first hook (structure) and from
 * the second (the checks against the sources, on a worker thread).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentGuard } from '../../../src/content/guard/integration.ts';
import { projectPaths } from '../../../src/content/project-paths.ts';
import { BAD_CONTENT, fixtureCopy } from '../../support/bad-content.ts';

type Hooks = AstroIntegration['hooks'];
type SetupOptions = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type BuildStartOptions = Parameters<NonNullable<Hooks['astro:build:start']>>[0];

/** Runs the guard's hooks on `dir/content` as a build does; returns what it logged, or throws what it threw. */
async function guardBuild(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line), warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const guard = contentGuard(projectPaths(process.cwd(), { ...process.env, KB_CONTENT_DIR: join(dir, 'content') }));
  await guard.hooks['astro:config:setup']?.({ command: 'build', logger } as unknown as SetupOptions);
  await guard.hooks['astro:build:start']?.({ logger } as unknown as BuildStartOptions);
  return logged;
}

// Side by side: each case breaks its own copy of the fixture.
describe('the content guard, run as the build runs it', { concurrency: 2 }, () => {
  it('passes the valid fixture (control)', async () => {
    assert.deepEqual(await guardBuild(fixtureCopy()), ['content ok: 1 sources, 3 terms']);
  });

  for (const { name, breakIn } of BAD_CONTENT) {
    it(name, async () => {
      const dir = fixtureCopy();
      const expected = breakIn(dir);
      await assert.rejects(guardBuild(dir), (error: Error) => {
        assert.match(error.message, expected);
        return true;
      });
    });
  }
});

describe('fixtureCopy', () => {
  let made = '';
  it('copies the valid fixture as content/', () => {
    made = fixtureCopy();
    assert.ok(existsSync(join(made, 'content/sources')), `${made}/content/sources`);
  });
  it('removed that copy when the test that made it ended', () => {
    assert.notEqual(made, '');
    assert.equal(existsSync(made), false, `${made} is still there`);
  });
});
