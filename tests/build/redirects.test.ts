/**
 * One build of the valid fixture (tests/fixtures/valid, with its redirects.yaml) under /kb/,
 * read by every check here that needs a build that succeeds. It is the control for the builds
 * of bad content in bad-input.test.ts (the same fixture builds, and the content guard reports
 * it ok). Old URLs and anchors declared in redirects.yaml keep working: the build writes static
 * redirect pages and alias targets, and a real Chromium following an old link lands on the new
 * page or element. Bad declarations fail the build with a message naming the file and the field.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from '@playwright/test';
import { fixtureCopy } from '../support/bad-content.ts';
import { serveSite, type ServedSite } from '../../scripts/support/dist-server.ts';
import { CHROMIUM_ARGS, findTestChromium } from '../support/chromium.ts';
import { buildFixture, type FixtureBuild } from '../support/fixture-build.ts';

describe('the valid fixture, built under /kb/: the control, redirect pages and anchor aliases', () => {
  const dir = fixtureCopy();
  const dist = join(dir, 'dist');
  let build: FixtureBuild | undefined;
  let server: ServedSite | undefined;
  let browser: Browser | undefined;
  let origin = '';

  before(async () => {
    build = await buildFixture(dir, { KB_BASE: '/kb/' });
    assert.equal(build.status, 0, build.output);
    // Resolves when the server prints that it is serving: the same static server as `npm start`.
    server = await serveSite(dist, '/kb/');
    origin = new URL(server.url).origin;
    browser = await chromium.launch({ executablePath: findTestChromium() ?? undefined, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('builds, and the content guard reports the content ok (the control for bad-input.test.ts)', () => {
    assert.ok(build);
    assert.equal(build.status, 0, build.output);
    assert.match(build.output, /content ok: 1 sources, 3 terms/);
  });

  it('writes a static page at the old path with a relative refresh, a canonical link and a visible link', () => {
    const html = readFileSync(join(dist, 'glossary/index.html'), 'utf8');
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\.\.\/terms\/">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/tuopin-kb\.example\/kb\/terms\/">/);
    assert.match(html, /<a href="\.\.\/terms\/"[^>]*>\/kb\/terms\/<\/a>/);
    assert.doesNotMatch(html, /<script/);
  });

  it('sends a browser from an old URL to the new page, anchor included', async () => {
    const page = await browser!.newPage();
    await page.goto(`${origin}/kb/glossary/`);
    await page.waitForURL(`${origin}/kb/terms/`);
    assert.equal(await page.locator('h1').textContent(), '术语');
    await page.goto(`${origin}/kb/terms/old-fu-pin/`);
    await page.waitForURL(`${origin}/kb/terms/fu-pin/#definition`);
    assert.equal(await page.locator('#definition').count(), 1);
    await page.close();
  });

  it('lands an old anchor on the element that replaced it, and highlights that element', async () => {
    const page = await browser!.newPage();
    await page.goto(`${origin}/kb/terms/fu-pin/#old-definition`);
    assert.equal(await page.locator('#definition #old-definition').count(), 1, 'the old id sits inside the new element');
    const outline = await page.locator('#definition').evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid', 'the element the old link points at is highlighted');
    const inView = await page.locator('#definition').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    assert.ok(inView, 'the page scrolled to the element');
    await page.close();
  });

  it('leaves redirect pages out of the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    assert.match(sitemap, /<loc>https:\/\/tuopin-kb\.example\/kb\/terms\/<\/loc>/);
    assert.doesNotMatch(sitemap, /glossary/);
  });
});

describe('bad redirect declarations fail the build', () => {
  it('names the file and the field', async () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'content/redirects.yaml'), 'pages:\n  /glossary/: terms/\n');
    const { status, output } = await buildFixture(dir);
    assert.notEqual(status, 0);
    assert.match(output, /content\/redirects\.yaml › pages\.\/glossary\/: expected an old page path like "glossary\/"/);
  });
});
