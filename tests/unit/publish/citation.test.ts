/**
 * Citation formatting. The GB/T 7714-2015 strings below were written by hand
 * from the standard's rules (see src/publish/citation/gbt7714.ts), not copied from
 * the formatter's output.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeBibtex, formatBibtex } from '../../../src/publish/citation/bibtex.ts';
import { toCsl } from '../../../src/publish/citation/csl.ts';
import { formatGbt, formatGbtList } from '../../../src/publish/citation/gbt7714.ts';
import { originalTextWork, originalWork, sourcePageWork, termPageWork } from '../../../src/publish/citation/site-works.ts';
import type { Work } from '../../../src/publish/citation/work.ts';
import { sources, term } from '../../support/site-content.ts';

const day = (value: string) => ({ value, precision: 'day' as const, approximate: false });
const person = (name: string) => ({ name, kind: 'person' as const });

describe('GB/T 7714-2015', () => {
  it('a newspaper article: 责任者. 题名[N]. 报纸名, 出版日期.', () => {
    const work: Work = {
      key: 'a',
      type: 'newspaper',
      authors: [person('丁文祥')],
      title: '数字革命与竞争国际化',
      container: '中国青年报',
      issued: day('2000-11-20'),
      language: 'zh-Hans',
    };
    assert.equal(formatGbt(work), '丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20.');
  });

  it('a journal article with more than three authors and other title information', () => {
    const work: Work = {
      key: 'b',
      type: 'journal',
      authors: ['袁训来', '陈哲', '肖书海', '张昀'].map(person),
      title: '蓝田生物群',
      subtitle: '一个认识多细胞生物起源和早期演化的新窗口',
      container: '科学通报',
      issued: day('2012-12-05'),
      language: 'zh-Hans',
    };
    assert.equal(formatGbt(work), '袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. 科学通报, 2012.');
  });

  it('an estimated date gives only the year, in square brackets, however precise the estimate', () => {
    const work: Work = {
      key: 'c',
      type: 'newspaper',
      authors: [],
      title: '推动殷殷嘱托在云阳落地生根',
      titleSupplied: true,
      container: '重庆日报',
      issued: { value: '2019-07', precision: 'month', approximate: true },
      language: 'zh-Hans',
    };
    // Not "重庆日报, 2019-07.": the month is an estimate, and the title was devised by the editors.
    assert.equal(formatGbt(work), '[推动殷殷嘱托在云阳落地生根][N]. 重庆日报, [2019].');
  });

  it('a work whose form, place and publisher are unknown: [Z], [出版地不详]: [出版者不详]', () => {
    const work: Work = {
      key: 'd',
      type: 'unknown',
      authors: [{ name: '国务院扶贫办', kind: 'organization' }],
      title: '扎实推进脱贫攻坚工作再上新台阶',
      issued: { value: '2017', precision: 'year', approximate: true },
      language: 'zh-Hant',
    };
    assert.equal(formatGbt(work), '国务院扶贫办. 扎实推进脱贫攻坚工作再上新台阶[Z]. [出版地不详]: [出版者不详], [2017].');
  });

  it('a journal article whose journal is unknown: [刊名不详]', () => {
    const work: Work = {
      key: 'e',
      type: 'journal',
      authors: [],
      title: '镇赉县坚决打赢脱贫攻坚战',
      titleSupplied: true,
      issued: { value: '2019', precision: 'year', approximate: true },
      language: 'zh-Hans',
    };
    assert.equal(formatGbt(work), '[镇赉县坚决打赢脱贫攻坚战][J]. [刊名不详], [2019].');
  });

  it('an online item with URL and access date: [EB/OL], 发布日期[引用日期]. URL.', () => {
    const work: Work = {
      key: 'f',
      type: 'web',
      authors: [person('萧钰')],
      title: '出版业信息化迈入快车道',
      container: '华夏经纬网',
      issued: day('2001-12-19'),
      accessed: '2002-04-15',
      url: 'http://www.creader.com/news/20011219/200112190019.html',
      language: 'zh-Hans',
    };
    assert.equal(
      formatGbt(work),
      '萧钰. 出版业信息化迈入快车道[EB/OL]. 华夏经纬网, 2001-12-19[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
  });

  it('an inferred outlet is given in square brackets; no URL is made up when none is known', () => {
    const work: Work = {
      key: 'g',
      type: 'web',
      authors: [],
      title: '砥砺同心 合力攻坚 坚决打好脱贫攻坚战',
      container: '遂宁政府网站“在线访谈”栏目',
      containerSupplied: true,
      issued: day('2018-06-20'),
      language: 'zh-Hans',
    };
    assert.equal(formatGbt(work), '砥砺同心 合力攻坚 坚决打好脱贫攻坚战[EB/OL]. [遂宁政府网站“在线访谈”栏目], 2018-06-20.');
  });

  it("this site's page: 责任者. 题名: 其他题名信息[EB/OL]. [引用日期]. URL.", () => {
    const work = termPageWork(
      'liang-bu-chou-san-bao-zhang',
      term('liang-bu-chou-san-bao-zhang').data,
      'https://example.org/kb/terms/liang-bu-chou-san-bao-zhang/',
      { name: '脱贫攻坚政策知识库', accessed: '2026-05-01' },
    );
    assert.equal(
      formatGbt(work),
      '脱贫攻坚政策知识库. 两不愁三保障: 术语释义[EB/OL]. [2026-05-01]. https://example.org/kb/terms/liang-bu-chou-san-bao-zhang/.',
    );
  });

  it('numbers a reference list [1] [2], but not a single reference', () => {
    const a: Work = { key: 'x', type: 'unknown', authors: [], title: '甲', language: 'zh-Hans' };
    assert.equal(
      formatGbtList([a, { ...a, title: '乙' }]),
      '[1] 甲[Z]. [出版地不详]: [出版者不详], [出版年不详].\n[2] 乙[Z]. [出版地不详]: [出版者不详], [出版年不详].',
    );
    assert.equal(formatGbtList([a]), '甲[Z]. [出版地不详]: [出版者不详], [出版年不详].');
  });
});

describe("the sources' original publications, from their frontmatter", () => {
  const source = (slug: string) => {
    const found = sources.find((s) => s.slug === slug);
    assert.ok(found, `content/sources/${slug}.md`);
    return found;
  };

  it('a signed article on a news portal with an exact date', () => {
    const s = source('2019-changde-zhou-derui-article');
    assert.equal(formatGbt(originalWork(s.slug, s.data)), '周德睿. 奋力打好高质量脱贫的决胜之战[EB/OL]. 常德全媒, 2019-10-17.');
  });

  it('a newspaper interview: the interviewee is not the author, the working title is bracketed, the estimated date is a year', () => {
    const s = source('2019-yunyang-zhang-xuefeng-interview');
    assert.equal(formatGbt(originalWork(s.slug, s.data)), '[推动殷殷嘱托在云阳落地生根——重庆日报专访云阳县委书记张学锋][N]. 重庆日报, [2019].');
  });

  it('an unsigned text: neither an author nor an issuing body is guessed', () => {
    const s = source('2017-guowuyuan-fupinban-article');
    assert.equal(formatGbt(originalWork(s.slug, s.data)), '扎实推进脱贫攻坚工作再上新台阶[Z]. [出版地不详]: [出版者不详], [2017].');
    assert.doesNotMatch(formatGbt(originalWork(s.slug, s.data)), /国务院扶贫办/);
    assert.doesNotMatch(formatGbt(originalWork(s.slug, s.data)), /刘永富/);
  });

  it('the source page cites its own URL and the access date', () => {
    const s = source('2019-zhenlai-xianwei-shuji-article');
    const page = sourcePageWork(s.slug, s.data, `https://example.org/sources/${s.slug}/`, { name: '脱贫攻坚政策知识库', accessed: '2026-05-01' });
    assert.equal(formatGbt(page), `脱贫攻坚政策知识库. 镇赉县坚决打赢脱贫攻坚战: 来源摘要[EB/OL]. [2026-05-01]. https://example.org/sources/${s.slug}/.`);
  });
});

describe('BibTeX', () => {
  it('escapes the characters TeX treats specially', () => {
    assert.equal(escapeBibtex('50% & {x} #1 a_b'), '50\\% \\& \\{x\\} \\#1 a\\_b');
  });

  it('writes a newspaper article as @article with literal names and a note for the estimate', () => {
    const s = sources.find((x) => x.slug === '2019-yunyang-zhang-xuefeng-interview')!;
    const bib = formatBibtex(originalWork(s.slug, s.data));
    assert.match(bib, /^@article\{2019-yunyang-zhang-xuefeng-interview-original,\n/);
    assert.match(bib, /\n {2}journal = \{重庆日报\},\n/);
    assert.match(bib, /\n {2}entrysubtype = \{newspaper\},\n/);
    assert.match(bib, /\n {2}year = \{2019\},\n/);
    assert.doesNotMatch(bib, /month|date =/, 'an estimated month is not written as a fact');
    assert.match(bib, /note = \{题名为编者拟定，非原题；出版日期为估计\}/);
    assert.doesNotMatch(bib, /author =/, 'no author is invented');
    assert.equal((bib.match(/\{/g) ?? []).length, (bib.match(/\}/g) ?? []).length, 'braces balance');
  });

  it('keeps a Chinese name whole in braces and gives the URL and access date of a page', () => {
    const s = sources.find((x) => x.slug === '2019-changde-zhou-derui-article')!;
    assert.match(formatBibtex(originalWork(s.slug, s.data)), /author = \{\{周德睿\}\}/);
    const page = formatBibtex(sourcePageWork(s.slug, s.data, 'https://example.org/sources/x/', { name: '脱贫攻坚政策知识库', accessed: '2026-05-01' }));
    assert.match(page, /^@misc\{2019-changde-zhou-derui-article,/);
    assert.match(page, /url = \{https:\/\/example\.org\/sources\/x\/\}/);
    assert.match(page, /urldate = \{2026-05-01\}/);
  });

  it('refuses a key BibTeX cannot read', () => {
    assert.throws(() => formatBibtex({ key: '两不愁', type: 'unknown', authors: [], title: 't', language: 'zh' }), /not a usable BibTeX key/);
  });
});

describe('CSL-JSON', () => {
  it('maps types, literal names, dates (circa for estimates) and notes', () => {
    const s = sources.find((x) => x.slug === '2018-suining-jiang-huaqiong-interview')!;
    const item = toCsl(originalWork(s.slug, s.data));
    assert.deepEqual(item, {
      id: '2018-suining-jiang-huaqiong-interview-original',
      type: 'webpage',
      title: '砥砺同心 合力攻坚 坚决打好脱贫攻坚战',
      'container-title': '遂宁政府网站“在线访谈”栏目',
      issued: { 'date-parts': [[2018, 6, 20]] },
      language: 'zh',
      note: '出处为编者推断',
    });
    const yunyang = sources.find((x) => x.slug === '2019-yunyang-zhang-xuefeng-interview')!;
    assert.deepEqual(toCsl(originalWork(yunyang.slug, yunyang.data)).issued, { 'date-parts': [[2019, 7]], circa: true });
  });
});

describe('a paragraph of an original text', () => {
  const s = sources.find((x) => x.slug === '2019-changde-zhou-derui-article')!;
  const site = { name: '脱贫攻坚政策知识库', accessed: '2026-05-01' };
  const url = `https://example.org/sources/${s.slug}/text/#l19`;
  const work = originalTextWork(s.slug, s.data, url, site, { id: 'l19', locator: '第19行' });

  it('GB/T 7714: the locator where 引文页码 goes, after the access date; the URL carries the anchor', () => {
    assert.equal(
      formatGbt(work),
      `脱贫攻坚政策知识库. 奋力打好高质量脱贫的决胜之战: 原文[EB/OL]. [2026-05-01]: 第19行. https://example.org/sources/${s.slug}/text/#l19.`,
    );
    // The whole page: no locator.
    const page = originalTextWork(s.slug, s.data, `https://example.org/sources/${s.slug}/text/`, site);
    assert.equal(formatGbt(page), `脱贫攻坚政策知识库. 奋力打好高质量脱贫的决胜之战: 原文[EB/OL]. [2026-05-01]. https://example.org/sources/${s.slug}/text/.`);
  });

  it("BibTeX and CSL-JSON: a key of its own, the anchored URL, the locator in the note, the text's script as language", () => {
    const bib = formatBibtex(work);
    assert.match(bib, /^@misc\{2019-changde-zhou-derui-article-text-l19,/);
    assert.match(bib, /url = \{https:\/\/example\.org\/sources\/2019-changde-zhou-derui-article\/text\/#l19\}/);
    assert.match(bib, /note = \{引文位置：第19行\}/);
    assert.deepEqual(toCsl(work), {
      id: '2019-changde-zhou-derui-article-text-l19',
      type: 'webpage',
      title: '奋力打好高质量脱贫的决胜之战: 原文',
      author: [{ literal: '脱贫攻坚政策知识库' }],
      URL: url,
      accessed: { 'date-parts': [[2026, 5, 1]] },
      language: 'zh-Hans',
      note: '引文位置：第19行',
    });
    const traditional = sources.find((x) => x.slug === '2017-guowuyuan-fupinban-article')!;
    assert.equal(originalTextWork(traditional.slug, traditional.data, 'https://example.org/', site).language, 'zh-Hant');
  });
});

describe('KB_SITE', () => {
  it('defaults to a placeholder origin that cannot be mistaken for a real one', async () => {
    const { normalizeOrigin, PLACEHOLDER_ORIGIN } = await import('../../../src/site/site-origin.ts');
    assert.equal(normalizeOrigin(undefined), PLACEHOLDER_ORIGIN);
    assert.match(PLACEHOLDER_ORIGIN, /\.example$/);
    assert.equal(normalizeOrigin(' https://example.org/ '), 'https://example.org');
  });

  it('rejects a value that is not an http(s) origin, saying what to write', async () => {
    const { normalizeOrigin } = await import('../../../src/site/site-origin.ts');
    assert.throws(() => normalizeOrigin('example.org'), /KB_SITE must be an absolute http\(s\) origin such as https:\/\/example\.org, not "example\.org"/);
    assert.throws(() => normalizeOrigin('ftp://example.org'), /KB_SITE must be an http\(s\) origin/);
    assert.throws(() => normalizeOrigin('https://example.org/kb/'), /put the path in KB_BASE/);
  });
});
