/**
 * Bad content, one case at a time: each case copies the valid fixture
 * (tests/fixtures/valid), breaks one thing in the copy, and says which message
 * the content guard must give, with file, line and field. The expected line
 * numbers are read from the broken file, not from the guard.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

const FIXTURE = 'tests/fixtures/valid';

/**
 * A temporary folder holding a copy of the valid fixture as `content/`. It is
 * removed when the test or suite that made it ends (node:test's `after` hook of
 * the test running, or of the suite being defined), whether it passed or not.
 */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  return dir;
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** The 1-based line of the first line of a file that contains `needle`. */
function lineIn(path: string, needle: string): number {
  const line =
    readFileSync(path, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;
  assert.ok(line > 0, `"${needle}" is not in ${path}`);
  return line;
}

export interface BadContentCase {
  /** What is wrong, as a test name ("fails on …"). */
  name: string;
  /** Breaks the copy in `dir` and returns the message the guard must give. */
  breakIn: (dir: string) => RegExp;
}

const source = (dir: string) => join(dir, 'content/sources/2019-zhenlai-fixture.md');
const fuPin = (dir: string) => join(dir, 'content/terms/fu-pin.md');

export const BAD_CONTENT: BadContentCase[] = [
  {
    name: 'fails on a missing frontmatter field, naming file and field',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => t.replace(/^definition:.*\n/m, ''));
      return /terms\/fu-pin\.md › definition: /;
    },
  },
  {
    name: 'fails on a malformed frontmatter value, naming the nested field',
    breakIn: (dir) => {
      edit(source(dir), (t) => t.replace('precision: year', 'precision: day'));
      const line = lineIn(source(dir), '  value: "2019"');
      return new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › date\\.value: date\\.value does not match date\\.precision`);
    },
  },
  {
    name: 'fails on YAML that does not parse',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => t.replace('category: 方略与目标', 'category: [方略与目标'));
      return /terms\/fu-pin\.md › frontmatter: frontmatter is not valid YAML/;
    },
  },
  {
    name: 'fails on an unknown term reference in related',
    breakIn: (dir) => {
      const file = join(dir, 'content/terms/liang-bu-chou-san-bao-zhang.md');
      edit(file, (t) => t.replace('related: [fu-pin]', 'related: [fu-pin, bu-cun-zai]'));
      const line = lineIn(file, 'bu-cun-zai');
      return new RegExp(`terms/liang-bu-chou-san-bao-zhang\\.md:${line} › related\\[1\\]: unknown term "bu-cun-zai"`);
    },
  },
  {
    name: 'fails on a cycle in the broader/narrower relations, naming file, line and field',
    breakIn: (dir) => {
      const file = join(dir, 'content/term-relations.yaml');
      edit(file, (t) => `${t}- broader: yi-di-fu-pin-ban-qian\n  narrower: [fu-pin]\n`);
      const line = lineIn(file, 'narrower: [fu-pin]');
      return new RegExp(`term-relations\\.yaml:${line} › narrower: cycle: fu-pin → yi-di-fu-pin-ban-qian → fu-pin`);
    },
  },
  {
    name: 'fails on an unknown term: link in a body',
    breakIn: (dir) => {
      edit(source(dir), (t) => `${t}\n- 见[某词](term:mou-ci)。\n`);
      const line = lineIn(source(dir), 'term:mou-ci');
      return new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › body: link \\(term:mou-ci\\) names an unknown term "mou-ci"`);
    },
  },
  {
    name: 'fails on a mistyped editorial mark in a Markdown summary, naming file, line and field',
    breakIn: (dir) => {
      edit(source(dir), (t) => t.replace('<Inferred>日期约为2019年。</Inferred>', '<Infered>日期约为2019年。</Inferred>'));
      const line = lineIn(source(dir), '<Infered>');
      return new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › body: unknown markup <Infered>: a summary may contain only <Inferred> and <Outside>`);
    },
  },
  {
    name: 'fails when two entries claim the same slug',
    breakIn: (dir) => {
      cpSync(fuPin(dir), join(dir, 'content/terms/fu-pin.mdx'));
      return /terms\/fu-pin\.mdx › slug \(file name\): duplicate term slug "fu-pin"/;
    },
  },
  {
    name: 'fails when two entries claim the same alias',
    breakIn: (dir) => {
      const file = join(dir, 'content/terms/yi-di-fu-pin-ban-qian.md');
      edit(file, (t) => t.replace('category:', 'aliases: [两不愁]\ncategory:'));
      const line = lineIn(file, 'aliases: [两不愁]');
      return new RegExp(`terms/yi-di-fu-pin-ban-qian\\.md:${line} › aliases\\[0\\]: "两不愁" is already claimed by .*liang-bu-chou-san-bao-zhang\\.md`);
    },
  },
  {
    name: "fails when a source's archive file is not in content/archive",
    breakIn: (dir) => {
      edit(source(dir), (t) => t.replace('003_6bc6484b284cb233.txt', '999_0000000000000000.txt'));
      const line = lineIn(source(dir), 'archiveFile:');
      return new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › archiveFile: "999_0000000000000000\\.txt" is not in the source archive folder`);
    },
  },
  {
    name: 'fails when a chart series puts figures with different units together',
    breakIn: (dir) => {
      edit(source(dir), (t) =>
        t.replace(
          '    quote: 贫困发生率由2015年底的20.9%下降到0.06%\n',
          '    quote: 贫困发生率由2015年底的20.9%下降到0.06%\n    series: 贫困发生率\n' +
            '  - label: 起点年份\n    value: 2015年\n    year: 2015\n    quote: 贫困发生率由2015年底的20.9%下降到0.06%\n    series: 贫困发生率\n    point: 起点\n',
        ),
      );
      return /sources\/2019-zhenlai-fixture\.md › keyFigures\[1\]\.value: unit "年" differs from "%"/;
    },
  },
  {
    name: 'fails when a quote is not verbatim in its source',
    breakIn: (dir) => {
      edit(source(dir), (t) => t.replace('没有硝烟的战争', '没有硝烟的斗争'));
      const line = lineIn(source(dir), '没有硝烟的斗争');
      return new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › quotes\\[0\\]\\.text: not verbatim in 003_6bc6484b284cb233\\.txt`);
    },
  },
  {
    name: 'fails when a figure in a summary is not in its source, naming file, line and figure',
    breakIn: (dir) => {
      edit(source(dir), (t) => `${t}- 全县共有29个贫困村。\n`);
      const line = lineIn(source(dir), '29个贫困村');
      return new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › body: the figure "29个" does not appear in 003_6bc6484b284cb233\\.txt`);
    },
  },
  {
    name: 'fails when an inline quotation in a glossary entry is in no source',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => `${t}\n文中说要“扶贫先扶志”。\n`);
      const line = lineIn(fuPin(dir), '扶贫先扶志');
      return new RegExp(`terms/fu-pin\\.md:${line} › body: quotation “扶贫先扶志” is not verbatim in any source`);
    },
  },
  {
    name: 'fails on an official English rendering without its official source, naming file, line and field',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => t.replace('kind: common', 'kind: official'));
      const line = lineIn(fuPin(dir), 'kind: official');
      return new RegExp(`terms/fu-pin\\.md:${line} › english\\[0\\]\\.kind: an official rendering \\(官方译法\\) needs \`reference\``);
    },
  },
  {
    name: 'fails on an outside statement with neither a reference nor the 编者按常识 label',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => t.replace('definition: 测试定义。', 'definition: 测试定义。\noutside:\n  - text: 测试背景。'));
      const line = lineIn(fuPin(dir), '测试背景');
      return new RegExp(`terms/fu-pin\\.md:${line} › outside\\[0\\]: outside knowledge needs \`references\``);
    },
  },
  {
    name: 'fails on a reference id that is not in references.yaml',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => t.replace('definition: 测试定义。', 'definition: 测试定义。\noutside:\n  - text: 测试背景。\n    references: [bu-cun-zai]'));
      const line = lineIn(fuPin(dir), 'references: [bu-cun-zai]');
      return new RegExp(`terms/fu-pin\\.md:${line} › outside\\[0\\]\\.references\\[0\\]: unknown reference "bu-cun-zai"`);
    },
  },
  {
    name: 'fails on a definition that only says what the sources do not give',
    breakIn: (dir) => {
      edit(fuPin(dir), (t) => t.replace('definition: 测试定义。', 'definition: 来源只提到名称，没有解释其内容。'));
      const line = lineIn(fuPin(dir), 'definition:');
      return new RegExp(`terms/fu-pin\\.md:${line} › definition: the definition says what the sources do not say`);
    },
  },
];

/** The case of that name (the build tests run a few of them through a whole `astro build`). */
export function badContentCase(name: string): BadContentCase {
  const found = BAD_CONTENT.find((c) => c.name === name);
  assert.ok(found, `no bad-content case named "${name}"`);
  return found;
}
