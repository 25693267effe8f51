import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barShares, MIN_BAR_SHARE } from '../../../src/publish/charts/bar-chart.ts';
import { figureSeries, parseFigureValue, type FigureRow } from '../../../src/publish/charts/figure-series.ts';
import { dateInterval, timelineLayout } from '../../../src/publish/charts/timeline.ts';
import { findProvince, PROVINCE_TILES, tileMapSvg, unplacedProvinces } from '../../../src/publish/charts/china-tiles.ts';
import { readContent } from '../../../src/content/content-files.ts';
import type { SourceData } from '../../../src/content/schema.ts';

const row = (value: string, year: number | string, series?: string, point?: string): FigureRow => ({ label: 'x', value, year, series, point });

describe('figure values', () => {
  it('splits an exact value into amount and unit', () => {
    assert.deepEqual(parseFigureValue('21.3万'), { amount: 21.3, unit: '万' });
    assert.deepEqual(parseFigureValue('0.06%'), { amount: 0.06, unit: '%' });
    assert.deepEqual(parseFigureValue('4.16万元'), { amount: 4.16, unit: '万元' });
    assert.deepEqual(parseFigureValue('19164人'), { amount: 19164, unit: '人' });
  });

  it('refuses open-ended or approximate values, which cannot be drawn as exact bars', () => {
    for (const value of ['1000万以上', '2万多', '1.2万余户', '3万人以上', '约5个', '5个方面以下']) {
      assert.equal(parseFigureValue(value), null, value);
    }
    assert.equal(parseFigureValue('两万'), null);
  });
});

describe('figure series', () => {
  it('groups rows by series name in order, labelled by point or year', () => {
    const { series, problems } = figureSeries([row('21.3万', 2013, '贫困人口', '2013年底'), row('90个', 2017), row('4.9万', 2017, '贫困人口')]);
    assert.deepEqual(problems, []);
    assert.equal(series.length, 1);
    assert.equal(series[0]!.unit, '万');
    assert.deepEqual(
      series[0]!.points.map((p) => [p.index, p.label, p.amount]),
      [
        [0, '2013年底', 21.3],
        [2, '2017年', 4.9],
      ],
    );
  });

  it('rejects a series that mixes units, naming both rows', () => {
    const { series, problems } = figureSeries([row('20.9%', 2015, '贫困'), row('35972人', 2018, '贫困')]);
    assert.deepEqual(series, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'keyFigures[1].value');
    assert.match(problems[0]!.message, /unit "人" differs from "%" \(keyFigures\[0\]\) in series "贫困"/);
  });

  it('rejects a one-row series, two rows at the same point, a qualified value, and a point without a series', () => {
    const single = figureSeries([row('5个', 2019, '单独')]);
    assert.match(single.problems[0]!.message, /only one figure/);
    const same = figureSeries([row('2350元', 2017, '收入'), row('6040元', 2017, '收入')]);
    assert.equal(same.problems[0]!.field, 'keyFigures[1].year');
    assert.match(same.problems[0]!.message, /"2017年" is already a point of series "收入"/);
    const fixed = figureSeries([row('2350元', 2017, '收入', '增加前'), row('6040元', 2017, '收入', '增加后')]);
    assert.deepEqual(fixed.problems, []);
    const vague = figureSeries([row('2万多', 2019, '人口'), row('4.5万', 2019, '人口', '十月')]);
    assert.match(vague.problems[0]!.message, /"2万多" is not an exact number/);
    const orphan = figureSeries([row('5个', 2019, undefined, '增加前')]);
    assert.deepEqual(orphan.problems, [{ field: 'keyFigures[0].point', message: 'a point label needs a series name' }]);
  });

  it("finds the issue's examples in the real content: 镇赉 20.9% → 0.06%, 遂宁 21.3万 → 4.9万", () => {
    const { sources } = readContent('content', process.cwd());
    const seriesOf = (slugPart: string) => {
      const source = sources.find((s) => s.slug.includes(slugPart))!;
      return figureSeries((source.data as SourceData).keyFigures).series;
    };
    const rate = seriesOf('zhenlai').find((s) => s.name.startsWith('贫困发生率'))!;
    assert.deepEqual(
      rate.points.map((p) => p.value),
      ['20.9%', '0.06%'],
    );
    const people = seriesOf('suining').find((s) => s.name.startsWith('贫困人口'))!;
    assert.deepEqual(
      people.points.map((p) => p.value),
      ['21.3万', '4.9万'],
    );
  });
});

