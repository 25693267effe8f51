import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import type { RawEntry } from '../../../src/content/content-files.ts';
import { readCollection } from '../../../src/content/content-files.ts';
import { checkContent, checkSources, checkStructure, formatProblems, sortProblems, type ContentProblem } from '../../../src/content/guard/checks.ts';
import { FieldLines, splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { load as loadYaml } from 'js-yaml';
import { stringify as stringifyYaml } from 'yaml';

const RAW = '标题\n镇赉县是国家扶贫开发重点县。贫困发生率由2015年底的20.9%下降到0.06%。\n“四个不摘”要落实。\n全县上下全力推进。';

const sourceData = () => ({
  title: '测试来源',
  titleStatus: 'original',
  archiveFile: '003_6bc6484b284cb233.txt',
  people: [{ role: '县委书记', part: '作者' }],
  outlet: { name: '某期刊', confidence: 'low' },
  date: { value: '2019', precision: 'year', approximate: true, confidence: 'medium' },
  place: { scope: 'local', province: '吉林省', county: '镇赉县' },
  genre: '署名文章',
  originalScript: 'zh-Hans',
  description: '测试。',
  cleaning: { keepLines: [[2, 4]], replacements: [] },
  noiseRemoved: ['第1行标签。'],
  keyFigures: [{ label: '贫困发生率', value: '20.9%', year: 2015, quote: '贫困发生率由2015年底的20.9%下降到0.06%' }],
  quotes: [{ text: '镇赉县是国家扶贫开发重点县' }, { text: '“四个不摘”要落实' }, { text: '全县上下全力推进' }],
});

const termData = (term: string, extra: Record<string, unknown> = {}) => ({
  term,
  traditional: term,
  pinyin: 'cè shì',
  english: [{ text: 'test', kind: 'site' }],
  category: '数字概括语',
  definition: '定义。',
  definitionBasis: { from: 'sources' },
  ...extra,
});

/** A content file's slug: its name without .md or .mdx. */
const slugOf = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');

const entry = (file: string, data: unknown, body = ''): RawEntry => ({
  file,
  slug: slugOf(file),
  data,
  body,
});

/** A reference registry with one document that has an official English edition and one that has none. */
const REFERENCES = `references:
  - id: baipishu-2021
    title: 人类减贫的中国实践
    issuer: 国务院新闻办公室
    date: "2021-04"
    english:
      title: "Poverty Alleviation: China's Experience and Contribution"
  - id: jueding-2015
    title: 中共中央 国务院关于打赢脱贫攻坚战的决定
    issuer: 中共中央、国务院
    date: "2015-11-29"
`;

function registry(text = REFERENCES): RawEntry {
  return { file: 'content/references.yaml', slug: 'references', data: loadYaml(text), body: '', fieldLines: new FieldLines(text, 1) };
}

function check(overrides: { sources?: RawEntry[]; terms?: RawEntry[]; archives?: Record<string, string>; references?: RawEntry } = {}): ContentProblem[] {
  const archives = overrides.archives ?? { '003_6bc6484b284cb233.txt': RAW };
  return checkContent({
    references: overrides.references ?? registry(),
    sources: overrides.sources ?? [entry('content/sources/2019-test.mdx', sourceData())],
    terms: overrides.terms ?? [
      entry('content/terms/si-ge-bu-zhai.md', termData('四个不摘')),
      entry('content/terms/fu-pin.md', termData('扶贫', { related: ['si-ge-bu-zhai'] })),
    ],
    readArchive: (name) => archives[name] ?? null,
  });
}

function only(problems: ContentProblem[]): ContentProblem {
  assert.equal(problems.length, 1, formatProblems(problems));
  return problems[0]!;
}

/** A content file as an editor writes it: the data as YAML frontmatter, then the body. */
const contentFile = (data: unknown, body: string) => ['---', ...stringifyYaml(data).trimEnd().split('\n'), '---', '', body].join('\n');

/** A content file's text read the way the build reads it. */
function fromText(file: string, text: string): RawEntry {
  const { data, body, bodyLine, fieldLines } = splitFrontmatter(text);
  return {
    file,
    slug: slugOf(file),
    data,
    body,
    bodyLine,
    fieldLines,
  };
}

/** The line of `text` (from 1) that holds `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('content guard', () => {
  it('accepts valid content', () => {
    assert.deepEqual(check(), []);
  });

  it('names the file and field of a missing frontmatter field', () => {
    const { title: _omitted, ...data } = sourceData();
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', data)] }));
    assert.equal(problem.file, 'content/sources/2019-test.mdx');
    assert.equal(problem.field, 'title');
  });

  it('names the nested field of a malformed value', () => {
    const data = { ...sourceData(), date: { value: '2019-7', precision: 'month', approximate: false, confidence: 'high' } };
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', data)] }));
    assert.equal(problem.field, 'date.value');
  });

  it('reports unparseable YAML as a frontmatter problem', () => {
    const broken: RawEntry = { ...entry('content/terms/bad.md', {}), parseError: 'frontmatter is not valid YAML: bad indentation' };
    const problems = check({ terms: [broken] });
    assert.ok(problems.some((p) => p.file === 'content/terms/bad.md' && p.field === 'frontmatter' && /not valid YAML/.test(p.message)));
  });

  it('rejects an unknown related term', () => {
    const problem = only(check({ terms: [entry('content/terms/fu-pin.md', termData('扶贫', { related: ['bu-cun-zai'] }))] }));
    assert.deepEqual([problem.file, problem.field], ['content/terms/fu-pin.md', 'related[0]']);
    assert.match(problem.message, /unknown term "bu-cun-zai"/);
  });

  it('rejects an unknown term: link in a body', () => {
    const problem = only(check({ terms: [entry('content/terms/fu-pin.md', termData('扶贫'), '见[某词](term:mou-ci)。')] }));
    assert.deepEqual([problem.field, problem.message], ['body', 'link (term:mou-ci) names an unknown term "mou-ci"']);
  });

  it('rejects two files claiming the same slug', () => {
    const problems = check({
      terms: [entry('content/terms/fu-pin.md', termData('扶贫')), entry('content/terms/fu-pin.mdx', termData('扶贫开发'))],
    });
    const problem = problems.find((p) => p.field === 'slug (file name)')!;
    assert.equal(problem.file, 'content/terms/fu-pin.mdx');
    assert.match(problem.message, /duplicate term slug "fu-pin": content\/terms\/fu-pin\.md already uses it/);
  });

  it('rejects an alias that another term already claims, even in another script or with quotes', () => {
    const problem = only(
      check({
        terms: [
          entry('content/terms/si-ge-bu-zhai.md', termData('四个不摘')),
          entry('content/terms/zhai-mao.md', termData('摘帽', { aliases: ['“四個不摘”'] })),
        ],
      }),
    );
    assert.deepEqual([problem.file, problem.field], ['content/terms/zhai-mao.md', 'aliases[0]']);
    assert.match(problem.message, /already claimed by content\/terms\/si-ge-bu-zhai\.md \(term\)/);
  });

  it('rejects a slug that is not readable ASCII', () => {
    const problem = only(check({ terms: [entry('content/terms/扶贫.md', termData('扶贫'))] }));
    assert.equal(problem.field, 'slug (file name)');
  });

  it('rejects an archive file that is not in the source archive', () => {
    const problem = only(check({ archives: {} }));
    assert.deepEqual([problem.field, problem.message], ['archiveFile', '"003_6bc6484b284cb233.txt" is not in the source archive folder']);
  });

  it('rejects a quote that is not verbatim in the source', () => {
    const data = sourceData();
    data.quotes[1] = { text: '“四个不摘”必须落实' };
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', data)] }));
    assert.equal(problem.field, 'quotes[1].text');
    assert.match(problem.message, /not verbatim in 003_6bc6484b284cb233\.txt/);
  });

  it('accepts a chart series of the same measure in the same unit at different years', () => {
    const data = sourceData();
    const quote = '贫困发生率由2015年底的20.9%下降到0.06%';
    data.keyFigures = [
      { label: '贫困发生率（起点）', value: '20.9%', year: 2015, quote, series: '贫困发生率（%）' },
      { label: '贫困发生率（退出时）', value: '0.06%', year: 2018, quote, series: '贫困发生率（%）' },
    ] as unknown as typeof data.keyFigures;
    assert.deepEqual(check({ sources: [entry('content/sources/2019-test.mdx', data)] }), []);
  });

  it('rejects a chart series that mixes different measures, naming the row and both units', () => {
    const data = sourceData();
    const quote = '贫困发生率由2015年底的20.9%下降到0.06%';
    data.keyFigures = [
      { label: '贫困发生率', value: '20.9%', year: 2015, quote, series: '贫困发生率' },
      { label: '起点年份', value: '2015年', year: 2015, quote, series: '贫困发生率', point: '另一时点' },
    ] as unknown as typeof data.keyFigures;
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', data)] }));
    assert.deepEqual([problem.file, problem.field], ['content/sources/2019-test.mdx', 'keyFigures[1].value']);
    assert.match(problem.message, /unit "年" differs from "%" \(keyFigures\[0\]\) in series "贫困发生率"/);
  });

  it('rejects a figure whose value is not in its own quote', () => {
    const data = sourceData();
    data.keyFigures[0] = { ...data.keyFigures[0]!, value: '20.8%' };
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', data)] }));
    assert.equal(problem.field, 'keyFigures[0].value');
  });

  it('rejects two summaries of the same archive file', () => {
    const problems = check({
      sources: [entry('content/sources/2019-a.mdx', sourceData()), entry('content/sources/2019-b.mdx', sourceData())],
    });
    const problem = only(problems);
    assert.deepEqual([problem.file, problem.field], ['content/sources/2019-b.mdx', 'archiveFile']);
  });

  it('rejects fewer than three quotes', () => {
    const data = { ...sourceData(), quotes: sourceData().quotes.slice(0, 2) };
    assert.equal(only(check({ sources: [entry('content/sources/2019-test.mdx', data)] })).field, 'quotes');
  });

  it('formats problems as file › field: message lines', () => {
    const text = formatProblems([{ file: 'content/terms/a.md', field: 'related[0]', message: 'unknown term "b"' }]);
    assert.equal(text, 'Content check failed with 1 problem:\n  content/terms/a.md › related[0]: unknown term "b"');
  });
});

describe('reading content files', () => {
  it('reads the valid fixture and parses frontmatter', () => {
    const root = process.cwd();
    const terms = readCollection(join(root, 'tests/fixtures/valid/terms'), root);
    assert.deepEqual(
      terms.map((t) => t.file),
      [
        'tests/fixtures/valid/terms/fu-pin.md',
        'tests/fixtures/valid/terms/liang-bu-chou-san-bao-zhang.md',
        'tests/fixtures/valid/terms/yi-di-fu-pin-ban-qian.md',
      ],
    );
    assert.equal((terms[1]!.data as { term: string }).term, '两不愁三保障');
  });
});

describe('content guard: scraped noise', () => {
  it('rejects scraped noise copied into published text, naming the field', () => {
    const data = { ...sourceData(), noiseRemoved: ['第1行的广告“betway必威体育官网”。'] };
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', data)] }));
    assert.equal(problem.field, 'noiseRemoved[0]');
    assert.match(problem.message, /scraped noise \(gambling-spam\)/);
  });

  it("allows noise in a cleaning recipe's find string, which is never published", () => {
    const data = { ...sourceData(), cleaning: { keepLines: [[2, 4]], replacements: [{ find: '镇赉县是', replace: '镇赉县是', reason: '测试。' }] } };
    assert.deepEqual(check({ sources: [entry('content/sources/2019-test.mdx', data)] }), []);
  });

  it('rejects noise in a body', () => {
    const problem = only(check({ sources: [entry('content/sources/2019-test.mdx', sourceData(), '联系 13707368020')] }));
    assert.equal(problem.field, 'body');
    assert.match(problem.message, /phone-number/);
  });
});

describe('content guard: facts, with file and line', () => {
  const sourceFile = (description: string, body: string) => contentFile({ ...sourceData(), description }, body);

  it('accepts figures and quotations that are in the source', () => {
    const text = sourceFile('贫困发生率由2015年底的20.9%下降到0.06%。', '## 背景\n\n- 镇赉县严格落实“四个不摘”。');
    assert.deepEqual(check({ sources: [fromText('content/sources/2019-test.mdx', text)] }), []);
  });

  it('rejects a body figure that is not in the source: file:line › body: reason', () => {
    const text = sourceFile('测试。', '## 背景\n\n- 贫困发生率下降到0.6%。');
    const problem = only(check({ sources: [fromText('content/sources/2019-test.mdx', text)] }));
    assert.equal(
      formatProblems([problem]).split('\n')[1],
      `  content/sources/2019-test.mdx:${lineOf(text, '0.6%')} › body: the percentage "0.6%" does not appear in 003_6bc6484b284cb233.txt`,
    );
  });

  it('rejects a frontmatter figure that is not in the source, on the field’s line', () => {
    const text = sourceFile('贫困发生率由2015年底的21.9%下降。', '正文。');
    const problem = only(check({ sources: [fromText('content/sources/2019-test.mdx', text)] }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, '21.9%'), 'description']);
    assert.match(problem.message, /the percentage "21\.9%" does not appear in 003_6bc6484b284cb233\.txt/);
  });

  it('rejects an inline quotation that is not verbatim', () => {
    const text = sourceFile('测试。', '- 全县“全力推进脱贫”。');
    const problem = only(check({ sources: [fromText('content/sources/2019-test.mdx', text)] }));
    assert.equal(problem.line, lineOf(text, '全力推进脱贫'));
    assert.equal(problem.message, 'quotation “全力推进脱贫” is not verbatim in 003_6bc6484b284cb233.txt');
  });

  it('checks a glossary entry against every source', () => {
    const text = contentFile(termData('四个不摘'), '镇赉县2018年底摘帽后落实“四个不摘”。');
    const problem = only(check({ terms: [fromText('content/terms/si-ge-bu-zhai.md', text), entry('content/terms/fu-pin.md', termData('扶贫'))] }));
    assert.deepEqual([problem.file, problem.line, problem.field], ['content/terms/si-ge-bu-zhai.md', lineOf(text, '2018年底'), 'body']);
    assert.equal(problem.message, 'the figure "2018年" does not appear in any source');
  });

  it('does not check marked outside knowledge', () => {
    const terms = [entry('content/terms/si-ge-bu-zhai.md', termData('四个不摘', { outside: [{ text: '2020年“全面收官”。', general: true }] }))];
    assert.deepEqual(check({ terms }), []);
  });

  it('does not check a definition declared as outside knowledge against the sources', () => {
    const data = termData('四个不摘', {
      definition: '2019年3月提出的“摘帽不摘责任”等四项要求。',
      definitionBasis: { from: 'outside', references: ['jueding-2015'] },
    });
    assert.deepEqual(check({ terms: [entry('content/terms/si-ge-bu-zhai.md', data)] }), []);
  });

  it('checks a definition declared as coming from the sources', () => {
    const data = termData('四个不摘', { definition: '2019年3月提出的四项要求。' });
    const problem = only(check({ terms: [entry('content/terms/si-ge-bu-zhai.md', data)] }));
    assert.deepEqual([problem.field, problem.message], ['definition', 'the date "2019年3月" does not appear in any source']);
  });
});

describe('content guard: the glossary entry model, with file, line and field', () => {
  const termFile = (data: Record<string, unknown>) => contentFile(data, '正文。');
  const one = (data: Record<string, unknown>) => {
    const text = termFile(data);
    return { text, problem: only(check({ terms: [fromText('content/terms/si-ge-bu-zhai.md', text)] })) };
  };

  it('rejects a definition that only says what the sources do not give', () => {
    const { text, problem } = one(termData('四个不摘', { definition: '常德文章中的一项要求，来源只提到名称，没有解释其内容。' }));
    assert.deepEqual([problem.file, problem.line, problem.field], ['content/terms/si-ge-bu-zhai.md', lineOf(text, 'definition:'), 'definition']);
    assert.match(problem.message, /says what the sources do not say/);
  });

  it('rejects an official English rendering without its source', () => {
    const { text, problem } = one(termData('四个不摘', { english: [{ text: 'four not-removals', kind: 'official' }] }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, 'kind: official'), 'english[0].kind']);
    assert.match(problem.message, /official rendering \(官方译法\) needs `reference`/);
  });

  it('rejects an official English rendering whose reference has no official English edition', () => {
    const { text, problem } = one(termData('四个不摘', { english: [{ text: 'four not-removals', kind: 'official', reference: 'jueding-2015' }] }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, 'reference: jueding-2015'), 'english[0].reference']);
    assert.match(problem.message, /"jueding-2015" has no official English edition/);
  });

  it('accepts an official English rendering with a registered English edition, and an entry with none', () => {
    const official = termData('四个不摘', { english: [{ text: 'four not-removals', kind: 'official', reference: 'baipishu-2021' }] });
    assert.deepEqual(check({ terms: [entry('content/terms/si-ge-bu-zhai.md', official), entry('content/terms/fu-pin.md', termData('扶贫'))] }), []);
  });

  it('rejects an outside statement with neither a reference nor the general-knowledge label', () => {
    const { text, problem } = one(termData('四个不摘', { outside: [{ text: '2019年3月提出。' }] }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, '2019年3月提出'), 'outside[0]']);
    assert.match(problem.message, /needs `references`.*or `general: true`/);
  });

  it('rejects an outside definition with neither a reference nor the label', () => {
    const { text, problem } = one(termData('四个不摘', { definitionBasis: { from: 'outside' } }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, 'from: outside'), 'definitionBasis']);
  });

  it('rejects a reference id that is not in the registry', () => {
    const { text, problem } = one(termData('四个不摘', { outside: [{ text: '要求。', references: ['bu-cun-zai'] }] }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, 'bu-cun-zai'), 'outside[0].references[0]']);
    assert.match(problem.message, /unknown reference "bu-cun-zai"/);
  });

  it('rejects a local variant that names an unknown source', () => {
    const { problem } = one(termData('四个不摘', { localVariants: [{ source: '2020-bu-cun-zai', label: '某地列法' }] }));
    assert.deepEqual([problem.field, problem.message], ['localVariants[0].source', 'unknown source "2020-bu-cun-zai"']);
  });

  it('rejects pinyin that lowers the case of a Latin letter in the term', () => {
    const { text, problem } = one(termData('D级危房', { pinyin: 'd jí wēifáng' }));
    assert.deepEqual([problem.line, problem.field], [lineOf(text, 'pinyin:'), 'pinyin']);
    assert.match(problem.message, /writes “D”/);
  });

  it('rejects a registry entry with a malformed date and a duplicate id, naming the line', () => {
    const text = `${REFERENCES}  - id: jueding-2015\n    title: 重复\n    issuer: 某机关\n    date: 2015年\n`;
    const problems = check({ references: registry(text) });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field]),
      [['content/references.yaml', 'references[2].date']],
      formatProblems(problems),
    );
    const fixed = check({ references: registry(text.replace('date: 2015年', 'date: "2015"')) });
    const duplicateLine = text.split('\n').lastIndexOf('  - id: jueding-2015') + 1;
    assert.deepEqual(
      fixed.map((p) => [p.file, p.line, p.field]),
      [['content/references.yaml', duplicateLine, 'references[2].id']],
    );
  });
});

describe('content guard: duplicated paragraphs', () => {
  it('rejects a body that repeats one of its paragraphs, naming both lines', () => {
    const paragraph = '镇赉县是国家扶贫开发重点县，全县上下全力推进脱贫攻坚。';
    const source = { ...entry('content/sources/2019-test.mdx', sourceData(), `## 背景\n\n- ${paragraph}\n- 其他。\n\n${paragraph}\n`), bodyLine: 40 };
    const problem = only(check({ sources: [source] }));
    assert.deepEqual([problem.line, problem.field], [45, 'body']);
    assert.equal(problem.message, 'duplicated paragraph: this text also stands on line 42; keep it once');
  });
});

describe('content guard: the two halves the build runs apart', () => {
  const bad = () => {
    const data = sourceData();
    data.quotes[0] = { text: '镇赉县是国家重点县' };
    return {
      sources: [
        entry('content/sources/2019-test.mdx', data),
        entry('content/sources/2019-noisy.mdx', { ...sourceData(), archiveFile: '004_0123456789abcdef.txt' }, '联系 13707368020'),
      ],
      terms: [entry('content/terms/fu-pin.md', termData('扶贫', { related: ['wei-zhi'] }))],
      readArchive: (name: string) => (name === '003_6bc6484b284cb233.txt' ? RAW : null),
    };
  };
  it('checkStructure needs no archive and finds what stops Astro reading the content', () => {
    const problems = checkStructure({ sources: bad().sources, terms: bad().terms });
    assert.deepEqual(problems.map((p) => p.field).sort(), ['body', 'related[0]']);
  });
  it('checkSources finds what only the archives can tell', () => {
    const problems = checkSources(bad());
    assert.deepEqual(problems.map((p) => [p.file, p.field]).sort(), [
      ['content/sources/2019-noisy.mdx', 'archiveFile'],
      ['content/sources/2019-test.mdx', 'quotes[0].text'],
    ]);
  });
  it('checkContent is both, in file order', () => {
    const input = bad();
    assert.deepEqual(checkContent(input), sortProblems([...checkStructure(input), ...checkSources(input)]));
    assert.equal(checkContent(input).length, 4);
  });
});
