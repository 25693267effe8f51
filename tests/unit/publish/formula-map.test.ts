import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formulaDescription, formulaMapLayout, formulaMapSvg, textEm, wrapLabel } from '../../../src/publish/charts/formula-map.ts';

const PARTS = ['扶持对象精准', '项目安排精准', '资金使用精准', '措施到户精准', '因村派人精准', '脱贫成效精准'];

describe('formula map (SVG of a numbered formula)', () => {
  it('measures Han characters as one em and ASCII as about half', () => {
    assert.equal(textEm('六个精准'), 4);
    assert.ok(textEm('5+18+N') < 4);
  });

  it('wraps a long part onto two lines without splitting an ASCII run', () => {
    assert.deepEqual(wrapLabel('社会保障兜底'), ['社会保障兜底']);
    const lines = wrapLabel('把中央巡视问题整改与三年行动计划相结合');
    assert.equal(lines.length, 2);
    assert.equal(lines.join(''), '把中央巡视问题整改与三年行动计划相结合');
    for (const line of lines) assert.ok(textEm(line) <= 12, line);
    assert.ok(wrapLabel('带动“5+18+N”产业园区发展壮大集体经济', 12).some((l) => l.includes('5+18+N')));
  });

  it('lays the parts out in order, one box each, without overlap, right of the formula', () => {
    const layout = formulaMapLayout('六个精准', PARTS);
    assert.equal(layout.parts.length, PARTS.length);
    for (let i = 1; i < layout.parts.length; i++) {
      const [above, box] = [layout.parts[i - 1]!, layout.parts[i]!];
      assert.ok(box.y >= above.y + above.height, `part ${i + 1} starts below part ${i}`);
    }
    for (const box of layout.parts) {
      assert.ok(box.x > layout.root.x + layout.root.width, 'parts stand right of the formula');
      assert.ok(box.x + box.width <= layout.width && box.y + box.height <= layout.height, 'inside the drawing');
    }
    assert.ok(layout.root.y >= 0 && layout.root.y + layout.root.height <= layout.height);
    assert.ok(layout.spine > layout.root.x + layout.root.width && layout.spine < layout.parts[0]!.x);
  });

  it('is an accessible image: role, title and a description listing every part; words stay text', () => {
    const svg = formulaMapSvg({ id: 'm', term: '六个精准', parts: PARTS });
    assert.match(
      svg,
      /^<svg class="formula-map" viewBox="0 0 \d+ [\d.]+" width="\d+" height="[\d.]+" role="img" aria-labelledby="m-title" aria-describedby="m-desc">/,
    );
    assert.match(svg, /<title id="m-title">“六个精准”的组成<\/title>/);
    assert.ok(svg.includes(`<desc id="m-desc">${formulaDescription('六个精准', PARTS)}</desc>`));
    assert.equal(formulaDescription('两不愁', ['不愁吃', '不愁穿']), '两不愁由以下各项组成：1. 不愁吃；2. 不愁穿。');
    for (const part of PARTS) assert.ok(svg.includes(`>${part}</text>`), part);
    assert.equal((svg.match(/class="formula-map__part"/g) ?? []).length, PARTS.length);
    // Colours come from classes only (theme and print), never fixed in the markup.
    assert.doesNotMatch(svg, /fill="#|stroke="#|style=/);
    assert.doesNotMatch(svg, /<script|href=/);
  });

  it('escapes markup in labels', () => {
    const svg = formulaMapSvg({ id: 'x', term: 'A<B', parts: ['a & b'] });
    assert.ok(svg.includes('A&lt;B') && svg.includes('a &amp; b'));
    assert.doesNotMatch(svg, /A<B/);
  });
});
