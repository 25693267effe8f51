import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorParagraphs, lineAnchor, locateInOriginal, looksLikeHeading, paragraphLocator, parseLineAnchor } from '../../../src/content/original-text.ts';
import { cleanSourceText } from '../../../src/content/source-text.ts';

const recipe = (keepLines: Array<[number, number]>) => ({ keepLines, replacements: [] });

describe('line anchors', () => {
  it('names a paragraph by its archive line: l12, and l12-2 for a second paragraph of the same line', () => {
    assert.equal(lineAnchor(12), 'l12');
    assert.equal(lineAnchor(12, 1), 'l12');
    assert.equal(lineAnchor(12, 2), 'l12-2');
    assert.throws(() => lineAnchor(0), /not a line anchor/);
    assert.throws(() => lineAnchor(3, 0), /not a line anchor/);
  });

  it('reads an anchor back, and nothing else', () => {
    assert.deepEqual(parseLineAnchor('l12'), { line: 12, part: 1 });
    assert.deepEqual(parseLineAnchor('l12-2'), { line: 12, part: 2 });
    for (const id of ['l0', 'l012', 'l12-1', 'l12-', 'p-1x9k3ba', 'L12', 'l12-2-3']) assert.equal(parseLineAnchor(id), null, id);
  });

  it('numbers the parts of a line in reading order; other lines stay as they are', () => {
    const paragraphs = anchorParagraphs({
      paragraphs: [
        { line: 3, text: '甲。' },
        { line: 5, text: '乙。' },
        { line: 5, text: '丙。' },
        { line: 8, text: '丁。' },
      ],
    });
    assert.deepEqual(
      paragraphs.map((p) => p.id),
      ['l3', 'l5', 'l5-2', 'l8'],
    );
    assert.deepEqual(paragraphs.map(paragraphLocator), ['第3行', '第5行', '第5行第2段', '第8行']);
  });

  it('are the raw line numbers: dropping lines from the recipe or repairing a line moves no other anchor', () => {
    const raw = '页头\n标题\n第一段，有逗号。\n\n第二段。\n页脚';
    const before = anchorParagraphs(cleanSourceText(raw, recipe([[2, 6]])));
    const after = anchorParagraphs(cleanSourceText(raw, recipe([[2, 5]])));
    assert.deepEqual(
      before.map((p) => p.id),
      ['l2', 'l3', 'l5', 'l6'],
    );
    assert.deepEqual(
      after.map((p) => p.id),
      ['l2', 'l3', 'l5'],
    );
    const repaired = anchorParagraphs(cleanSourceText(raw, { keepLines: [[2, 5]], replacements: [{ find: '有逗号', replace: '有句号', reason: 'test' }] }));
    assert.deepEqual(
      repaired.map((p) => p.id),
      ['l2', 'l3', 'l5'],
    );
  });
});

describe('headings', () => {
  it('a short line without sentence punctuation is a heading; a sentence, a long line or a bracketed note is not', () => {
    assert.equal(looksLikeHeading('探索建立稳定脱贫长效机制'), true);
    assert.equal(looksLikeHeading('周德睿发表署名文章《奋力打好高质量脱贫的决胜之战》'), true);
    assert.equal(looksLikeHeading('四是抓好作风建设。'), false);
    assert.equal(looksLikeHeading('重庆日报：云阳如何做好今明两年脱贫攻坚工作'), false);
    assert.equal(looksLikeHeading('（作者中共镇赉县委书记）'), false);
    assert.equal(looksLikeHeading('长'.repeat(41)), false);
  });
});

describe('locating a quote in the original text', () => {
  const paragraphs = anchorParagraphs(
    cleanSourceText('页头\n確保考核評估質量。發揮作用,以較真促認真。\n\n坚决完成目标任务。目标就是方向。\n目标就是方向，就是动力。', recipe([[2, 5]])),
  );

  it('finds the paragraph across script, width and white space, and gives its anchor', () => {
    assert.equal(locateInOriginal(paragraphs, '确保考核评估质量')?.id, 'l2');
    assert.equal(locateInOriginal(paragraphs, '发挥作用，以较真 促认真')?.id, 'l2');
    assert.equal(locateInOriginal(paragraphs, '就是动力')?.id, 'l5');
  });

  it('takes the first paragraph in reading order when the words occur twice', () => {
    assert.equal(locateInOriginal(paragraphs, '目标就是方向')?.id, 'l4');
  });

  it('returns null for words that are not there, for text spanning two paragraphs, and for an empty quote', () => {
    assert.equal(locateInOriginal(paragraphs, '确保考评质量'), null);
    assert.equal(locateInOriginal(paragraphs, '目标就是方向。目标就是方向'), null);
    assert.equal(locateInOriginal(paragraphs, '页头'), null);
    assert.equal(locateInOriginal(paragraphs, '  '), null);
  });
});
