/**
 * Bad content fails `astro build` with a message that names the file, line and
 * field. Every case of tests/support/bad-content.ts is checked against the
 * content guard's integration in tests/unit/content/content-guard-integration.test.ts;
 * here whole builds prove that the guard's failure stops the build and reaches
 * its output, once for each of the guard's two hooks: a structural problem
 * (found before Astro reads the content) and a problem found against the
 * sources (on a worker thread, awaited before pages are built). Each breaks one
 * thing in a copy of the valid fixture; the control, the same fixture built
 * whole, is the fixture build of redirects.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { badContentCase, fixtureCopy } from '../support/bad-content.ts';
import { buildFixture } from '../support/fixture-build.ts';

describe('the build', () => {
  for (const name of [
    // Structure: thrown from astro:config:setup.
    'fails on an unknown term reference in related',
    // Against the source: thrown from astro:build:start.
    'fails when a quote is not verbatim in its source',
  ]) {
    it(name, async () => {
      const dir = fixtureCopy();
      const expected = badContentCase(name).breakIn(dir);
      const { status, output } = await buildFixture(dir);
      assert.notEqual(status, 0, `build should fail but exited ${status}`);
      assert.match(output, expected);
    });
  }
});
