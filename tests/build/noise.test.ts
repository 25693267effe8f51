/** None of the raw files' noise reaches the built site or its search index. Run after `npm run build`. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findNoise } from '../../src/lib/noise-patterns.ts';
import { readDistTexts } from '../support/dist-files.ts';

const distDir = 'dist';

describe('built site is free of scraped noise', () => {
  it('has a build to check', () => {
    assert.ok(existsSync(`${distDir}/index.html`), 'run `npm run build` first');
  });

  const texts = existsSync(distDir) ? readDistTexts(distDir) : [];

  it('includes the Pagefind index in the scan', () => {
    assert.ok(texts.some((t) => t.file.includes('fragment')), 'no Pagefind fragments found');
    assert.ok(texts.some((t) => t.file.endsWith('.pf_index')), 'no Pagefind index chunks found');
  });

  it('no page or index file contains any noise pattern', () => {
    const hits = texts.flatMap((t) =>
      findNoise(t.text).map(
        (n) => `${t.file}: ${n.id} “${n.match}” …${t.text.slice(Math.max(0, n.index - 20), n.index + 30)}…`,
      ),
    );
    assert.deepEqual(hits, []);
  });
});
