import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { formatHtmlProblem, validateHtml } from '../../../scripts/verify/html-check.ts';

const FILE = 'tests/fixtures/html-invalid/index.html';

describe('HTML check on a deliberately invalid page (tests/fixtures/html-invalid)', () => {
  let text = '';
  before(async () => {
    const problems = await validateHtml(FILE, readFileSync(FILE, 'utf8'));
    text = problems.map(formatHtmlProblem).join('\n');
  });

  it('reports a block element inside <p> (which closes the paragraph early), with file, line, column and rule', () => {
    assert.match(text, /^tests\/fixtures\/html-invalid\/index\.html:6:2 › no-implicit-close: Element <p> is implicitly closed by adjacent <div>$/m);
    assert.match(text, /^tests\/fixtures\/html-invalid\/index\.html:6:\d+ › close-order: Stray end tag '<\/p>'$/m);
  });

  it('reports a <p> directly inside <ul>', () => {
    assert.match(text, /^tests\/fixtures\/html-invalid\/index\.html:7:\d+ › element-permitted-content: <p> element is not permitted as content under <ul>$/m);
  });

  it('reports a duplicated id', () => {
    assert.match(text, /:8:\d+ › no-dup-id: /);
  });

  it('reports an image without alt text and an inline style (which the CSP would block)', () => {
    assert.match(text, /:9:\d+ › wcag\/h37: /);
    assert.match(text, /:10:\d+ › no-inline-style: /);
  });

  it('accepts a valid page with an id that starts with a digit', async () => {
    const page =
      '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>有效</title></head><body><main><h2 id="2017-nian">2017年</h2><p><a href="#2017-nian">跳转</a></p></main></body></html>';
    assert.deepEqual(await validateHtml('ok.html', page), []);
  });
});
