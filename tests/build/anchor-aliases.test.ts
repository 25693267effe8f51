/**
 * Every old id declared in content/redirects.yaml sits inside the element whose id
 * replaced it, on the built page, so /page/#old still lands on that element.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseRedirects } from '../../src/content/redirects.ts';
import { attr, builtDocument, builtFile, findAll, inside } from '../support/built-html.ts';

const redirects = parseRedirects(readFileSync('content/redirects.yaml', 'utf8'));

describe('anchor aliases', () => {
  it('every old id in content/redirects.yaml sits inside the element that replaced it', () => {
    const pages = Object.entries(redirects.anchors);
    assert.ok(pages.length > 0);
    const missing: string[] = [];
    for (const [path, aliases] of pages) {
      if (!existsSync(builtFile(path))) {
        missing.push(`${path}: no such built page`);
        continue;
      }
      const doc = builtDocument(path);
      for (const [old, now] of Object.entries(aliases)) {
        const nested = findAll(doc, (el) => attr(el, 'id') === old && inside(el, (a) => attr(a, 'id') === now));
        if (nested.length !== 1) missing.push(`${path}#${old} → #${now}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
