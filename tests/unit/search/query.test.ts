import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorAt, decodeAnchors, decodeOpaque, encodeAnchors, encodeOpaque } from '../../../src/search/core/anchor-map.ts';
import { indexForm } from '../../../src/search/core/chars.ts';
import { buildExcerpt } from '../../../src/search/core/excerpt.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { indexedForms, matchPositions } from '../../../src/search/core/match-positions.ts';
import { compactPinyin, isPinyin, pinyinSyllables } from '../../../src/search/core/pinyin.ts';
import { nameKey, nameToken, planQuery, unitQuery } from '../../../src/search/core/query-plan.ts';
import { intersectAll, rankCandidates } from '../../../src/search/core/rank.ts';
import { encodeTextFragment, resultHref } from '../../../src/search/core/result-link.ts';
import { searchNames } from '../../../src/search/core/term-names.ts';
import { indexWords } from '../../../src/search/core/tokenize.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const table = buildFoldTable(foldToSimplified);

describe('pinyin', () => {
  it('recognises pinyin with or without tones and spaces', () => {
    for (const q of ['liangbuchou', 'liang bu chou', 'liǎng bù chóu', 'Jīngzhǔn fúpín', 'lüse', 'lvse']) assert.ok(isPinyin(q), q);
  });
  it('rejects English and other text', () => {
    for (const q of ['two assurances', 'poverty', 'targeted', '两不愁', '2019']) assert.equal(isPinyin(q), false, q);
  });
  it('splits into syllables and compacts the same way for every spelling', () => {
    assert.deepEqual(pinyinSyllables('liangbuchou'), ['liang', 'bu', 'chou']);
    assert.equal(compactPinyin('liǎng bù chóu'), 'liangbuchou');
    assert.equal(compactPinyin('lǜ'), compactPinyin('lv'));
  });
});

describe('query plan', () => {
  it('makes a Chinese query one phrase of bigrams', () => {
    const plan = planQuery('易地扶贫搬迁', table);
    assert.deepEqual(plan.units, [{ kind: 'phrase', words: ['易地', '地扶', '扶贫', '贫搬', '搬迁'] }]);
    assert.equal(unitQuery(plan.units[0]!), '"易地 地扶 扶贫 贫搬 搬迁"');
  });
  it('requires every space-separated group, and ranks the whole phrase first', () => {
    const plan = planQuery('两不愁 三保障', table);
    assert.equal(plan.units.length, 2);
    assert.deepEqual(plan.wholePhrase?.words, ['两不', '不愁', '愁三', '三保', '保障']);
  });
  it('reads Traditional and punctuated forms like the Simplified term', () => {
    assert.deepEqual(planQuery('兩不愁三保障', table).units, planQuery('两不愁三保障', table).units);
    assert.deepEqual(planQuery('“绣花”功夫', table).units, planQuery('绣花功夫', table).units);
    assert.deepEqual(planQuery('先诊疗、后付费', table).units, planQuery('先诊疗后付费', table).units);
    assert.equal(planQuery('先诊疗、后付费', table).key, nameKey('先诊疗后付费', table));
  });
  it('reads pinyin as one joined prefix, keeping a plain-word reading as fallback', () => {
    const plan = planQuery('liǎng bù chóu', table);
    assert.deepEqual(plan.units, [{ kind: 'prefix', words: ['liangbuchou'] }]);
    assert.deepEqual(plan.highlight, [{ kind: 'phrase', words: ['liang', 'bu', 'chou'] }]);
    assert.deepEqual(plan.fallback?.units.map(unitQuery), ['liang', 'bu', 'chou']);
  });
  it('reads English words as prefixes', () => {
    assert.deepEqual(planQuery('two assur', table).units.map(unitQuery), ['two', 'assur']);
  });
  it('matches a lone Han character as a prefix', () => {
    assert.deepEqual(planQuery('贫', table).units, [{ kind: 'prefix', words: ['贫'] }]);
  });
});

describe('matching positions in stored content', () => {
  const words = indexWords('全面攻坚。易地扶贫搬迁后续帮扶，扶贫开发', table);
  it('knows the words Pagefind indexes for a content word', () => {
    assert.deepEqual(indexedForms('疗、后'), ['疗后']);
    assert.ok(indexedForms('實現`实现').includes('实现'));
    assert.ok(indexedForms('20.9%').includes('209'));
  });
  it('finds a phrase only where its bigrams are consecutive, covering its last character', () => {
    const plan = planQuery('易地扶贫搬迁', table);
    const positions = matchPositions(words, plan.units);
    assert.deepEqual(positions.map((p) => words[p]![0]).join(''), '易地扶贫搬迁');
  });
  it('does not light up 扶贫 elsewhere for the phrase 易地扶贫搬迁', () => {
    const positions = matchPositions(words, planQuery('易地扶贫搬迁', table).units);
    const later = words.indexOf('扶贫', words.indexOf('，'));
    assert.ok(later > 0);
    assert.equal(positions.includes(later), false);
  });
});

