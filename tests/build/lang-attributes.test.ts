/** Every lang attribute on every built page is one the site uses: zh-Hans, zh-Hant, en or zh-Latn-pinyin. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, builtDocument, findAll } from '../support/built-html.ts';
import { builtPages } from '../support/site-pages.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const ALLOWED = new Set(['zh-Hans', 'zh-Hant', 'en', 'zh-Latn-pinyin']);

describe('language', () => {
  it('every lang attribute is one of zh-Hans, zh-Hant, en, zh-Latn-pinyin', () => {
    const paths = builtPages(DIST_DIR);
    assert.ok(paths.length > 10);
    const wrong: string[] = [];
    for (const path of paths) {
      for (const el of findAll(builtDocument(path), (e) => attr(e, 'lang') !== undefined)) {
        if (!ALLOWED.has(attr(el, 'lang')!)) wrong.push(`/${path}: <${el.name} lang="${attr(el, 'lang')}">`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
