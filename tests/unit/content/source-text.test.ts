import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanSourceText, locateVerbatim, SourceTextError } from '../../../src/content/source-text.ts';

const recipe = (keepLines: Array<[number, number]>, replacements: Array<{ find: string; replace: string; reason: string }> = []) => ({
  keepLines,
  replacements,
});

describe('cleanSourceText', () => {
  it('keeps only the listed lines, with their raw line numbers', () => {
    const cleaned = cleanSourceText('标题\n正文一。\n\n正文二。\n页脚', recipe([[2, 4]]));
    assert.deepEqual(cleaned.paragraphs, [
      { line: 2, text: '正文一。' },
      { line: 4, text: '正文二。' },
    ]);
  });

  it('strips pinyin inserted after Han characters, but not parenthesised Chinese', () => {
    const cleaned = cleanSourceText('扎實(shí)推進(jìn)工作(扩大)会议', recipe([[1, 1]]));
    assert.equal(cleaned.paragraphs[0]?.text, '扎實推進工作（扩大）会议');
  });

  it('turns half-width punctuation in Chinese text into full-width, leaving numbers alone', () => {
    const cleaned = cleanSourceText('必须看到,成绩显著:一是增收?是的!时间20:34,比例1.8%', recipe([[1, 1]]));
    assert.equal(cleaned.paragraphs[0]?.text, '必须看到，成绩显著：一是增收？是的！时间20:34，比例1.8%');
  });

  it('trims no-break-space indentation', () => {
    const cleaned = cleanSourceText('\u00a0\u00a0\u00a0\u00a0一是围绕。', recipe([[1, 1]]));
    assert.equal(cleaned.paragraphs[0]?.text, '一是围绕。');
  });

  it('applies replacements before anything else, at every occurrence', () => {
    const cleaned = cleanSourceText('SPAM县委书记，在SPAM落地', recipe([[1, 1]], [{ find: 'SPAM', replace: '云阳', reason: 'spam' }]));
    assert.equal(cleaned.paragraphs[0]?.text, '云阳县委书记，在云阳落地');
  });

  it('rejects a replacement whose text is not in the file', () => {
    assert.throws(
      () => cleanSourceText('正文', recipe([[1, 1]], [{ find: '不存在', replace: 'x', reason: 'r' }])),
      (error: unknown) => error instanceof SourceTextError && /cleaning\.replacements: "不存在" does not occur/.test(error.message),
    );
  });

  it('rejects a line range outside the file', () => {
    assert.throws(() => cleanSourceText('一\n二', recipe([[1, 5]])), /cleaning\.keepLines: range \[1, 5\] is outside the file's 2 lines/);
  });

  it('rejects a kept paragraph that repeats an earlier one', () => {
    assert.throws(() => cleanSourceText('段落甲。\n段落乙。\n段落甲。', recipe([[1, 3]])), /raw line 3 repeats line 1/);
  });
});

describe('locateVerbatim', () => {
  const cleaned = cleanSourceText('前言\n確保考核評估質量。发挥作用,以较真促认真。', recipe([[2, 2]]));

  it('finds a quote ignoring script, width and white space differences', () => {
    assert.equal(locateVerbatim(cleaned, '确保考核评估质量')?.line, 2);
    assert.equal(locateVerbatim(cleaned, '发挥作用，以较真 促认真')?.line, 2);
  });

  it('does not find paraphrases or text from dropped lines', () => {
    assert.equal(locateVerbatim(cleaned, '确保考评质量'), null);
    assert.equal(locateVerbatim(cleaned, '前言'), null);
    assert.equal(locateVerbatim(cleaned, '   '), null);
  });
});
