/** Every built page is valid HTML, judged by html-validate (see scripts/verify/html-check.ts). Run after the build. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatHtmlProblem, validateHtml } from '../../scripts/verify/html-check.ts';
import { readSite } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const distDir = DIST_DIR;

describe('built pages are valid HTML', () => {
  it('has a build to check', () => {
    assert.ok(existsSync(`${distDir}/index.html`), 'run `npm run build` first');
  });

  it('no page has an HTML error', async () => {
    const { pages } = existsSync(distDir) ? readSite(distDir) : { pages: [] };
    assert.ok(pages.length > 10);
    const problems = (await Promise.all(pages.map((p) => validateHtml(`${distDir}/${p.path}`, p.html)))).flat();
    assert.equal(problems.length, 0, `\n${problems.map(formatHtmlProblem).join('\n')}`);
  });
});
