import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexNumbers, isBacked, numberTokens, type NumberToken } from '../../../src/content/guard/number-forms.ts';

/** Is every figure of `claim` backed by `source`? */
function backed(claim: string, source: string): boolean {
  const index = indexNumbers([source]);
  const tokens = numberTokens(claim);
  assert.ok(tokens.length > 0, `no figure found in "${claim}"`);
  return tokens.every((t) => isBacked(t, index));
}

const strip = (t: NumberToken) => {
  const { index: _i, text: _t, ...rest } = t;
  return rest;
};

describe('number forms: reading figures', () => {
  it('reads 万 and 亿 as magnitudes, keeping qualifiers out of the value', () => {
    assert.deepEqual(numberTokens('2.5万人').map(strip), [{ kind: 'number', value: 25000, unit: '人' }]);
    assert.deepEqual(numberTokens('1.2万余户').map(strip), [{ kind: 'number', value: 12000, unit: '户' }]);
    assert.deepEqual(numberTokens('4.16万元').map(strip), [{ kind: 'number', value: 41600, unit: '元' }]);
    assert.deepEqual(numberTokens('1000萬以上').map(strip), [{ kind: 'number', value: 10_000_000, unit: '' }]);
    assert.deepEqual(numberTokens('4.7亿元').map(strip), [{ kind: 'number', value: 470_000_000, unit: '元' }]);
  });

  it('does not read 千 or 百 as magnitudes (500千瓦 is 500 kW)', () => {
    assert.deepEqual(numberTokens('500千瓦').map(strip), [{ kind: 'number', value: 500, unit: '千瓦' }]);
  });

  it('reads percentages, full-width digits and thousands separators', () => {
    assert.deepEqual(numberTokens('２０．９％').map(strip), [{ kind: 'percent', value: 20.9 }]);
    assert.deepEqual(numberTokens('1,000人').map(strip), [{ kind: 'number', value: 1000, unit: '人' }]);
  });

  it('reads dates at every precision, and a year alone as a number', () => {
    assert.deepEqual(numberTokens('2019年4月28日').map(strip), [{ kind: 'date', year: 2019, month: 4, day: 28 }]);
    assert.deepEqual(numberTokens('2018年4月').map(strip), [{ kind: 'date', year: 2018, month: 4 }]);
    assert.deepEqual(numberTokens('今天（10月17日）').map(strip), [{ kind: 'date', month: 10, day: 17 }]);
    assert.deepEqual(numberTokens('2018-06-20').map(strip), [{ kind: 'date', year: 2018, month: 6, day: 20 }]);
    assert.deepEqual(numberTokens('2019年以来').map(strip), [{ kind: 'number', value: 2019, unit: '年' }]);
  });

  it('skips digits inside identifiers and codes', () => {
    assert.deepEqual(numberTokens('U+00A0、0x57、003_6bc6484b284cb233.txt、Discuz! X3.4'), []);
  });
});

describe('number forms: the same figure written differently', () => {
  it('2.5万 == 25000', () => {
    assert.equal(backed('25000贫困人口', '全市2.5万贫困人口顺利脱贫'), true);
    assert.equal(backed('2.5万贫困人口', '全市25000贫困人口顺利脱贫'), true);
  });

  it('Traditional and full-width forms match', () => {
    assert.equal(backed('1000万以上', '確保再完成1000萬以上減貧任務'), true);
    assert.equal(backed('5个方面', '等5個方面'), true);
    assert.equal(backed('20.9%', '由２０.９％下降'), true);
  });

  it('a qualifier does not change the figure: 1.2万余户 backs 1.2万户', () => {
    assert.equal(backed('1.2万户', '危房1.2万余户'), true);
  });

  it('a unit the source leaves out may be added: 4.9万 backs 4.9万人', () => {
    assert.equal(backed('4.9万人', '从21.3万减少到4.9万'), true);
  });

  it('a date is backed by the same month and day when its year occurs in the source', () => {
    assert.equal(backed('2019年10月17日', '2019年以来……今天（10月17日）是第六个全国扶贫日'), true);
    assert.equal(backed('2019年4月', '2019年4月28日，经省政府批准'), true);
  });
});

describe('number forms: different figures do not match (bad input)', () => {
  it('a changed figure', () => {
    assert.equal(backed('4.26万元', '集体经济收入平均达到4.16万元'), false);
  });

  it('the same number counting something else: 90户 is not 90个', () => {
    assert.equal(backed('90户', '90个贫困村成功退出'), false);
  });

  it('a percentage is not a plain number, and the reverse', () => {
    assert.equal(backed('20.9%', '贫困人口20.9万'), false);
    assert.equal(backed('20.9万', '贫困发生率20.9%'), false);
  });

  it('a date with the wrong day, month or year', () => {
    const source = '2019年4月28日，经省政府批准';
    assert.equal(backed('2019年4月29日', source), false);
    assert.equal(backed('2019年5月28日', source), false);
    assert.equal(backed('2018年4月28日', source), false);
  });

  it('a month-day whose year the source never mentions', () => {
    assert.equal(backed('2020年10月17日', '2019年……今天（10月17日）'), false);
  });

  it('a year alone that the source never mentions', () => {
    assert.equal(backed('2016年', '2015年底的20.9%'), false);
  });
});
