import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../../src/content/content-files.ts';
import { archiveReader, projectPaths } from '../../../src/content/project-paths.ts';
import { findTermCandidates } from '../../../src/content/glossary/term-candidates.ts';
import { glossaryCoverage, staleReasons, TO_BE_ADDED } from '../../../src/content/glossary/term-coverage.ts';
import { candidateCoverage, readCandidateReasons } from '../../../src/content/glossary/term-candidate-list.ts';

const find = (text: string, known: string[] = []) => findTermCandidates(text, new Set(known));
const byText = (text: string, known: string[] = []) => new Map(find(text, known).map((c) => [c.text, c]));

describe('term candidates: the rules', () => {
  it('finds short quoted phrases, not quoted sentences', () => {
    const found = byText('以“三变模式”发展村集体经济。他说：“我们要全力以赴，确保完成任务。”');
    assert.deepEqual(found.get('三变模式')?.kinds, ['quoted']);
    assert.equal(
      [...found.keys()].some((t) => t.includes('全力以赴')),
      false,
    );
  });

  it('finds numbered formulas in digits and in quoted Chinese numerals', () => {
    const found = byText('建立“5+18+N”产业园；“653”百日攻坚；做到四个“首先”；落实“两免一补”和“六个精准”。');
    for (const text of ['5+18+N', '653', '四个首先', '两免一补', '六个精准']) assert.ok(found.get(text)?.kinds.includes('numbered'), text);
  });

  it('finds compounds with 扶贫, 脱贫 and 贫困, and counts each occurrence once', () => {
    const found = byText('突出产业扶贫，建立一批扶贫车间。产业扶贫见效，贫困发生率下降，深度贫困村减少。');
    assert.deepEqual(found.get('产业扶贫'), { text: '产业扶贫', count: 2, kinds: ['compound'] });
    for (const text of ['扶贫车间', '贫困发生率', '深度贫困村']) assert.ok(found.has(text), text);
  });

  it('reads a Traditional source as Simplified', () => {
    assert.ok(byText('突出產業扶貧，落實“兩不愁三保障”。').has('产业扶贫'));
  });

  it('reports the known name a fragment stands in, not the fragment', () => {
    const found = byText('推行“1+1”结亲帮扶，实现“两不愁三保障”。', ['1+1结亲帮扶', '两不愁三保障']);
    assert.equal(found.has('1+1'), false);
    assert.equal(found.has('两不愁'), false);
    assert.deepEqual(found.get('1+1结亲帮扶')?.kinds, ['quoted', 'numbered']);
  });

  it('sorts by frequency, then by text', () => {
    assert.deepEqual(
      find('贫困户、贫困村、贫困户').map((c) => c.text),
      ['贫困户', '贫困村'],
    );
  });
});

describe('term candidates: coverage', () => {
  const terms = [{ slug: 'jian-dang-li-ka', term: '建档立卡', traditional: '建檔立卡', aliases: ['建档立卡贫困户'] }];
  it('gives each candidate its status: entry, alias, reason, or uncovered', () => {
    const candidates = find('建档立卡；建档立卡贫困户；扶贫车间；贫困群众');
    const rows = glossaryCoverage(
      candidates,
      terms,
      new Map([
        ['扶贫车间', TO_BE_ADDED],
        ['扶贫基地', '见产业扶贫'],
      ]),
    );
    const status = new Map(rows.map((r) => [r.text, r.status]));
    assert.deepEqual(status.get('建档立卡贫困户'), { kind: 'alias', slug: 'jian-dang-li-ka' });
    assert.deepEqual(status.get('扶贫车间'), { kind: 'reason', reason: TO_BE_ADDED });
    assert.deepEqual(status.get('贫困群众'), { kind: 'uncovered' });
    assert.deepEqual(
      staleReasons(
        rows,
        new Map([
          ['扶贫车间', TO_BE_ADDED],
          ['扶贫基地', '见产业扶贫'],
        ]),
      ),
      ['扶贫基地'],
    );
  });

  it('every candidate in the five sources is an entry, an alias, or has a reason', () => {
    const paths = projectPaths(process.cwd());
    const { rows, summary, stale } = candidateCoverage(
      readContent(paths.contentDir, paths.root),
      archiveReader(paths.sourcesDir),
      readCandidateReasons(paths.contentDir),
    );
    console.log(
      `glossary coverage: ${summary.total} candidates; ${summary.entry} entries, ${summary.alias} aliases, ` +
        `${summary.reason} with a reason (${summary.toBeAdded} 待收录), ${summary.uncovered} uncovered` +
        (stale.length > 0 ? `; reasons no longer needed: ${stale.join('、')}` : ''),
    );
    assert.ok(summary.total > 100, 'the rules find the sources’ terms');
    assert.deepEqual(
      rows.filter((r) => r.status.kind === 'uncovered').map((r) => r.text),
      [],
    );
  });
});
