/**
 * Every built page carries the Content-Security-Policy of src/site/csp.ts in a <meta>,
 * as the first element of <head> after the charset, so the policy covers everything
 * the page loads. (The end-to-end tests check that browsers enforce it.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy } from '../../src/site/csp.ts';
import { attr, builtDocument, findAll } from '../support/built-html.ts';
import { builtPages } from '../support/site-pages.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

describe('Content-Security-Policy', () => {
  it('every built page carries the policy from src/site/csp.ts as its first head element after charset', () => {
    const paths = builtPages(DIST_DIR);
    for (const required of ['', 'sources/', 'terms/', 'about/', 'search/', '404.html']) assert.ok(paths.includes(required), `/${required} was built`);
    const policy = contentSecurityPolicy();
    const problems: string[] = [];
    for (const path of paths) {
      const head = findAll(builtDocument(path), (el) => el.name === 'head')[0];
      const children = head ? findAll(head, (el) => el.parent === head) : [];
      const [first, second] = children;
      if (first?.name !== 'meta' || attr(first, 'charset') === undefined) problems.push(`/${path}: <head> does not start with <meta charset>`);
      if (second?.name !== 'meta' || attr(second, 'http-equiv') !== 'Content-Security-Policy')
        problems.push(`/${path}: the second <head> element is not the policy`);
      else if (attr(second, 'content') !== policy) problems.push(`/${path}: a different policy: ${attr(second, 'content')}`);
    }
    assert.deepEqual(problems, []);
  });
});
