/**
 * Weight budget: a source page, with everything it loads (stylesheets, icon,
 * any script), stays under 40 KB transferred with gzip. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readConfig } from '../../src/config.ts';

const distDir = 'dist';
const BUDGET = 40 * 1024;
const base = readConfig().base;

/** Local files a page loads: stylesheets, icons, scripts, images. */
function pageResources(html: string): string[] {
  const urls = [...html.matchAll(/<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]+)"/g)]
    .filter((m) => !/rel="(?:prev|next|canonical|alternate)"/.test(m[0]))
    .map((m) => m[1]!);
  return [...new Set(urls)];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

describe('source pages stay under 40 KB transferred (gzip)', () => {
  it('has a build to check', () => assert.ok(existsSync(`${distDir}/sources`), 'run `npm run build` first'));
  const slugs = existsSync(`${distDir}/sources`)
    ? readdirSync(`${distDir}/sources`, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  for (const slug of slugs) {
    it(slug, () => {
      const html = readFileSync(join(distDir, 'sources', slug, 'index.html'));
      let total = gz(html);
      const parts = [`html ${gz(html)}`];
      for (const url of pageResources(html.toString('utf8'))) {
        assert.ok(url.startsWith(base), `${slug} loads ${url}, which is not under ${base}`);
        const file = join(distDir, url.slice(base.length));
        assert.ok(existsSync(file), `${slug} loads ${url}, which is not in dist/`);
        const size = gz(readFileSync(file));
        total += size;
        parts.push(`${url} ${size}`);
      }
      assert.ok(total < BUDGET, `${slug}: ${total} bytes gzip (${parts.join(', ')}) exceeds ${BUDGET}`);
    });
  }
});
