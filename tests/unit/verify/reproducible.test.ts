import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareBuilds, filesFrom } from '../../../scripts/verify/reproducible.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const build = (files: Record<string, string>) => filesFrom(new Map(Object.entries(files).map(([p, t]) => [p, bytes(t)])));

describe('reproducibility check', () => {
  it('accepts two identical builds', () => {
    const files = { 'index.html': '<p>本副本构建于 2025年1月1日</p>', 'pagefind/pagefind-entry.json': '{"version":"1.6.0"}' };
    assert.deepEqual(compareBuilds(build(files), build({ ...files })), []);
  });

  it('reports a file whose bytes differ, with the first differing byte and its context (bad input)', () => {
    const first = '<footer>本副本构建于 <time datetime="2025-01-01">';
    const second = first.replace('01">', '02">');
    const at = Buffer.byteLength(first.slice(0, first.lastIndexOf('1">')));
    const size = Buffer.byteLength(first);
    const problems = compareBuilds(build({ 'index.html': first }), build({ 'index.html': second }));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, new RegExp(`^index\\.html: differs from byte ${at} \\(${size} vs ${size} bytes\\): ".*2025-01-01.*" vs ".*2025-01-02.*"$`));
  });

  it('reports a file that only one build has, e.g. a hashed asset name that changed (bad input)', () => {
    const problems = compareBuilds(build({ '_astro/a.B1.css': 'x' }), build({ '_astro/a.C2.css': 'x' }));
    assert.deepEqual(problems, ['_astro/a.B1.css: only in the first build', '_astro/a.C2.css: only in the second build']);
  });

  it('skips only what an exclusion names', () => {
    const exclusions = [{ pattern: /^stamp\.txt$/, why: 'test' }];
    const problems = compareBuilds(build({ 'stamp.txt': '1', 'a.html': '1' }), build({ 'stamp.txt': '2', 'a.html': '2' }), exclusions);
    assert.deepEqual(
      problems.map((p) => p.split(':')[0]),
      ['a.html'],
    );
  });
});
