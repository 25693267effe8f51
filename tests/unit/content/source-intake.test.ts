/**
 * The intake proposal (`npm run source:add`) on each of the five raw files, against
 * the curated recipe in its summary: every line the curated recipe drops is flagged
 * by a detector, no kept line is, every curated repair is found, and nothing else is
 * proposed in the kept body text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readContent } from '../../../src/content/content-files.ts';
import { checkStructure } from '../../../src/content/guard/checks.ts';
import type { SourceData } from '../../../src/content/schema.ts';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { dictionaryFromRawTerms } from '../../../src/content/glossary-dictionary.ts';
import { projectPaths } from '../../../src/content/project-paths.ts';
import { draftSlug, nextArchiveName } from '../../../src/content/intake/archive-name.ts';
import { draftSummary } from '../../../src/content/intake/draft.ts';
import { proposeIntake } from '../../../src/content/intake/proposal.ts';
import { decodeRaw } from '../../../src/content/intake/raw-file.ts';
import { detectScript } from '../../../src/content/intake/script.ts';
import { isTodo, todoFields } from '../../../src/content/todo-fields.ts';

const paths = projectPaths(process.cwd(), {});
const content = readContent(paths.contentDir, paths.root);
const glossary = dictionaryFromRawTerms(content.terms);
const curated = content.sources.map((entry) => ({ entry, data: entry.data as SourceData }));

/** Non-blank raw lines inside the ranges. */
function keptSet(raw: string, ranges: Array<[number, number]>): number[] {
  const lines = raw.split('\n');
  return ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter((n) => lines[n - 1]!.trim() !== '');
}

/** Where `find` stands in the raw file: [line, start, end] for each occurrence. */
function spans(raw: string, find: string): Array<[number, number, number]> {
  return raw.split('\n').flatMap((text, i) => {
    const found: Array<[number, number, number]> = [];
    for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) found.push([i + 1, at, at + find.length]);
    return found;
  });
}
const overlaps = (raw: string, a: string, b: string) =>
  spans(raw, a).some(([la, sa, ea]) => spans(raw, b).some(([lb, sb, eb]) => la === lb && sa < eb && sb < ea));