describe('bar chart', () => {
  const rate = figureSeries([row('20.9%', 2015, '贫困发生率（%）', '2015年底'), row('0.06%', 2018, '贫困发生率（%）')]).series[0]!;

  it('bars start at zero: each is its value as a share of the largest', () => {
    const series = figureSeries([row('21.3万', 2013, 'p'), row('4.9万', 2017, 'p'), row('0万', 2019, 'p')]).series[0]!;
    const shares = barShares(series);
    assert.equal(shares[0], 1);
    assert.equal(shares[1], Math.round((4.9 / 21.3) * 1000) / 1000);
    assert.equal(shares[2], 0);
  });

  it('keeps a tiny non-zero value visible', () => {
    assert.deepEqual(barShares(rate), [1, MIN_BAR_SHARE]);
  });

  it('draws nothing when every value is zero', () => {
    const series = figureSeries([row('0个', 2018, 'z'), row('0个', 2019, 'z')]).series[0]!;
    assert.deepEqual(barShares(series), [0, 0]);
  });
});

describe('timeline', () => {
  const layout = timelineLayout([
    { key: 'year', date: { value: '2017', precision: 'year', approximate: true } },
    { key: 'day', date: { value: '2018-06-20', precision: 'day', approximate: false } },
    { key: 'month', date: { value: '2019-07', precision: 'month', approximate: true } },
  ]);
  const item = (key: string) => layout.items.find((i) => i.key === key)!;

  it('spans whole years from the earliest to the end of the latest', () => {
    assert.equal(layout.from, 2017);
    assert.equal(layout.to, 2020);
    assert.deepEqual(
      layout.ticks.map((t) => t.year),
      [2017, 2018, 2019, 2020],
    );
    assert.equal(layout.ticks[0]!.at, 0);
    assert.equal(layout.ticks.at(-1)!.at, 1);
  });

  it('draws a year-precision date over its whole year and a month over its whole month', () => {
    assert.equal(item('year').kind, 'span');
    assert.equal(item('year').start, 0);
    assert.ok(Math.abs(item('year').end - layout.ticks[1]!.at) < 1e-9);
    const month = item('month');
    assert.equal(month.kind, 'span');
    assert.ok(month.end - month.start > 0.02 && month.end - month.start < 0.03, '31 days of 1095');
  });

  it('draws a day-precision date as a point in the right place', () => {
    const day = item('day');
    assert.equal(day.kind, 'point');
    assert.ok(day.start > layout.ticks[1]!.at && day.start < layout.ticks[2]!.at);
    const [s, e] = dateInterval({ value: '2018-06-20', precision: 'day', approximate: false });
    assert.equal(e - s, 86_400_000);
  });

  it('handles no sources', () => {
    assert.deepEqual(timelineLayout([]).items, []);
  });
});

describe('tile map of China', () => {
  it('has all 34 province-level divisions, each in its own cell', () => {
    assert.equal(PROVINCE_TILES.length, 34);
    assert.equal(new Set(PROVINCE_TILES.map((t) => t.name)).size, 34);
    assert.equal(new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`)).size, 34);
  });

  it('keeps rough geography: north above south, west left of east', () => {
    const at = (name: string) => findProvince(name)!;
    assert.ok(at('黑龙江省').row < at('海南省').row);
    assert.ok(at('新疆维吾尔自治区').col < at('上海市').col);
    assert.ok(at('四川省').col < at('重庆市').col);
    assert.ok(at('吉林省').row < at('湖南省').row);
  });

  it('finds content province names; 全国 and unknown names are not placed', () => {
    assert.equal(findProvince('重庆市')?.label, '重庆');
    assert.deepEqual(unplacedProvinces(['四川省', '全国', '四川省', '某省']), ['全国', '某省']);
  });

  it('highlights exactly the provinces with sources and names them in the description', () => {
    const svg = tileMapSvg({
      id: 'm',
      title: '来源地区',
      counts: new Map([
        ['四川省', 1],
        ['吉林省', 2],
        ['全国', 1],
      ]),
    });
    assert.equal(svg.match(/class="tile tile--on"/g)?.length, 2);
    assert.equal(svg.match(/class="tile"/g)?.length, 32);
    assert.match(svg, /<desc id="m-desc">有来源的省级行政区：吉林（2篇）、四川（1篇）。<\/desc>/);
    assert.match(svg, /role="img" aria-labelledby="m-title"/);
  });
});
