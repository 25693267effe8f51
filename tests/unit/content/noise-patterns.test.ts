import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findNoise, findRepeatedParagraphs, NOISE_PATTERNS } from '../../../src/content/guard/noise-patterns.ts';
import { projectPaths } from '../../../src/content/project-paths.ts';

const { sourcesDir } = projectPaths(process.cwd());
const rawFiles = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(`${sourcesDir}/${name}`, 'utf8'));

describe('noise patterns', () => {
  for (const noise of NOISE_PATTERNS) {
    it(`${noise.id}: catches its example`, () => {
      assert.ok(findNoise(`正文。${noise.example}正文。`).some((f) => f.id === noise.id));
    });
    if (noise.id !== 'replacement-char') {
      it(`${noise.id}: occurs in the raw sources (the pattern is real, not invented)`, () => {
        assert.ok(
          rawFiles.some((raw) => noise.pattern.test(raw)),
          `${noise.id} matches none of the raw files`,
        );
      });
    }
  }

  it('does not flag clean curated prose', () => {
    const clean = '2018年我市将持续巩固提升已脱贫成果，保质保量完成2.5万贫困人口脱贫、90个贫困村退出（原文第22行）。县委常委会（扩大）会议。';
    assert.deepEqual(findNoise(clean), []);
  });
});

describe('duplicated paragraphs', () => {
  it('catches the raw duplication in 003 (lines 8–11 repeat lines 3–6; the author line 12 = 7 is a short label)', () => {
    const raw = readFileSync(`${sourcesDir}/003_6bc6484b284cb233.txt`, 'utf8')
      .split('\n')
      .map((text, i) => ({ text, line: i + 1 }));
    const found = findRepeatedParagraphs(raw).map(({ repeated, of }) => [repeated.line, of.line]);
    assert.deepEqual(found, [
      [8, 3],
      [9, 4],
      [10, 5],
      [11, 6],
    ]);
  });

  it('catches a paragraph contained in a longer one (002 repeats its summary inside the host’s opening)', () => {
    const summary = '脱贫攻坚事关巩固党的执政基础，是当前压倒一切的政治任务。';
    const found = findRepeatedParagraphs([{ text: summary }, { text: `主持人：各位网友，大家好！${summary}今天我们请到……` }]);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.repeated.text, summary);
  });

  it('ignores short repeats and distinct paragraphs', () => {
    assert.deepEqual(findRepeatedParagraphs([{ text: '可信度：高' }, { text: '可信度：高' }]), []);
    assert.deepEqual(
      findRepeatedParagraphs([{ text: '贫困发生率由2015年底的20.9%下降到0.06%。' }, { text: '贫困发生率从7.6%下降到1.8%，贫困村从323个减少到167个。' }]),
      [],
    );
  });
});