describe('source intake on the five raw files, against the curated recipes', () => {
  assert.equal(curated.length, 5);
  for (const { entry, data } of curated) {
    const raw = readFileSync(`${paths.sourcesDir}/${data.archiveFile}`, 'utf8');
    const proposal = proposeIntake(raw, glossary);

    describe(`${data.archiveFile} (${entry.slug})`, () => {
      it('keeps exactly the lines the curated recipe keeps', () => {
        assert.deepEqual(keptSet(raw, proposal.keepLines), keptSet(raw, data.cleaning.keepLines));
      });

      it('flags every dropped line with a detector, and no kept line', () => {
        const kept = new Set(keptSet(raw, data.cleaning.keepLines));
        for (const v of proposal.verdicts) {
          if (v.role === 'blank') continue;
          if (kept.has(v.line)) assert.equal(v.keep, true, `line ${v.line} is body text`);
          else assert.ok(!v.keep && v.role === 'noise' && v.detector, `line ${v.line} is dropped by the curated recipe: which detector?`);
        }
      });

      it('finds every repair the curated recipe makes, and proposes none elsewhere', () => {
        for (const r of data.cleaning.replacements) {
          assert.ok(
            proposal.replacements.some((p) => overlaps(raw, p.find, r.find)),
            `curated repair "${r.find}" is not found`,
          );
        }
        for (const p of proposal.replacements) {
          assert.ok(
            data.cleaning.replacements.some((r) => overlaps(raw, p.find, r.find)),
            `proposed "${p.find}" (${p.detector}) is not noise`,
          );
          assert.ok(raw.includes(p.find), 'every find occurs in the raw file');
        }
      });

      it('detects the script', () => {
        assert.equal(proposal.script.script, data.originalScript);
      });

      it('writes a draft whose only problems are the fields still to write', () => {
        const draft = draftSummary(data.archiveFile.replace(/^\d+/, '999'), proposal);
        const split = splitFrontmatter(draft);
        const draftEntry = { file: 'content/sources/source-999.md', slug: 'source-999', ...split };
        const problems = checkStructure({ ...content, sources: [...content.sources, draftEntry] });
        assert.ok(problems.length > 0);
        const other = problems.filter((p) => !p.message.startsWith('still to write (TODO): '));
        assert.deepEqual(other, [], 'structurally accepted');
        const todos = todoFields(split.data);
        assert.deepEqual(
          problems.filter((p) => p.field !== 'body').map((p) => p.field),
          todos.map((t) => t.field),
        );
        assert.ok(
          problems.every((p) => p.line !== undefined),
          'every TODO is reported at its line',
        );
        const d = split.data as SourceData;
        assert.deepEqual(d.cleaning.keepLines, proposal.keepLines);
        assert.equal(d.originalScript, data.originalScript);
        // What the text itself determines is written in full; only the undecidable repairs are TODO.
        for (const r of d.cleaning.replacements) assert.equal(typeof r.replace, 'string');
        assert.ok(d.noiseRemoved.every((n) => !isTodo(n)));
      });
    });
  }

  it('lists the glossary terms of a source and new candidates, without known names', () => {
    const data = curated.find((c) => c.data.archiveFile === '004_5d313502e3e5c1df.txt')!.data;
    const proposal = proposeIntake(readFileSync(`${paths.sourcesDir}/${data.archiveFile}`, 'utf8'), glossary);
    assert.ok(proposal.terms.some((t) => t.slug === 'liang-bu-chou-san-bao-zhang'));
    const known = new Set(glossary.flatMap((t) => t.names));
    assert.ok(proposal.candidates.length > 0);
    for (const c of proposal.candidates) assert.ok(!known.has(c.text), c.text);
  });
});

describe('raw files and archive names', () => {
  it('refuses empty, binary and non-UTF-8 files, and counts a few garbled bytes', () => {
    assert.deepEqual(decodeRaw(new Uint8Array()), { ok: false, reason: 'the file is empty' });
    assert.match((decodeRaw(new Uint8Array([0x50, 0x4b, 0, 3])) as { reason: string }).reason, /binary/);
    // 扶贫攻坚 in GBK, ten times.
    const gbk = new Uint8Array(Array.from({ length: 10 }, () => [0xb7, 0xf6, 0xc6, 0xb6, 0xb9, 0xa5, 0xbc, 0xe1]).flat());
    assert.match((decodeRaw(gbk) as { reason: string }).reason, /not UTF-8.*iconv/);
    const text = new TextEncoder().encode('脱贫攻坚'.repeat(100));
    const broken = new Uint8Array([...text, 0xff]);
    assert.deepEqual(decodeRaw(broken), { ok: true, text: `${'脱贫攻坚'.repeat(100)}\uFFFD`, invalidBytes: 1 });
  });

  it('names the next file after the highest number, with the start of its SHA-256', () => {
    const sha = 'ab'.repeat(32);
    assert.equal(nextArchiveName(['000_0b7c87c13ac73fd6.txt', '004_5d313502e3e5c1df.txt', 'SHA256SUMS'], sha), '005_abababababababab.txt');
    assert.equal(nextArchiveName([], sha), '000_abababababababab.txt');
    assert.equal(nextArchiveName(['999_0000000000000000.txt'], sha), '1000_abababababababab.txt');
    assert.equal(draftSlug('005_abababababababab.txt'), 'source-005');
  });

  it('tells Simplified from Traditional', () => {
    assert.equal(detectScript('扎實推進脫貧攻堅工作再上新臺階').script, 'zh-Hant');
    assert.equal(detectScript('举全縣之力打赢脱贫攻坚战，全面建成小康社会').script, 'zh-Hans');
  });
});
