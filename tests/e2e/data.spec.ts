import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { parse } from 'csv-parse/sync';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sources, sourcesUsing, term, terms } from '../support/site-content.ts';

const git = async (...args: string[]) => (await promisify(execFile)('git', args, { encoding: 'utf8' })).stdout;

/**
 * The files under content/ that differ from HEAD or are not committed, from one `git status` (the
 * build asks `git diff HEAD` instead), asked once per test file.
 */
let uncommitted: Promise<Set<string>> | undefined;
const uncommittedFiles = () =>
  (uncommitted ??= git('status', '--porcelain=v1', '-z', '--untracked-files=all', '--', 'content').then((out) => {
    const files = new Set<string>();
    const entries = out.split('\0');
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry === '') continue;
      // "XY path"; a rename or copy (R or C in either column) is followed by its old path alone.
      files.add(entry.slice(3));
      if (/[RC]/.test(entry.slice(0, 2))) files.add(entries[++i] ?? '');
    }
    return files;
  }));

/**
 * What git says about a content file, its history asked one file at a time (an oracle
 * independent of the build's batched reading): its last commit's date as UTC
 * RFC 3339, or null when the file has uncommitted changes (the build then gives it
 * the newest content commit's date).
 */
async function gitDate(file: string): Promise<string | null> {
  if ((await uncommittedFiles()).has(file)) return null;
  return new Date((await git('log', '-1', '--format=%cI', '--', file)).trim()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `gitDate` of each file, four git questions at a time: all at once would start over a hundred processes on a small machine. */
async function gitDates(files: readonly string[]): Promise<Array<string | null>> {
  const dates: Array<string | null> = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) dates[i] = await gitDate(files[i]!);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return dates;
}

async function download(page: Page, href: string) {
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.status(), href).toBe(200);
  return response;
}

/** Parses XML with the browser's real XML parser; returns null on a parse error. */
async function parseXml(page: Page, xml: string, script: string) {
  return page.evaluate(
    ([text, body]) => {
      const doc = new DOMParser().parseFromString(text!, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) return null;
      return new Function('doc', body!)(doc);
    },
    [xml, script],
  );
}

