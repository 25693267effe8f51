import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findNoise, NOISE_PATTERNS } from '../../src/lib/noise-patterns.ts';
import { projectPaths } from '../../src/lib/project-paths.ts';

const { sourcesDir } = projectPaths(process.cwd());
const rawFiles = readdirSync(sourcesDir).map((name) => readFileSync(`${sourcesDir}/${name}`, 'utf8'));

describe('noise patterns', () => {
  for (const noise of NOISE_PATTERNS) {
    it(`${noise.id}: catches its example`, () => {
      assert.ok(findNoise(`正文。${noise.example}正文。`).some((f) => f.id === noise.id));
    });
    if (noise.id !== 'replacement-char') {
      it(`${noise.id}: occurs in the raw sources (the pattern is real, not invented)`, () => {
        assert.ok(rawFiles.some((raw) => noise.pattern.test(raw)), `${noise.id} matches none of the raw files`);
      });
    }
  }

  it('does not flag clean curated prose', () => {
    const clean = '2018年我市将持续巩固提升已脱贫成果，保质保量完成2.5万贫困人口脱贫、90个贫困村退出（原文第22行）。县委常委会（扩大）会议。';
    assert.deepEqual(findNoise(clean), []);
  });
});
