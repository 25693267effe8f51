import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeAnchorRows, encodeAnchors } from '../../../src/search/core/anchor-map.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { CHAINS_FIELD, foldChains, unfoldChains } from '../../../src/search/core/fragment-text.ts';
import { BLOCK_BREAK } from '../../../src/search/core/search-record.ts';
import { indexWords, SPACE_MARK } from '../../../src/search/core/tokenize.ts';
import { slimFragmentFile, slimFragments } from '../../../src/search/build/slim-fragments.ts';
import { pageDirectory } from '../../../src/search/build/page-directory-file.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const table = buildFoldTable(foldToSimplified);
const root = mkdtempSync(join(tmpdir(), 'kb-fragment-text-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** What the search page reads back: Pagefind deletes SPACE_MARK from a fragment's content before the page unfolds it. */
const readBack = (words: string[]) => unfoldChains(foldChains(words).replaceAll(SPACE_MARK, ''));
const withoutSpaceMarks = (words: string[]) => words.map((w) => w.replaceAll(SPACE_MARK, ''));

/** A record's words as the index writes them: each block tokenized, then a BLOCK_BREAK. */
const recordWords = (...blocks: string[]) => blocks.flatMap((b) => [...indexWords(b, table), BLOCK_BREAK]);

describe("a fragment's content with its bigram chains folded", () => {
  it('writes a run of Han text once and unfolds it into the same bigrams', () => {
    assert.equal(foldChains(['精准', '准扶', '扶贫', '贫']), '精准扶贫');
    assert.deepEqual(unfoldChains('精准扶贫'), ['精准', '准扶', '扶贫', '贫']);
    // Joiners stay with the character before them (and before the first), as the words carry them.
    const words = indexWords('讲话精神、解决“两不愁三保障”。', table);
    assert.equal(foldChains(words), '讲话精神、解决“两不愁三保障” 。');
    assert.deepEqual(unfoldChains(foldChains(words)), words);
  });

  it('ends a chain open where the run goes on in a word of another form, and escapes what would read otherwise', () => {
    // 實 is written with its folded form (a FOLD_MARK word), which no chain holds.
    const words = indexWords('落实實現目标', table);
    assert.ok(words.some((w) => w.includes('`')));
    assert.match(foldChains(words), /\^/);
    assert.deepEqual(unfoldChains(foldChains(words)), words);
    for (const odd of [['扶贫'], ['~扶贫'], ['扶贫^'], ['~'], ['^'], ['扶贫', '扶贫'], ['', '贫', '']]) {
      assert.deepEqual(unfoldChains(foldChains(odd)), odd, JSON.stringify(odd));
    }
  });

  it('gives back every word at its position for text of every kind', () => {
    const texts = [
      '两不愁三保障：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。',
      '砥砺同心 合力攻坚——2019年GDP增长6.5%，e.g. “五个一批” ~ 先诊疗、后付费^',
      '《推动殷殷嘱托在云阳落地生根——重庆日报专访》',
      '國務院扶貧辦 實施精準扶貧、精準脫貧',
      'Targeted Poverty Alleviation (精准扶贫) and 𠀀𠀁 characters',
    ];
    for (const text of texts) {
      const words = recordWords(text, '第二段', text);
      assert.deepEqual(readBack(words), withoutSpaceMarks(words), text);
    }
    // A space inside Chinese text is a SPACE_MARK in a word, which Pagefind deletes on loading: still one word there.
    const spaced = indexWords('砥砺同心 合力攻坚', table);
    assert.ok(spaced.some((w) => w.includes(SPACE_MARK)));
    assert.equal(readBack(spaced).length, spaced.length);
  });

  it('is shorter than the words for Chinese text', () => {
    const words = recordWords('义务教育阶段免除学杂费、免费提供教科书，并对家庭经济困难的寄宿生补助生活费的资助政策。');
    assert.ok(foldChains(words).length < words.join(' ').length / 2);
  });
});

describe('a slimmed fragment file', () => {
  function write(name: string, fragment: Record<string, unknown>): string {
    mkdirSync(join(root, 'fragment'), { recursive: true });
    const file = join(root, 'fragment', name);
    writeFileSync(file, gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    return file;
  }
  const read = (file: string) => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').slice('pagefind_dcd'.length));

  it("keeps a source's every word, folded, and Pagefind's own fields", () => {
    const words = recordWords('张学锋谈“两不愁三保障”突出问题', '原文摘句');
    const anchors = encodeAnchors([{ pos: 0, id: 'intro' }]);
    const file = write('und_s.pf_fragment', {
      url: '/sources/x/',
      content: words.join(' '),
      word_count: 30,
      filters: { type: ['来源'] },
      meta: { title: '张学 学锋', anchors },
      anchors: [],
    });
    slimFragmentFile(file);
    const slim = read(file);
    assert.equal(slim[CHAINS_FIELD], 1);
    assert.deepEqual(unfoldChains(slim.content), words);
    // The anchors as plain JSON: Pagefind, which would index their letters, has read the meta fields.
    assert.deepEqual(slim.meta, { title: '张学 学锋', anchors: '[[0,"intro"]]' });
    assert.deepEqual(decodeAnchorRows(slim.meta.anchors, words), [{ pos: 0, id: 'intro' }]);
    assert.deepEqual([slim.url, slim.word_count, slim.anchors], ['/sources/x/', 30, []]);
    // Slimming a slimmed fragment changes nothing.
    const once = readFileSync(file);
    slimFragmentFile(file);
    assert.deepEqual(readFileSync(file), once);
  });

  it("cuts a glossary entry's content after its definition, with the anchors in it, and drops its name tokens", () => {
    const title = indexWords('两不愁三保障', table);
    const definition = indexWords('定义：稳定实现农村贫困人口不愁吃、不愁穿。', table);
    const words = [...title, BLOCK_BREAK, ...definition, BLOCK_BREAK, ...recordWords('来源中的用法', '张学锋谈两不愁三保障')];
    const anchors = [
      { pos: 0, id: 'top', heading: '两不愁三保障' },
      { pos: title.length + 1, id: 'definition' },
      { pos: title.length + definition.length + 2, id: 'usage', heading: '来源中的用法' },
    ];
    const file = write('und_t.pf_fragment', {
      url: '/terms/x/',
      content: words.join(' '),
      filters: { type: ['术语'] },
      meta: { title: title.join(' '), names: '两不 不愁', namekeys: 'zzname0abc', anchors: encodeAnchors(anchors) },
    });
    const { before, after } = slimFragmentFile(file);
    assert.ok(after < before);
    const slim = read(file);
    const kept = unfoldChains(slim.content);
    assert.deepEqual(kept, words.slice(0, title.length + definition.length + 2));
    assert.equal(slim.meta.namekeys, undefined);
    assert.equal(slim.meta.names, '两不 不愁');
    assert.deepEqual(
      decodeAnchorRows(slim.meta.anchors, kept).map((a) => a.id),
      ['top', 'definition'],
    );
  });

  it("leaves the page directory's rows as they were read from Pagefind's fragments", () => {
    const dir = join(root, 'site');
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    const put = (id: string, fragment: Record<string, unknown>) =>
      writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    const words = recordWords('第一段', '第二段');
    const anchors = encodeAnchors([
      { pos: 0, id: 'l1' },
      { pos: 4, id: 'l2' },
    ]);
    put('und_s', { url: '/sources/x/', content: words.join(' '), filters: { type: ['来源'] }, meta: { title: '砥砺 砺同 同心 心' } });
    put('und_x', { url: '/sources/x/text/', content: words.join(' '), filters: { type: ['原文'] }, meta: { title: '原文', anchors } });
    put('und_t', { url: '/terms/t/', content: words.join(' '), filters: { type: ['术语'] }, meta: { title: '两不 不愁 愁', names: '两不 不愁 愁' } });
    const before = pageDirectory([dir], table);
    slimFragments([dir]);
    assert.deepEqual(pageDirectory([dir], table), before);
    assert.deepEqual(before.textRows, [['/sources/x/text/', [0, 4], ['l1', 'l2']]]);
  });
});
