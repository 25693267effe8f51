/**
 * Bad content fails `astro build` with a message that names the file and the
 * field. Each case copies the valid fixture, breaks one thing, and builds it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const FIXTURE = 'tests/fixtures/valid';
const temps: string[] = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  temps.push(dir);
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  return dir;
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function build(dir: string): { status: number | null; output: string } {
  // --force: each case builds a different content folder; a warm content cache can keep pointing at the previous one.
  const result = spawnSync('astro', ['build', '--force', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, KB_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The 1-based line of the first line of a file that contains `needle` (so expected lines come from the file, not from the guard). */
function lineIn(path: string, needle: string): number {
  const line =
    readFileSync(path, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;
  assert.ok(line > 0, `"${needle}" is not in ${path}`);
  return line;
}

function assertFails(dir: string, expected: RegExp): void {
  const { status, output } = build(dir);
  assert.notEqual(status, 0, `build should fail but exited ${status}`);
  assert.match(output, expected);
}

describe('the build', () => {
  it('succeeds on the valid fixture (control)', () => {
    const dir = fixtureCopy();
    const { status, output } = build(dir);
    assert.equal(status, 0, output);
    assert.match(output, /content ok: 1 sources, 3 terms/);
  });

  it('fails on a missing frontmatter field, naming file and field', () => {
    const dir = fixtureCopy();
    edit(join(dir, 'content/terms/fu-pin.md'), (t) => t.replace(/^definition:.*\n/m, ''));
    assertFails(dir, /terms\/fu-pin\.md › definition: /);
  });

  it('fails on a malformed frontmatter value, naming the nested field', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/sources/2019-zhenlai-fixture.md');
    edit(file, (t) => t.replace('precision: year', 'precision: day'));
    const line = lineIn(file, '  value: "2019"');
    assertFails(dir, new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › date\\.value: date\\.value does not match date\\.precision`));
  });

  it('fails on YAML that does not parse', () => {
    const dir = fixtureCopy();
    edit(join(dir, 'content/terms/fu-pin.md'), (t) => t.replace('category: 方略与目标', 'category: [方略与目标'));
    assertFails(dir, /terms\/fu-pin\.md › frontmatter: frontmatter is not valid YAML/);
  });

  it('fails on an unknown term reference in related', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/liang-bu-chou-san-bao-zhang.md');
    edit(file, (t) => t.replace('related: [fu-pin]', 'related: [fu-pin, bu-cun-zai]'));
    const line = lineIn(file, 'bu-cun-zai');
    assertFails(dir, new RegExp(`terms/liang-bu-chou-san-bao-zhang\\.md:${line} › related\\[1\\]: unknown term "bu-cun-zai"`));
  });

  it('fails on a cycle in the broader/narrower relations, naming file, line and field', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/term-relations.yaml');
    edit(file, (t) => `${t}- broader: yi-di-fu-pin-ban-qian\n  narrower: [fu-pin]\n`);
    const line = lineIn(file, 'narrower: [fu-pin]');
    assertFails(dir, new RegExp(`term-relations\\.yaml:${line} › narrower: cycle: fu-pin → yi-di-fu-pin-ban-qian → fu-pin`));
  });

  it('fails on an unknown term: link in a body', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/sources/2019-zhenlai-fixture.md');
    edit(file, (t) => `${t}\n- 见[某词](term:mou-ci)。\n`);
    const line = lineIn(file, 'term:mou-ci');
    assertFails(dir, new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › body: link \\(term:mou-ci\\) names an unknown term "mou-ci"`));
  });

  it('fails on a mistyped editorial mark in a Markdown summary, naming file, line and field', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/sources/2019-zhenlai-fixture.md');
    edit(file, (t) => t.replace('<Inferred>日期约为2019年。</Inferred>', '<Infered>日期约为2019年。</Inferred>'));
    const line = lineIn(file, '<Infered>');
    assertFails(
      dir,
      new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › body: unknown markup <Infered>: a summary may contain only <Inferred> and <Outside>`),
    );
  });

  it('fails when two entries claim the same slug', () => {
    const dir = fixtureCopy();
    cpSync(join(dir, 'content/terms/fu-pin.md'), join(dir, 'content/terms/fu-pin.mdx'));
    assertFails(dir, /terms\/fu-pin\.mdx › slug \(file name\): duplicate term slug "fu-pin"/);
  });

  it('fails when two entries claim the same alias', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/yi-di-fu-pin-ban-qian.md');
    edit(file, (t) => t.replace('category:', 'aliases: [两不愁]\ncategory:'));
    const line = lineIn(file, 'aliases: [两不愁]');
    assertFails(
      dir,
      new RegExp(`terms/yi-di-fu-pin-ban-qian\\.md:${line} › aliases\\[0\\]: "两不愁" is already claimed by .*liang-bu-chou-san-bao-zhang\\.md`),
    );
  });

  it("fails when a source's archive file is not in content/archive", () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/sources/2019-zhenlai-fixture.md');
    edit(file, (t) => t.replace('003_6bc6484b284cb233.txt', '999_0000000000000000.txt'));
    const line = lineIn(file, 'archiveFile:');
    assertFails(dir, new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › archiveFile: "999_0000000000000000\\.txt" is not in the source archive folder`));
  });

  it('fails when a chart series puts figures with different units together', () => {
    const dir = fixtureCopy();
    edit(join(dir, 'content/sources/2019-zhenlai-fixture.md'), (t) =>
      t.replace(
        '    quote: 贫困发生率由2015年底的20.9%下降到0.06%\n',
        '    quote: 贫困发生率由2015年底的20.9%下降到0.06%\n    series: 贫困发生率\n' +
          '  - label: 起点年份\n    value: 2015年\n    year: 2015\n    quote: 贫困发生率由2015年底的20.9%下降到0.06%\n    series: 贫困发生率\n    point: 起点\n',
      ),
    );
    assertFails(dir, /sources\/2019-zhenlai-fixture\.md › keyFigures\[1\]\.value: unit "年" differs from "%"/);
  });

  it('fails when a quote is not verbatim in its source', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/sources/2019-zhenlai-fixture.md');
    edit(file, (t) => t.replace('没有硝烟的战争', '没有硝烟的斗争'));
    const line = lineIn(file, '没有硝烟的斗争');
    assertFails(dir, new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › quotes\\[0\\]\\.text: not verbatim in 003_6bc6484b284cb233\\.txt`));
  });

  it('fails when a figure in a summary is not in its source, naming file, line and figure', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/sources/2019-zhenlai-fixture.md');
    edit(file, (t) => `${t}- 全县共有29个贫困村。\n`);
    const line = lineIn(file, '29个贫困村');
    assertFails(dir, new RegExp(`sources/2019-zhenlai-fixture\\.md:${line} › body: the figure "29个" does not appear in 003_6bc6484b284cb233\\.txt`));
  });

  it('fails when an inline quotation in a glossary entry is in no source', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/fu-pin.md');
    edit(file, (t) => `${t}\n文中说要“扶贫先扶志”。\n`);
    const line = lineIn(file, '扶贫先扶志');
    assertFails(dir, new RegExp(`terms/fu-pin\\.md:${line} › body: quotation “扶贫先扶志” is not verbatim in any source`));
  });

  it('fails on an official English rendering without its official source, naming file, line and field', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/fu-pin.md');
    edit(file, (t) => t.replace('kind: common', 'kind: official'));
    const line = lineIn(file, 'kind: official');
    assertFails(dir, new RegExp(`terms/fu-pin\\.md:${line} › english\\[0\\]\\.kind: an official rendering \\(官方译法\\) needs \`reference\``));
  });

  it('fails on an outside statement with neither a reference nor the 编者按常识 label', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/fu-pin.md');
    edit(file, (t) => t.replace('definition: 测试定义。', 'definition: 测试定义。\noutside:\n  - text: 测试背景。'));
    const line = lineIn(file, '测试背景');
    assertFails(dir, new RegExp(`terms/fu-pin\\.md:${line} › outside\\[0\\]: outside knowledge needs \`references\``));
  });

  it('fails on a reference id that is not in references.yaml', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/fu-pin.md');
    edit(file, (t) => t.replace('definition: 测试定义。', 'definition: 测试定义。\noutside:\n  - text: 测试背景。\n    references: [bu-cun-zai]'));
    const line = lineIn(file, 'references: [bu-cun-zai]');
    assertFails(dir, new RegExp(`terms/fu-pin\\.md:${line} › outside\\[0\\]\\.references\\[0\\]: unknown reference "bu-cun-zai"`));
  });

  it('fails on a definition that only says what the sources do not give', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'content/terms/fu-pin.md');
    edit(file, (t) => t.replace('definition: 测试定义。', 'definition: 来源只提到名称，没有解释其内容。'));
    const line = lineIn(file, 'definition:');
    assertFails(dir, new RegExp(`terms/fu-pin\\.md:${line} › definition: the definition says what the sources do not say`));
  });
});
