/** Every internal link and #anchor in the build works, nothing links out, no page is orphaned. Run after the build. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';
import { checkLinks, formatLinkProblems } from '../../scripts/verify/link-check.ts';
import { readSite } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const distDir = DIST_DIR;
const base = readConfig().base;

describe(`links in the built site (base ${base})`, () => {
  it('has a build to check', () => {
    assert.ok(existsSync(`${distDir}/index.html`), 'run `npm run build` first');
  });

  const { pages, files } = existsSync(distDir) ? readSite(distDir) : { pages: [], files: new Set<string>() };

  it('checks every page type', () => {
    for (const page of ['index.html', '404.html', 'about/index.html', 'search/index.html', 'sources/index.html', 'terms/index.html']) {
      assert.ok(files.has(page), `${page} is missing from the build`);
    }
    assert.ok(pages.some((p) => p.path.startsWith('sources/') && p.path !== 'sources/index.html'));
    assert.ok(pages.some((p) => p.path.startsWith('terms/') && p.path !== 'terms/index.html'));
  });

  it('has no broken link or anchor, no outside link and no orphan page', () => {
    const problems = checkLinks(pages, files, base);
    assert.equal(problems.length, 0, `\n${formatLinkProblems(problems, distDir)}`);
  });
});
