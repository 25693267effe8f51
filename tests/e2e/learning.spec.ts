/**
 * The glossary as a study aid: definitions on the index, broader/narrower terms
 * on term pages and in the data, a map of every numbered formula, one-page
 * study sheets per category, and the Anki deck's example sentences. Expected
 * values come from the content files (tests/support/site-content.ts), never
 * from the built pages.
 */
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { parse } from 'csv-parse/sync';
import { TERM_CATEGORIES } from '../../src/content/schema.ts';
import { parseTermRelations, relationMaps } from '../../src/content/glossary/term-relations.ts';
import { SKOS_BROADER, SKOS_NARROWER } from '../../src/publish/json-ld.ts';
import { pinyinSlug } from '../../src/text/slug.ts';
import { termKey } from '../../src/text/comparison-keys.ts';
import { execFileSync } from 'node:child_process';
import { pdfInfo, squeezed } from '../support/pdf.ts';
import { ensurePoppler } from '../support/poppler.ts';
import { terms } from '../support/site-content.ts';

const relations = relationMaps(
  parseTermRelations(readFileSync('content/term-relations.yaml', 'utf8'), 'content/term-relations.yaml', new Set(terms.map((t) => t.slug))).edges,
);
const withComponents = terms.filter((t) => t.data.components.length > 0);

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.describe('glossary index', () => {
  test("shows each entry's definition beside its name in the pinyin list", async ({ readerPage: page }) => {
    await page.goto('terms/');
    // The list read in one pass: each item's links and its definitions, with their text and whether they are
    // visible as Playwright's toBeVisible means it (a box of some size, not visibility: hidden).
    const items = await page.locator('section[aria-labelledby="by-pinyin"] li').evaluateAll((lis) =>
      lis.map((li) => ({
        links: [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname),
        defs: [...li.querySelectorAll('.term-index__def')].map((def) => {
          const box = def.getBoundingClientRect();
          return { text: def.textContent ?? '', visible: box.width > 0 && box.height > 0 && def.checkVisibility({ visibilityProperty: true }) };
        }),
      })),
    );
    expect(items).toHaveLength(terms.length);
    const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
    // For every entry: one item links to its page, and that item shows its definition, visible.
    const shown = terms.map((entry) => {
      const own = items.filter((item) => item.links.some((path) => path.endsWith(`/terms/${entry.slug}/`)));
      return { slug: entry.slug, items: own.length, defs: own[0]?.defs.map((def) => ({ text: normal(def.text), visible: def.visible })) };
    });
    expect(shown).toEqual(terms.map((entry) => ({ slug: entry.slug, items: 1, defs: [{ text: normal(entry.data.definition), visible: true }] })));
  });

  test('links a study sheet for every category that has terms', async ({ readerPage: page }) => {
    await page.goto('terms/');
    for (const category of TERM_CATEGORIES.filter((c) => terms.some((t) => t.data.category === c))) {
      const link = page.locator('#downloads ~ ul a', { hasText: category });
      await expect(link).toHaveAttribute('href', new RegExp(`/print/study/${pinyinSlug(category)}/$`));
    }
  });
});

