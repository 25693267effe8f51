import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkFacts,
  evidence,
  isVerbatim,
  maskText,
  quotations,
  ruleFor,
  SOURCE_FIELD_RULES,
  TERM_FIELD_RULES,
} from '../../../src/content/guard/fact-check.ts';

const SOURCE = evidence('003_test.txt', [
  '镇赉县是国家扶贫开发重点县。贫困发生率由2015年底的20.9%下降到0.06%。',
  '用“辛苦指数”换来贫困群众的“幸福指数”。2019年4月28日，经省政府批准，镇赉县正式脱贫退出贫困县序列。',
]);
const OTHER = evidence('any source', ['增强“四个意识”，坚定“四个自信”。']);

function body(text: string, line = 10) {
  return checkFacts({ field: 'body', text, line, markup: true, numbers: SOURCE, quotes: SOURCE, inferredQuotes: OTHER });
}

describe('facts check: what passes', () => {
  it('figures and quotations that are in the source', () => {
    assert.deepEqual(body('- 贫困发生率由2015年底的20.9%下降到0.06%。\n- 文章说要用“辛苦指数”换来“幸福指数”。'), []);
  });

  it('a blockquote that is verbatim, across Markdown lines, with emphasis and a term link', () => {
    assert.deepEqual(body('> 镇赉县是**国家扶贫开发重点县**。\n> 贫困发生率由[2015年底](term:x)的20.9%下降到0.06%。'), []);
  });

  it('nested ‘’ compare equal to the source’s “”', () => {
    assert.equal(isVerbatim('用‘辛苦指数’换来', SOURCE), true);
  });

  it('a quotation cut with …… when the pieces are in order in one paragraph', () => {
    assert.equal(isVerbatim('用“辛苦指数”……经省政府批准', SOURCE), true);
    assert.equal(isVerbatim('经省政府批准……用“辛苦指数”', SOURCE), false);
  });

  it('<Outside> is exempt; <Inferred> may quote any source', () => {
    assert.deepEqual(body('<Outside>2020年底全面完成“某某任务”</Outside>'), []);
    assert.deepEqual(body('<Inferred>即通常所说的“四个意识”</Inferred>'), []);
  });

  it('line references, list markers and link targets are not figures', () => {
    assert.deepEqual(body('1. 原文第8—12行重复，见第3行。\n2. 见[镇赉县](term:5-18-n)。'), []);
  });
});

describe('facts check: bad input fails with line and reason', () => {
  it('a figure that is not in the source', () => {
    assert.deepEqual(body('第一行。\n- 贫困发生率下降到0.07%。'), [
      { line: 11, field: 'body', message: 'the percentage "0.07%" does not appear in 003_test.txt' },
    ]);
  });

  it('a date that is not in the source', () => {
    assert.deepEqual(body('- 2019年4月29日退出。'), [{ line: 10, field: 'body', message: 'the date "2019年4月29日" does not appear in 003_test.txt' }]);
  });

  it('a changed word inside an inline quotation', () => {
    assert.deepEqual(body('\n\n- 用“辛苦指标”换来'), [{ line: 12, field: 'body', message: 'quotation “辛苦指标” is not verbatim in 003_test.txt' }]);
  });

  it('a blockquote that is not verbatim, reported at its first line', () => {
    assert.deepEqual(body('正文。\n\n> 镇赉县是国家扶贫开发重点县。\n> 全县上下一心。'), [
      { line: 12, field: 'body', message: 'block quotation “镇赉县是国家扶贫开发重点县。全县上下一心。” is not verbatim in 003_test.txt' },
    ]);
  });

  it('a quotation from another source outside <Inferred>', () => {
    assert.equal(body('增强“四个意识”。')[0]?.message, 'quotation “四个意识” is not verbatim in 003_test.txt');
  });

  it('numbers inside <Inferred> are still checked against the own source', () => {
    assert.equal(body('<Inferred>约为2016年。</Inferred>')[0]?.message, 'the figure "2016年" does not appear in 003_test.txt');
  });

  it('a frontmatter text reports the field’s own line', () => {
    const problems = checkFacts({ field: 'description', text: '贫困发生率降到0.6%。', line: 27, numbers: SOURCE, quotes: SOURCE });
    assert.deepEqual(problems, [{ line: 27, field: 'description', message: 'the percentage "0.6%" does not appear in 003_test.txt' }]);
  });
});

describe('facts check: pieces', () => {
  it('finds outermost quotations only', () => {
    assert.deepEqual(
      quotations('甲“乙“丙”丁”戊“己”').map((q) => q.text),
      ['乙“丙”丁', '己'],
    );
  });

  it('masks without moving anything', () => {
    const text = '- **粗体**与[链接](term:abc)<Outside>外部</Outside>\n1. 第22行';
    const { masked } = maskText(text, true);
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('\n').length, 2);
    assert.doesNotMatch(masked, /\*|term:|外部|22/);
  });

  it('field rules: body and description are checked against the own source, outside knowledge is exempt', () => {
    assert.deepEqual(ruleFor(SOURCE_FIELD_RULES, 'body').numbers, ['own']);
    assert.deepEqual(ruleFor(SOURCE_FIELD_RULES, 'description').quotes, ['own']);
    assert.deepEqual(ruleFor(SOURCE_FIELD_RULES, 'noiseRemoved[3]').numbers, []);
    assert.deepEqual(ruleFor(TERM_FIELD_RULES, 'outside[0].text').quotes, []);
    assert.deepEqual(ruleFor(TERM_FIELD_RULES, 'english[1].reference').numbers, []);
    assert.deepEqual(ruleFor(TERM_FIELD_RULES, 'definition').numbers, ['sources']);
  });
});