test.describe('the glossary as data', () => {
  test('/terms/ links the JSON, CSV and Anki files and the printable sheet', async ({ readerPage: page }) => {
    await page.goto('terms/');
    for (const name of ['术语表 JSON', '术语表 CSV', 'Anki 记忆卡片（TSV）', '打印术语单']) {
      const link = page.locator('#downloads ~ ul a', { hasText: name });
      await expect(link).toHaveCount(1);
      await download(page, (await link.getAttribute('href'))!);
    }
  });

  test('JSON has every term with every field, plus computed URLs and backlinks', async ({ readerPage: page }) => {
    await page.goto('terms/');
    const href = (await page.locator('a', { hasText: '术语表 JSON' }).getAttribute('href'))!;
    const doc = (await (await download(page, href)).json()) as { count: number; terms: Array<Record<string, unknown>> };
    expect(doc.count).toBe(terms.length);
    expect(doc.terms.map((t) => t.slug).sort()).toEqual(terms.map((t) => t.slug).sort());
    // Every term's fields, URL and explanation, compared in one assertion (the diff names the term and field).
    const records = terms.map((entry) => {
      const record = doc.terms.find((t) => t.slug === entry.slug)!;
      const fields = Object.fromEntries(Object.keys(entry.data).map((field) => [field, record[field]]));
      return { slug: entry.slug, fields, path: new URL(record.url as string).pathname, explanation: record.explanation };
    });
    expect(records).toEqual(
      terms.map((entry) => ({
        slug: entry.slug,
        fields: entry.data,
        path: expect.stringMatching(new RegExp(`/terms/${entry.slug}/$`)),
        explanation: entry.body.trim(),
      })),
    );
    const used = doc.terms.find((t) => t.slug === 'liang-bu-chou-san-bao-zhang')!.appearsIn as Array<{ source: string; sentence: string }>;
    expect(used.map((m) => m.source).sort()).toEqual(sourcesUsing('liang-bu-chou-san-bao-zhang').sort());
    for (const m of used) expect(m.sentence).toContain('两不愁三保障');
  });

  test('CSV is RFC 4180 with a BOM and one row per term', async ({ readerPage: page }) => {
    await page.goto('terms/');
    const href = (await page.locator('a', { hasText: '术语表 CSV' }).getAttribute('href'))!;
    const body = await (await download(page, href)).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(body.toString('utf8'), { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(terms.length);
    expect(
      terms.map((entry) => {
        const row = rows.find((r) => r.slug === entry.slug)!;
        return { slug: entry.slug, term: row.term, pinyin: row.pinyin, definition: row.definition, english: row.english };
      }),
    ).toEqual(
      terms.map((entry) => ({
        slug: entry.slug,
        term: entry.data.term,
        pinyin: entry.data.pinyin,
        definition: entry.data.definition,
        english: entry.data.english[0]!.text,
      })),
    );
  });

  test('the Anki file holds one note per term: term and pinyin in front, definition and English behind', async ({ readerPage: page }) => {
    await page.goto('terms/');
    const href = (await page.locator('a', { hasText: 'Anki' }).getAttribute('href'))!;
    const lines = (await (await download(page, href)).text()).trimEnd().split('\n');
    const header = lines.filter((l) => l.startsWith('#'));
    expect(header).toContain('#separator:tab');
    expect(header).toContain('#html:true');
    const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    expect(notes).toHaveLength(terms.length);
    expect(new Set(notes.map((n) => n[0])).size).toBe(terms.length);
    // Each note read against its term, in one assertion: the note's fields, and the front and back once per
    // text each must contain.
    expect(
      terms.map((entry) => {
        const note = notes.find((n) => n[0]!.endsWith(entry.slug))!;
        const [, front, back] = note as [string, string, string];
        return { slug: entry.slug, fields: note.length, frontTerm: front, frontPinyin: front, backDefinition: back, backEnglish: back };
      }),
    ).toEqual(
      terms.map((entry) => ({
        slug: entry.slug,
        fields: 4,
        frontTerm: expect.stringContaining(entry.data.term),
        frontPinyin: expect.stringContaining(entry.data.pinyin),
        backDefinition: expect.stringContaining(entry.data.definition.replaceAll('&', '&amp;').replaceAll('<', '&lt;')),
        backEnglish: expect.stringContaining(entry.data.english[0]!.text),
      })),
    );
  });
});

test.describe('structured data, sitemap and feed', () => {
  test('term pages carry a schema.org DefinedTerm that belongs to the DefinedTermSet on /terms/', async ({ readerPage: page }) => {
    await page.goto('terms/');
    const set = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(set['@context']).toBe('https://schema.org');
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set.hasDefinedTerm).toHaveLength(terms.length);

    const entry = term('wu-ge-yi-pi');
    await page.goto(`terms/${entry.slug}/`);
    const blocks = page.locator('script[type="application/ld+json"]');
    await expect(blocks).toHaveCount(1);
    const data = JSON.parse((await blocks.textContent())!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      name: entry.data.term,
      description: entry.data.definition,
      termCode: entry.slug,
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set['@id'] },
    });
    expect(data.alternateName).toContainEqual({ '@value': entry.data.pinyin, '@language': 'zh-Latn-pinyin' });
    expect(data.alternateName).toContainEqual({ '@value': entry.data.english[0]!.text, '@language': 'en' });
    if (entry.data.traditional !== entry.data.term) {
      expect(data.alternateName).toContainEqual({ '@value': entry.data.traditional, '@language': 'zh-Hant' });
    }
    expect(new URL(data.url).pathname).toBe(new URL(page.url()).pathname);
    expect(set.hasDefinedTerm.map((t: { '@id': string }) => t['@id'])).toContain(data['@id']);
  });

  test('sitemap.xml is valid XML listing every page, each of which exists', async ({ readerPage: page }) => {
    // git is asked about every content file (one question per file, as the oracle says) while the browser
    // reads the sitemap and its pages; its answers are awaited where they are compared.
    const pages = [...sources.map((s) => ({ slug: s.slug, path: `sources/${s.slug}/` })), ...terms.map((t) => ({ slug: t.slug, path: `terms/${t.slug}/` }))];
    const asked = gitDates(pages.map((p) => `content/${p.path.slice(0, -1)}.md`));
    asked.catch(() => undefined); // a failure is reported where it is awaited, below
    await page.goto('./');
    const xml = await (await download(page, 'sitemap.xml')).text();
    const locs = (await parseXml(
      page,
      xml,
      `
      const root = doc.documentElement;
      if (root.localName !== 'urlset' || root.namespaceURI !== 'http://www.sitemaps.org/schemas/sitemap/0.9') return null;
      return [...root.getElementsByTagName('url')].map((u) => ({ loc: u.getElementsByTagName('loc')[0]?.textContent, lastmod: u.getElementsByTagName('lastmod')[0]?.textContent }));
    `,
    )) as Array<{ loc: string; lastmod: string }> | null;
    expect(locs, 'sitemap.xml parses as a sitemaps.org urlset').not.toBeNull();
    const paths = locs!.map((l) => new URL(l.loc).pathname);
    const home = new URL(page.url()).pathname;
    expect(paths).toEqual(expect.arrayContaining([...sources.map((s) => `${home}sources/${s.slug}/`), ...terms.map((t) => `${home}terms/${t.slug}/`)]));
    expect(paths).not.toContain(`${home}404.html`);
    expect(locs!.map((l) => l.lastmod)).toEqual(locs!.map(() => expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)));
    // Every listed page exists: the requests go out together, each checked for HTTP 200.
    await Promise.all(locs!.map(({ loc }) => download(page, new URL(loc).pathname)));
    // A page's <lastmod> is its content file's last commit; list pages take the newest.
    const lastmodOf = (path: string) => locs!.find((l) => new URL(l.loc).pathname === path)!.lastmod;
    const newest = locs!
      .map((l) => l.lastmod)
      .sort()
      .at(-1)!;
    const dates = await asked;
    expect(pages.map((p) => ({ slug: p.slug, lastmod: lastmodOf(`${home}${p.path}`) }))).toEqual(
      pages.map((p, i) => ({ slug: p.slug, lastmod: dates[i] ?? newest })),
    );
    expect(lastmodOf(home)).toBe(newest);
  });

  test('the Atom feed of sources is valid Atom 1.0 with stable ids, linked from every page', async ({ readerPage: page }) => {
    await page.goto('sources/');
    const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(feedLink).toHaveCount(1);
    const xml = await (await download(page, (await feedLink.getAttribute('href'))!)).text();
    const feed = (await parseXml(
      page,
      xml,
      `
      const NS = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      if (root.localName !== 'feed' || root.namespaceURI !== NS) return null;
      const child = (el, name) => [...el.children].find((c) => c.localName === name && c.namespaceURI === NS);
      return {
        id: child(root, 'id')?.textContent,
        title: child(root, 'title')?.textContent,
        updated: child(root, 'updated')?.textContent,
        author: child(child(root, 'author'), 'name')?.textContent,
        self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
        entries: [...root.children].filter((c) => c.localName === 'entry').map((e) => ({
          id: child(e, 'id')?.textContent,
          title: child(e, 'title')?.textContent,
          updated: child(e, 'updated')?.textContent,
          href: child(e, 'link')?.getAttribute('href'),
          summary: child(e, 'summary')?.textContent,
        })),
      };
    `,
    )) as null | { id: string; title: string; updated: string; author: string; self: string; entries: Array<Record<string, string>> };
    expect(feed, 'feed.xml parses as an Atom feed').not.toBeNull();
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    expect(feed!.id).toMatch(/^urn:uuid:/);
    expect(feed!.updated).toMatch(rfc3339);
    // The feed changed when its newest entry did.
    expect(feed!.updated).toBe(
      feed!.entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
    expect(feed!.author).toBeTruthy();
    expect(new URL(feed!.self).pathname).toMatch(/\/feed\.xml$/);
    expect(feed!.entries).toHaveLength(sources.length);
    expect(new Set(feed!.entries.map((e) => e.id)).size).toBe(sources.length);
    for (const source of sources) {
      const entry = feed!.entries.find((e) => e.title === source.data.title)!;
      expect(entry, source.slug).toBeTruthy();
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.updated).toMatch(rfc3339);
      const committed = await gitDate(`content/sources/${source.slug}.md`);
      if (committed !== null) expect(entry.updated, source.slug).toBe(committed);
      expect(entry.summary).toContain(source.data.description);
      await download(page, new URL(entry.href!).pathname);
    }
  });
});
