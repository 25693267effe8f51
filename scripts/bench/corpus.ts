/**
 * Generates a large, realistic corpus for the benchmark from the real content:
 * N source summaries (each with its own archive file made of paragraphs of the
 * real cleaned sources, so every quote and figure is traceable and the content
 * guard passes) and a glossary of T terms (the 61 real ones plus terms cut from
 * the corpus text, so they are linked and backlinked). Deterministic: the same
 * seed gives the same files.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import { readContent } from '../../src/content/content-files.ts';
import type { SourceData } from '../../src/content/schema.ts';
import { TERM_CATEGORIES } from '../../src/content/schema.ts';
import { archiveReader, projectPaths } from '../../src/content/project-paths.ts';
import { cleanSourceText } from '../../src/content/source-text.ts';
import { termKey } from '../../src/text/comparison-keys.ts';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['吉林省', '四川省', '湖南省', '重庆市', '贵州省', '云南省', '甘肃省', '河南省', '广西壮族自治区', '山西省', '陕西省', '湖北省'];

export interface CorpusOptions {
  dir: string;
  sources: number;
  terms: number;
  seed?: number;
}

export interface Corpus {
  contentDir: string;
  sourcesDir: string;
}

/** 12 → 一二: sample numbers in titles and labels, which the facts check (Arabic numerals) leaves alone. */
const hanDigits = (n: number) => [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');

/** 16 hex digits, letters only, so no archive id ever reads like a phone number. */
const hex16 = (random: () => number) => Array.from({ length: 16 }, () => 'abcdef'[Math.floor(random() * 6)]).join('');

/** Clauses (between Chinese punctuation) long enough to quote. */
const clauses = (text: string) =>
  text
    .split(/[，。；：？！]/)
    .map((c) => c.trim())
    .filter((c) => [...c].length >= 8 && [...c].length <= 60 && !/[“”‘’（）()]/.test(c));

export function generateCorpus(options: CorpusOptions): Corpus {
  const random = prng(options.seed ?? 20191017);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const root = process.cwd();
  const paths = projectPaths(root);
  const real = readContent(paths.contentDir, root);
  const readArchive = archiveReader(paths.sourcesDir);

  // The clauses of the real sources (Simplified ones): generated archives are new paragraphs made of them.
  const clausePool: string[] = [];
  const realSources = real.sources.map((s) => s.data as SourceData);
  for (const data of realSources) {
    if (data.originalScript !== 'zh-Hans') continue;
    for (const p of cleanSourceText(readArchive(data.archiveFile)!, data.cleaning).paragraphs) clausePool.push(...clauses(p.text));
  }
  const uniqueClauses = [...new Set(clausePool)];
  const paragraph = () => `${Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(uniqueClauses)).join('，')}。`;
  const pool = Array.from({ length: 4000 }, paragraph);

  rmSync(options.dir, { recursive: true, force: true });
  const contentDir = join(options.dir, 'content');
  const sourcesDir = join(options.dir, 'sources');
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  mkdirSync(join(contentDir, 'terms'), { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });

  // The real sources and their archives come along, so the real glossary's quotations stay traceable.
  for (const entry of real.sources) {
    cpSync(join(root, entry.file), join(contentDir, 'sources', entry.file.split('/').pop()!));
    const file = (entry.data as SourceData).archiveFile;
    writeFileSync(join(sourcesDir, file), readArchive(file)!);
  }

  // Terms: the real glossary with the documents it cites and its relations, then phrases cut from the corpus.
  for (const t of real.terms) cpSync(join(root, t.file), join(contentDir, 'terms', `${t.slug}.md`));
  for (const file of ['references.yaml', 'term-relations.yaml']) cpSync(join(root, 'content', file), join(contentDir, file));
  const used = new Set(
    real.terms.flatMap((t) => {
      const d = t.data as { term: string; traditional: string; aliases?: string[] };
      return [d.term, d.traditional, ...(d.aliases ?? [])].map(termKey);
    }),
  );
  const slugs = new Set(real.terms.map((t) => t.slug));
  let made = real.terms.length;
  // Generated terms are new four-character words made of the corpus's characters; each
  // generated source then mentions a dozen of them, so term use per source is like the
  // real site's (about 20 of 61 there) rather than every source using hundreds.
  const poolText = pool.join('');
  const alphabet = [...new Set(poolText.match(/\p{Script=Han}/gu) ?? [])];
  const generated: string[] = [];
  while (made < options.terms) {
    const term = Array.from({ length: 4 }, () => pick(alphabet)).join('');
    if (poolText.includes(term) || used.has(termKey(term))) continue;
    generated.push(term);
    const syllables = pinyin(term, { toneType: 'symbol', type: 'array' });
    let slug = pinyin(term, { toneType: 'none', type: 'array', v: true }).join('-');
    if (slugs.has(slug)) slug = `${slug}-${made}`;
    used.add(termKey(term));
    slugs.add(slug);
    const data = {
      term,
      traditional: term,
      pinyin: syllables.join(' '),
      english: [{ text: `benchmark term ${made}`, kind: 'site', note: '基准测试生成' }],
      category: pick([...TERM_CATEGORIES]),
      definition: `基准测试生成的词语：${term}。`,
      definitionBasis: { from: 'outside', general: true },
    };
    writeFileSync(
      join(contentDir, 'terms', `${slug}.md`),
      `---\n${stringify(data)}---\n\n基准测试生成的术语，用来检验术语链接和反向链接在大量术语下的开销。\n`,
    );
    made++;
  }

  // Generated sources, up to the requested total.
  for (let i = real.sources.length; i < options.sources; i++) {
    const base = pick(realSources);
    const count = 8 + Math.floor(random() * 8);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, pool.length)) chosen.add(pick(pool));
    // Mention some generated terms: each in a clause of its own, added to a paragraph.
    if (generated.length > 0) {
      const list = [...chosen];
      for (let k = 0; k < 8 + Math.floor(random() * 8); k++) {
        const at = Math.floor(random() * list.length);
        list[at] = list[at]!.replace(/。$/, `，着力推进${pick(generated)}。`);
      }
      chosen.clear();
      for (const p of list) chosen.add(p);
    }
    // Every summary has key figures: make sure some paragraph has a number in a quotable clause.
    while (![...chosen].flatMap(clauses).some((c) => /\d/.test(c))) chosen.add(pick(pool));
    const paragraphs = [...chosen];
    const archiveFile = `${String(i).padStart(5, '0')}_${hex16(random)}.txt`;
    writeFileSync(join(sourcesDir, archiveFile), paragraphs.join('\n'));
    const quotable = paragraphs.flatMap(clauses);
    const numbered = quotable.filter((c) => /\d/.test(c));
    const figures = Array.from(new Set(Array.from({ length: 3 }, () => (numbered.length ? pick(numbered) : undefined)).filter(Boolean) as string[])).map(
      (quote, k) => ({ label: `数字${'甲乙丙'[k]}`, value: quote.match(/\d+(?:\.\d+)?/)![0], year: 2016 + Math.floor(random() * 4), quote }),
    );
    const year = 2016 + Math.floor(random() * 4);
    const data = {
      title: `${base.title.replace(/——.*$/, '').replace(/\d+/g, '')}（基准样本${hanDigits(i)}）`,
      titleStatus: 'editorial',
      titleNote: '基准测试生成的样本，不是真实来源。',
      archiveFile,
      people: [{ role: '基准测试样本的作者', part: '作者' }],
      outlet: { name: '基准测试样本', confidence: 'low' },
      date: { value: String(year), precision: 'year', approximate: true, confidence: 'low' },
      place: { scope: 'local', province: pick(PROVINCES) },
      genre: base.genre,
      originalScript: 'zh-Hans',
      description: pick(quotable),
      cleaning: { keepLines: [[1, paragraphs.length]] },
      noiseRemoved: ['无：基准测试生成的样本。'],
      keyFigures: figures,
      quotes: Array.from({ length: 3 }, () => ({ text: pick(quotable) })),
    };
    // Bullets never repeat each other, not even as a part of a longer one (the content guard forbids it).
    const unused: string[] = [];
    for (const c of [...new Set(quotable)].sort((a, b) => b.length - a.length)) if (!unused.some((u) => u.includes(c))) unused.push(c);
    const bullets = (n: number) =>
      unused
        .splice(0, n)
        .map((c) => `- ${c}。`)
        .join('\n');
    const body = `\n## 要点\n\n${bullets(5)}\n\n## 做法\n\n${bullets(5)}\n`;
    writeFileSync(join(contentDir, 'sources', `bench-${String(i).padStart(5, '0')}.md`), `---\n${stringify(data)}---\n${body}`);
  }
  return { contentDir, sourcesDir };
}

// `node scripts/bench/corpus.ts <dir> <sources> <terms>` writes a corpus to look at.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'tmp-corpus', sources = '100', terms = '300'] = process.argv.slice(2);
  const corpus = generateCorpus({ dir, sources: Number(sources), terms: Number(terms) });
  console.log(`wrote ${corpus.contentDir} and ${corpus.sourcesDir}`);
}
