import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, cspAllows, CSP_DIRECTIVES } from '../../src/site/csp.ts';

const PAGE = 'http://127.0.0.1:4321/kb/search/';

describe('Content-Security-Policy', () => {
  const policy = contentSecurityPolicy();

  it('serialises directives in order, separated by "; "', () => {
    assert.equal(contentSecurityPolicy({ 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] }), "default-src 'none'; img-src 'self' data:");
  });

  it('starts from default-src none and allows what search needs: scripts, wasm, fetch and a worker from the site', () => {
    assert.match(policy, /^default-src 'none'; /);
    assert.match(policy, /frame-src 'self'; /); // the copy tool, framed by the page it serves
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(policy, /connect-src 'self'/);
    assert.match(policy, /worker-src 'self'/);
  });

  it('never allows inline code or eval', () => {
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it('leaves out directives a meta tag ignores', () => {
    assert.equal(contentSecurityPolicy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], sandbox: [] }), "default-src 'none'");
  });

  it('allows the site’s own files under any base path', () => {
    assert.equal(cspAllows(CSP_DIRECTIVES, 'connect-src', '/kb/pagefind/pagefind-entry.json', PAGE), true);
    assert.equal(cspAllows(CSP_DIRECTIVES, 'frame-src', '/kb/_kb/copy/#link:p-1x9k3ba', PAGE), true);
    assert.equal(cspAllows(CSP_DIRECTIVES, 'script-src', '/kb/pagefind/pagefind.js', PAGE), true);
    assert.equal(cspAllows(CSP_DIRECTIVES, 'worker-src', '/kb/pagefind/pagefind-worker.js', PAGE), true);
  });

  it('blocks every request that leaves the site (bad input)', () => {
    for (const [directive, url] of [
      ['connect-src', 'https://example.com/data.json'],
      ['script-src', 'https://cdn.example.com/lib.js'],
      ['style-src', 'https://fonts.googleapis.com/css'],
      ['font-src', 'https://fonts.gstatic.com/x.woff2'],
      ['img-src', 'https://analytics.example.com/pixel.gif'],
      ['frame-src', 'https://example.com/'],
      ['frame-src', 'http://127.0.0.1:9999/kb/_kb/copy/'],
      ['connect-src', 'http://127.0.0.1:9999/other-port'],
    ]) {
      assert.equal(cspAllows(CSP_DIRECTIVES, directive!, url!, PAGE), false, `${directive} ${url}`);
    }
  });

  it('falls back to default-src for a directive it does not list', () => {
    assert.equal(cspAllows(CSP_DIRECTIVES, 'prefetch-src', '/kb/', PAGE), false);
  });
});