describe('excerpts', () => {
  it('marks the match in the original script and keeps quote marks outside the mark', () => {
    const words = indexWords('國務院扶貧辦將堅持精準扶貧精準脫貧基本方略。', table);
    const excerpt = buildExcerpt(words, matchPositions(words, planQuery('精准扶贫', table).units));
    assert.deepEqual(
      excerpt.parts.filter((p) => p.mark).map((p) => p.text),
      ['精準扶貧'],
    );
    assert.equal(excerpt.matchedText, '精準扶貧');
    const quoted = indexWords('把实现“两不愁三保障”作为底线任务', table);
    const marks = buildExcerpt(quoted, matchPositions(quoted, planQuery('两不愁三保障', table).units)).parts.filter((p) => p.mark);
    assert.deepEqual(
      marks.map((p) => p.text),
      ['两不愁三保障'],
    );
  });
  it('shows the window with the most matches and marks clipping with ……', () => {
    const long = `${'前文'.repeat(60)}。精准扶贫的要点。${'后文'.repeat(60)}`;
    const words = indexWords(long, table);
    const excerpt = buildExcerpt(words, matchPositions(words, planQuery('精准扶贫', table).units), 30);
    const text = excerpt.parts.map((p) => p.text).join('');
    assert.ok(text.includes('精准扶贫'));
    assert.ok(text.endsWith('……'));
    assert.ok(text.length <= 36);
  });
  it('starts at a given word when nothing matched in the content', () => {
    const words = indexWords('两不愁三保障。定义：贫困人口脱贫的基本要求。', table);
    const start = words.indexOf('定义');
    const excerpt = buildExcerpt(words, [], 90, start);
    assert.ok(excerpt.parts[0]!.text.startsWith('定义'));
  });
});

describe('anchor map', () => {
  it('round-trips through an alphabet without letters or digits', () => {
    const encoded = encodeOpaque('yao-dian 要点 123');
    assert.equal(indexForm(encoded), '');
    assert.equal(decodeOpaque(encoded), 'yao-dian 要点 123');
  });
  it('writes repeated text as repeated characters, so gzip can compress it', () => {
    const encoded = encodeOpaque('li-1ys54l6li-1ys54l6');
    assert.equal(encoded.slice(0, encoded.length / 2), encoded.slice(encoded.length / 2));
    assert.throws(() => decodeOpaque('a!'), /not an opaque string/);
  });
  it('finds the part and section heading that contain a word', () => {
    // A heading's text is read from the content: the block at its position.
    const words = Array.from({ length: 30 }, () => '⁋');
    words.splice(0, 3, '导语', '语', '⁋');
    words.splice(20, 3, '要点', '点', '⁋');
    const anchors = decodeAnchors(
      encodeAnchors([
        { pos: 0, id: 'intro', heading: '导语' },
        { pos: 10, id: 'p-1' },
        { pos: 20, id: 'yao-dian', heading: '要点' },
      ]),
      words,
    );
    assert.deepEqual(anchorAt(anchors, 12), { id: 'p-1', heading: '导语' });
    assert.deepEqual(anchorAt(anchors, 25), { id: 'yao-dian', heading: '要点' });
  });
});

describe('ranking', () => {
  it('puts whole-phrase matches first, then orders by score', () => {
    const order = rankCandidates(
      ['a', 'b', 'c'],
      [
        { id: 'a', score: 3 },
        { id: 'b', score: 2 },
        { id: 'c', score: 1 },
      ],
      new Set(['c']),
    );
    assert.deepEqual(order, ['c', 'a', 'b']);
  });
  it('intersects the units', () => {
    assert.deepEqual([...intersectAll([new Set(['a', 'b']), new Set(['b', 'c'])])], ['b']);
  });
});

describe('result links', () => {
  const hosted = { base: '/kb/', siteRoot: 'https://example.org/kb/', offline: false };
  const offline = { base: '/kb/', siteRoot: 'file:///home/a/kb/', offline: true };
  it('links to the section and asks the browser to highlight the match', () => {
    assert.equal(
      resultHref('/kb/terms/x/', hosted, 'definition', '两不愁'),
      `https://example.org/kb/terms/x/#definition:~:text=${encodeURIComponent('两不愁')}`,
    );
  });
  it('names index.html in an offline copy', () => {
    assert.equal(resultHref('/kb/sources/a/', offline), 'file:///home/a/kb/sources/a/index.html');
  });
  it('escapes the characters that mean something in a text fragment', () => {
    assert.equal(encodeTextFragment('1-2,3&4'), '1%2D2%2C3%264');
  });
});

describe('glossary search names', () => {
  it('include the joined toneless pinyin and the English renderings', () => {
    const names = searchNames({
      term: '两不愁三保障',
      traditional: '兩不愁三保障',
      pinyin: 'liǎng bù chóu sān bǎozhàng',
      english: [
        { text: 'Two Assurances and Three Guarantees', kind: 'official' },
        { text: 'two no-worries', kind: 'common' },
      ],
    });
    assert.deepEqual(
      names.find((n) => n.text === 'liangbuchousanbaozhang'),
      { text: 'liangbuchousanbaozhang', rank: 0 },
    );
    assert.deepEqual(
      names.find((n) => n.text === 'Two Assurances and Three Guarantees'),
      { text: 'Two Assurances and Three Guarantees', rank: 0 },
    );
    assert.deepEqual(
      names.find((n) => n.text === 'two no-worries'),
      { text: 'two no-worries', rank: 1 },
    );
  });
  it('mark each name with an index word that the query for that name finds exactly', () => {
    assert.equal(nameToken(nameKey('先诊疗、后付费', table), 0), nameToken(nameKey('先诊疗后付费', table), 0));
    assert.equal(nameToken(nameKey('5+18+N', table), 0), 'zzname0518n');
    assert.equal(nameToken(nameKey('Liǎng bù chóu', table), 1), 'zzname1liangbuchou');
  });
});
