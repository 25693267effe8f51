import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks, fileFor, formatLinkProblems, pageUrl } from '../../../scripts/verify/link-check.ts';
import { readSite } from '../../support/dist-files.ts';

const FIXTURE = 'tests/fixtures/dist-bad';

describe('link check on a deliberately broken build (tests/fixtures/dist-bad, base /kb/)', () => {
  const { pages, files } = readSite(FIXTURE);
  const problems = checkLinks(pages, files, '/kb/');
  const text = formatLinkProblems(problems, FIXTURE);

  it('reports a link to a page that does not exist, with file and line', () => {
    assert.match(text, /^tests\/fixtures\/dist-bad\/index\.html:8 › <a href="\/kb\/terms\/unknown\/">: no file in the build for \/kb\/terms\/unknown\/$/m);
  });

  it('reports an #anchor that is not an id on the target page', () => {
    assert.match(text, /index\.html:9 › <a href="\/kb\/terms\/known\/#no-such-anchor">: no id="no-such-anchor" on \/kb\/terms\/known\/$/m);
  });

  it('reports a link that ignores the base path', () => {
    assert.match(text, /index\.html:10 › <a href="\/terms\/known\/">: \/terms\/known\/ is outside the base path \/kb\/; build URLs with src\/site\/urls\.ts$/m);
  });

  it('reports a link that leaves the site', () => {
    assert.match(text, /index\.html:11 › <a href="https:\/\/example\.com\/">: leaves the site \(https:\/\/example\.com\)/m);
  });

  it('reports a missing stylesheet', () => {
    assert.match(text, /index\.html:3 › <link href="\/kb\/missing\.css">: no file in the build for \/kb\/missing\.css$/m);
  });

  it('reports a page only the 404 page links to as an orphan', () => {
    assert.match(text, /^tests\/fixtures\/dist-bad\/orphan\/index\.html › orphan: no other page links to \/kb\/orphan\/$/m);
  });

  it('reports nothing else: good links and anchors, the 404 page itself', () => {
    assert.equal(problems.length, 6, text);
  });
});

describe('link check pieces', () => {
  it('maps pages to URLs under the base', () => {
    assert.equal(pageUrl('index.html', '/kb/'), '/kb/');
    assert.equal(pageUrl('sources/x/index.html', '/'), '/sources/x/');
    assert.equal(pageUrl('404.html', '/kb/'), '/kb/404.html');
  });

  it('maps URLs to files, directory URLs to index.html', () => {
    const files = new Set(['index.html', 'terms/x/index.html', 'favicon.svg']);
    assert.equal(fileFor('/kb/', '/kb/', files), 'index.html');
    assert.equal(fileFor('/kb/terms/x/', '/kb/', files), 'terms/x/index.html');
    assert.equal(fileFor('/kb/terms/x', '/kb/', files), 'terms/x/index.html');
    assert.equal(fileFor('/kb/favicon.svg', '/kb/', files), 'favicon.svg');
    assert.equal(fileFor('/favicon.svg', '/kb/', files), null);
  });
});
