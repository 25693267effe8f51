import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { noiseInTexts, repeatedProse } from '../../../scripts/verify/site-noise.ts';
import { readDistTexts, readSite } from '../../support/dist-files.ts';

const FIXTURE = 'tests/fixtures/dist-noise';
const temps: string[] = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('noise checks on a deliberately noisy build (tests/fixtures/dist-noise)', () => {
  it('finds noise in a page, with file and line', () => {
    const messages = noiseInTexts(readDistTexts(FIXTURE));
    assert.ok(
      messages.some((m) => m.startsWith('terms/x/index.html:8 › scraped noise (phone-number): “13707368020” in …')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('terms/x/index.html:12 › scraped noise (inserted-pinyin): “實(shí)”')),
      messages.join('\n'),
    );
  });

  it('finds noise inside a compressed Pagefind index file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-noise-'));
    temps.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind/fragment/zh_0000000.pf_fragment'), gzipSync(Buffer.from('{"content":"发布者: sexgang| 查看: 611|"}')));
    const messages = noiseInTexts(readDistTexts(dir)).filter((m) => m.startsWith('pagefind/'));
    assert.deepEqual(
      messages.map((m) => m.split(' in ')[0]),
      [
        'pagefind/fragment/zh_0000000.pf_fragment › scraped noise (poster-account): “sexgang”',
        'pagefind/fragment/zh_0000000.pf_fragment › scraped noise (forum-post-meta): “发布者:”',
      ],
    );
  });

  it('finds a paragraph of prose repeated on its page, but not a quotation that repeats prose', () => {
    const page = readSite(FIXTURE).pages.find((p) => p.path === 'terms/x/index.html')!;
    const messages = repeatedProse(page.path, page.html);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /^terms\/x\/index\.html:9 › duplicated paragraph: “镇赉县严格落实.*” repeats line 7$/);
  });
});