test.describe('broader and narrower terms', () => {
  // Every term page's lists are checked against content/term-relations.yaml in
  // tests/build/term-relations.test.ts; here a reader follows one link.
  test("a narrower term's link leads to its page, which links back to the broader term", async ({ readerPage: page }) => {
    await page.goto('terms/jing-zhun-fu-pin/');
    await page.locator('#hierarchy ~ dl ul[data-relation="narrower"] a', { hasText: '六个精准' }).click();
    await expect(page).toHaveURL(/\/terms\/liu-ge-jing-zhun\/$/);
    await expect(page.locator('#hierarchy ~ dl ul[data-relation="broader"] a', { hasText: '精准扶贫' })).toHaveCount(1);
  });

  test('a term without relations has no such section', async ({ readerPage: page }) => {
    const lone = terms.find((t) => !relations.broader.has(t.slug) && !relations.narrower.has(t.slug))!;
    await page.goto(`terms/${lone.slug}/`);
    await expect(page.locator('#hierarchy')).toHaveCount(0);
  });

  test('the JSON-LD DefinedTerm carries them as SKOS broader/narrower', async ({ readerPage: page }) => {
    for (const slug of ['jing-zhun-fu-pin', 'liu-ge-jing-zhun']) {
      await page.goto(`terms/${slug}/`);
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      const ids = (key: string) => ((data[key] ?? []) as Array<{ '@id': string }>).map((r) => new URL(r['@id']).pathname + new URL(r['@id']).hash);
      expect(ids(SKOS_BROADER).map((p) => p.replace(/^.*\/terms\//, ''))).toEqual((relations.broader.get(slug) ?? []).map((s) => `${s}/#term`));
      expect(ids(SKOS_NARROWER).map((p) => p.replace(/^.*\/terms\//, ''))).toEqual((relations.narrower.get(slug) ?? []).map((s) => `${s}/#term`));
    }
  });

  test('JSON and CSV carry broader, narrower and an example sentence that uses the term', async ({ readerPage: page }) => {
    await page.goto('terms/');
    const json = await (await page.request.get(new URL((await page.locator('a', { hasText: '术语表 JSON' }).getAttribute('href'))!, page.url()).href)).json();
    const csvBody = await (await page.request.get(new URL((await page.locator('a', { hasText: '术语表 CSV' }).getAttribute('href'))!, page.url()).href)).text();
    const rows = parse(csvBody, { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    // Every term read against content/term-relations.yaml and its own names, in one assertion.
    const actual = terms.map((entry) => {
      const record = json.terms.find((t: { slug: string }) => t.slug === entry.slug);
      const row = rows.find((r) => r.slug === entry.slug)!;
      const relationsOf = { slug: entry.slug, broader: record.broader, narrower: record.narrower, csvBroader: row.broader, csvNarrower: row.narrower };
      if (record.appearsIn.length === 0) return relationsOf;
      const names = [entry.data.term, entry.data.traditional, ...entry.data.aliases].map(termKey);
      return {
        ...relationsOf,
        example: record.example.sentence,
        exampleUsesTheTerm: names.some((n) => termKey(record.example.sentence).includes(n)),
        exampleIsAnAppearance: record.appearsIn.some((m: { sentence: string }) => m.sentence === record.example.sentence),
        csvExample: row.example === record.example.sentence,
        csvExampleSource: row.example_source === record.example.title,
      };
    });
    expect(actual).toEqual(
      actual.map((entry) => ({
        slug: entry.slug,
        broader: relations.broader.get(entry.slug) ?? [],
        narrower: relations.narrower.get(entry.slug) ?? [],
        csvBroader: (relations.broader.get(entry.slug) ?? []).join(' '),
        csvNarrower: (relations.narrower.get(entry.slug) ?? []).join(' '),
        ...('example' in entry
          ? { example: entry.example, exampleUsesTheTerm: true, exampleIsAnAppearance: true, csvExample: true, csvExampleSource: true }
          : {}),
      })),
    );
  });

  test('every Anki note with a source sentence shows it, with pinyin in front and the definition behind', async ({ readerPage: page }) => {
    await page.goto('terms/');
    const json = await (await page.request.get(new URL((await page.locator('a', { hasText: '术语表 JSON' }).getAttribute('href'))!, page.url()).href)).json();
    const tsv = await (await page.request.get(new URL((await page.locator('a', { hasText: 'Anki' }).getAttribute('href'))!, page.url()).href)).text();
    const notes = tsv
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const html = (t: string) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
    // Every note read against its term, in one assertion: the front once, the back once per text it must contain.
    expect(
      terms.map((entry) => {
        const [, front, back] = notes.find((n) => n[0] === `tuopin-kb-${entry.slug}`)!;
        const record = json.terms.find((t: { slug: string }) => t.slug === entry.slug);
        return { slug: entry.slug, front, back, ...(record.example ? { example: back } : {}) };
      }),
    ).toEqual(
      terms.map((entry) => {
        const record = json.terms.find((t: { slug: string }) => t.slug === entry.slug);
        return {
          slug: entry.slug,
          front: expect.stringContaining(html(entry.data.pinyin)),
          back: expect.stringContaining(html(entry.data.definition)),
          ...(record.example ? { example: expect.stringContaining(`例句：<span lang="${record.example.lang}">${html(record.example.sentence)}</span>`) } : {}),
        };
      }),
    );
  });
});

test.describe('formula maps', () => {
  test.describe.configure({ timeout: 240_000 });
  test('every term with components shows an accessible SVG map naming each component as text', async ({ readerPage: page }) => {
    expect(withComponents.length).toBeGreaterThan(5);
    for (const entry of withComponents) {
      await page.goto(`terms/${entry.slug}/`);
      // The map read in one pass: its role, the text of its title and description, its labels and its width.
      const maps = await page.locator('#components ~ figure svg.formula-map').evaluateAll((svgs) =>
        svgs.map((svg) => ({
          role: svg.getAttribute('role'),
          // Every element of an svg of the page with the id the map names (one, as a strict locator requires).
          titles: [...document.querySelectorAll(`svg #${CSS.escape(svg.getAttribute('aria-labelledby') ?? '')}`)].map((el) => el.textContent ?? ''),
          descs: [...document.querySelectorAll(`svg #${CSS.escape(svg.getAttribute('aria-describedby') ?? '')}`)].map((el) => el.textContent ?? ''),
          labels: [...svg.querySelectorAll('text.formula-map__label')].map((t) => t.textContent ?? '').join(''),
          width: svg.getBoundingClientRect().width,
        })),
      );
      expect(maps, entry.slug).toHaveLength(1);
      const [map] = maps as [(typeof maps)[number]];
      expect(map.role, entry.slug).toBe('img');
      expect(
        map.titles.map((title) => title.replace(/\s+/g, ' ').trim()),
        entry.slug,
      ).toEqual([`“${entry.data.term}”的组成`]);
      expect(map.descs, entry.slug).toHaveLength(1);
      for (const c of entry.data.components) {
        expect(map.descs[0], `${entry.slug}: ${c.label}`).toContain(c.label);
        expect(squeezed(map.labels), `${entry.slug}: ${c.label}`).toContain(squeezed(c.label));
      }
      expect(map.width, entry.slug).toBeGreaterThan(100);
      expect(map.width, entry.slug).toBeLessThanOrEqual(page.viewportSize()!.width);
    }
  });

  test('its text is readable in light and dark themes (contrast ≥ 4.5 against its box)', async ({ readerPage: page }) => {
    // One load: the palette follows the colour scheme in CSS alone, so the map is read in light mode, then in dark.
    await page.goto('terms/liu-ge-jing-zhun/');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const colours = await page.locator('svg.formula-map').evaluate((svg) => {
        const fill = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
        return { term: fill('.formula-map__term'), root: fill('.formula-map__root'), label: fill('.formula-map__label'), part: fill('.formula-map__part') };
      });
      expect(contrast(colours.term, colours.root), `${scheme}: formula on its box`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.label, colours.part), `${scheme}: part on its box`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

/** The PDF's text in content-stream order (-raw), so the two columns are read one after the other. */
function pdfRawText(file: string): string {
  return execFileSync(`${ensurePoppler(() => {})}/pdftotext`, ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/**
 * True when `expected` stands in `text`, allowing a few characters of it to be
 * missing: pdftotext drops an occasional CJK character from these PDFs (seen
 * where the machine has no CJK font and Chromium draws fallback glyphs). At most
 * one character in 25, and never two in a row, may be missing.
 */
function containsNearly(text: string, expected: string): boolean {
  const allowed = Math.floor(expected.length / 25) + 1;
  for (let start = text.indexOf(expected.slice(0, 2)); start !== -1; start = text.indexOf(expected.slice(0, 2), start + 1)) {
    let j = start;
    let missing = 0;
    let lastMissing = -2;
    let i = 0;
    for (; i < expected.length && j <= text.length; i++) {
      if (text[j] === expected[i]) j++;
      else if (missing < allowed && lastMissing !== i - 1) {
        missing++;
        lastMissing = i;
      } else break;
    }
    if (i === expected.length) return true;
  }
  return false;
}

async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  return file;
}

test.describe('study sheets (A4 PDF)', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const category of TERM_CATEGORIES) {
    const members = terms.filter((t) => t.data.category === category);
    if (members.length === 0) continue;
    test(`${category}: every term with pinyin, definition and components, on one A4 page`, async ({ readerPage: page }, testInfo) => {
      await page.goto(`print/study/${pinyinSlug(category)}/`);
      await expect(page.locator('h1')).toHaveText(`学习单：${category}`);
      await expect(page.locator('.study-entry')).toHaveCount(members.length);
      const file = await printToPdf(page, testInfo, pinyinSlug(category));
      const info = pdfInfo(file);
      expect(info.pages, `${category} fits one page`).toBe(1);
      expect(Math.round(info.width)).toBe(595);
      expect(Math.round(info.height)).toBe(842);
      const text = squeezed(pdfRawText(file));
      // pdftotext joins a word split at a line-end hyphen and drops the hyphen: compare pinyin without hyphens.
      const flat = text.replaceAll('-', '');
      for (const t of members) {
        expect(containsNearly(text, squeezed(t.data.term)), `${t.slug}: term`).toBe(true);
        expect(flat).toContain(squeezed(t.data.pinyin).replaceAll('-', ''));
        expect(containsNearly(text, squeezed(t.data.definition)), `${t.slug}: definition`).toBe(true);
        const components = t.data.components.map((c, i) => `${i + 1}.${squeezed(c.label)}`).join('；');
        if (components) expect(containsNearly(text, `组成：${components}`), `${t.slug}: components`).toBe(true);
      }
      expect(containsNearly(text, '出处：脱贫攻坚政策知识库.')).toBe(true);
      expect(text).not.toContain('跳到正文');
      expect(text).not.toContain('‹/terms/');
    });
  }
});
