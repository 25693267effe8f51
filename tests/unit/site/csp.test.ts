import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy } from '../../../src/site/csp.ts';

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
  // What a browser does with this policy (blocks outside requests, inline code; lets every page of the
  // site work) is tested in Chromium against the built site: tests/e2e/outside-requests.spec.ts.
});
