import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReferenceDate, readReferences, referenceLabel, referenceShort } from '../../../src/content/glossary/references.ts';

describe('reference registry', () => {
  it('gives a date at the precision it is known', () => {
    assert.equal(formatReferenceDate('2015-12-07'), '2015年12月7日');
    assert.equal(formatReferenceDate('2021-04'), '2021年4月');
    assert.equal(formatReferenceDate('2011'), '2011年');
  });

  it('names a document in full once, and by title and year in running text', () => {
    const jueding = readReferences('content').get('jueding-2015')!;
    assert.equal(
      referenceLabel(jueding),
      '《中共中央 国务院关于打赢脱贫攻坚战的决定》，中共中央、国务院，2015年11月29日（2015年12月7日公布），中发〔2015〕34号',
    );
    assert.equal(referenceShort(jueding), '《中共中央 国务院关于打赢脱贫攻坚战的决定》（2015年）');
  });

  it('leaves out what is not known: no number, a month only', () => {
    const whitePaper = readReferences('content').get('baipishu-2021')!;
    assert.equal(referenceLabel(whitePaper), '《人类减贫的中国实践》，国务院新闻办公室，2021年4月');
    assert.equal(whitePaper.english?.title, "Poverty Alleviation: China's Experience and Contribution");
  });

  it('reads no registry as an empty one', () => {
    assert.equal(readReferences('tests/fixtures/no-such-content').size, 0);
  });
});
