/** None of the raw files' noise reaches the built site or its search index. Run after `npm run build`. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { noiseInTexts, repeatedProse } from '../../scripts/verify/site-noise.ts';
import { readDistTexts, readSite } from '../support/dist-files.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const distDir = DIST_DIR;

describe('built site is free of scraped noise', () => {
  it('has a build to check', () => {
    assert.ok(existsSync(`${distDir}/index.html`), 'run `npm run build` first');
  });

  const texts = existsSync(distDir) ? readDistTexts(distDir) : [];

  it('includes the Pagefind index in the scan', () => {
    assert.ok(
      texts.some((t) => t.file.includes('fragment')),
      'no Pagefind fragments found',
    );
    assert.ok(
      texts.some((t) => t.file.endsWith('.pf_index')),
      'no Pagefind index chunks found',
    );
  });

  it('no page or index file contains any noise pattern', () => {
    assert.deepEqual(noiseInTexts(texts), []);
  });

  it('no page repeats a paragraph of its prose', () => {
    const { pages } = existsSync(distDir) ? readSite(distDir) : { pages: [] };
    assert.ok(pages.length > 0);
    assert.deepEqual(
      pages.flatMap((p) => repeatedProse(p.path, p.html)),
      [],
    );
  });
});
