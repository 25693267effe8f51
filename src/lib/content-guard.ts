/**
 * Cross-file content checks that a per-file schema cannot express. Each
 * problem names the file and the field, so the build error tells the editor
 * exactly what to fix.
 */
import type { z } from 'astro/zod';
import type { RawContent, RawEntry } from './content-files.ts';
import { SLUG_PATTERN, sourceSchema, termSchema, type SourceData, type TermData } from './content-schema.ts';
import { cleanSourceText, locateVerbatim, SourceTextError } from './source-text.ts';
import { termKey } from './term-matcher.ts';
import { comparisonKey } from './text-normalize.ts';
import { findNoise } from './noise-patterns.ts';
import { figureSeries } from './charts/figure-series.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface GuardInput extends RawContent {
  /** Returns the raw archive text, or null when the file does not exist. */
  readArchive(name: string): string | null;
}

const TERM_LINK = /\]\(term:([^)\s]*)\)/g;

function schemaProblems(entry: RawEntry, schema: z.ZodType): { data?: unknown; problems: ContentProblem[] } {
  if (entry.parseError) return { problems: [{ file: entry.file, field: 'frontmatter', message: entry.parseError }] };
  const result = schema.safeParse(entry.data);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: entry.file,
      field: issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || 'frontmatter',
      message: issue.message,
    })),
  };
}

function duplicateSlugProblems(entries: RawEntry[], collection: string): ContentProblem[] {
  const bySlug = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!SLUG_PATTERN.test(entry.slug)) {
      problems.push({
        file: entry.file,
        field: 'slug (file name)',
        message: `"${entry.slug}" is not a readable ASCII slug: use lower-case pinyin or English words joined by "-"`,
      });
    }
    const other = bySlug.get(entry.slug);
    if (other) {
      problems.push({
        file: entry.file,
        field: 'slug (file name)',
        message: `duplicate ${collection} slug "${entry.slug}": ${other} already uses it`,
      });
    } else bySlug.set(entry.slug, entry.file);
  }
  return problems;
}

function termLinkProblems(entry: RawEntry, termSlugs: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of entry.body.matchAll(TERM_LINK)) {
    const slug = match[1] ?? '';
    if (!termSlugs.has(slug)) {
      problems.push({ file: entry.file, field: 'body', message: `link (term:${slug}) names an unknown term "${slug}"` });
    }
  }
  return problems;
}

function termProblems(terms: Array<{ entry: RawEntry; data: TermData }>, termSlugs: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>();
  for (const { entry, data } of terms) {
    const names: Array<[string, string]> = [
      ['term', data.term],
      ['traditional', data.traditional],
      ...data.aliases.map((alias, i): [string, string] => [`aliases[${i}]`, alias]),
    ];
    const ownKeys = new Set<string>();
    for (const [field, name] of names) {
      const key = termKey(name);
      if (ownKeys.has(key)) continue; // traditional usually folds to the term itself
      ownKeys.add(key);
      const owner = owners.get(key);
      if (owner) {
        problems.push({ file: entry.file, field, message: `"${name}" is already claimed by ${owner}` });
      } else owners.set(key, `${entry.file} (${field})`);
    }
    data.related.forEach((slug, i) => {
      if (!termSlugs.has(slug)) {
        problems.push({ file: entry.file, field: `related[${i}]`, message: `unknown term "${slug}"` });
      } else if (slug === entry.slug) {
        problems.push({ file: entry.file, field: `related[${i}]`, message: 'a term cannot be related to itself' });
      }
    });
  }
  return problems;
}

function sourceProblems(entry: RawEntry, data: SourceData, readArchive: GuardInput['readArchive']): ContentProblem[] {
  const raw = readArchive(data.archiveFile);
  if (raw === null) {
    return [{ file: entry.file, field: 'archiveFile', message: `"${data.archiveFile}" is not in the shared sources folder` }];
  }
  let cleaned;
  try {
    cleaned = cleanSourceText(raw, data.cleaning);
  } catch (error) {
    if (!(error instanceof SourceTextError)) throw error;
    const [field, ...rest] = error.message.split(': ');
    return [{ file: entry.file, field: field!, message: rest.join(': ') }];
  }
  const problems: ContentProblem[] = [];
  data.quotes.forEach((quote, i) => {
    if (!locateVerbatim(cleaned, quote.text)) {
      problems.push({ file: entry.file, field: `quotes[${i}].text`, message: `not verbatim in ${data.archiveFile}: "${quote.text}"` });
    }
  });
  data.keyFigures.forEach((figure, i) => {
    if (!locateVerbatim(cleaned, figure.quote)) {
      problems.push({
        file: entry.file,
        field: `keyFigures[${i}].quote`,
        message: `not verbatim in ${data.archiveFile}: "${figure.quote}"`,
      });
    } else if (!comparisonKey(figure.quote).includes(comparisonKey(figure.value))) {
      problems.push({
        file: entry.file,
        field: `keyFigures[${i}].value`,
        message: `"${figure.value}" does not appear in its own quote "${figure.quote}"`,
      });
    }
  });
  return problems;
}

/** Every string in the frontmatter with its field path, e.g. ["noiseRemoved[2]", "…"]. */
function stringFields(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => stringFields(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Published text may describe the scraped noise but never reproduce it. The recipe's `find` strings are never published. */
function noiseProblems(entry: RawEntry): ContentProblem[] {
  const fields = [...stringFields(entry.data), ['body', entry.body] as [string, string]];
  return fields
    .filter(([field]) => !/^cleaning\.replacements\[\d+\]\.find$/.test(field))
    .flatMap(([field, text]) =>
      findNoise(text).map((n) => ({
        file: entry.file,
        field,
        message: `contains scraped noise (${n.id}): "${n.match}"; describe it in words instead of copying it`,
      })),
    );
}

export function checkContent(input: GuardInput): ContentProblem[] {
  const problems: ContentProblem[] = [
    ...duplicateSlugProblems(input.sources, 'source'),
    ...duplicateSlugProblems(input.terms, 'term'),
    ...[...input.sources, ...input.terms].flatMap(noiseProblems),
  ];
  const termSlugs = new Set(input.terms.map((t) => t.slug));

  const terms: Array<{ entry: RawEntry; data: TermData }> = [];
  for (const entry of input.terms) {
    const { data, problems: found } = schemaProblems(entry, termSchema);
    problems.push(...found, ...termLinkProblems(entry, termSlugs));
    if (data) terms.push({ entry, data: data as TermData });
  }
  problems.push(...termProblems(terms, termSlugs));

  const archiveOwners = new Map<string, string>();
  for (const entry of input.sources) {
    const { data, problems: found } = schemaProblems(entry, sourceSchema);
    problems.push(...found, ...termLinkProblems(entry, termSlugs));
    if (!data) continue;
    const source = data as SourceData;
    const owner = archiveOwners.get(source.archiveFile);
    if (owner) {
      problems.push({ file: entry.file, field: 'archiveFile', message: `"${source.archiveFile}" is already summarised by ${owner}` });
    } else archiveOwners.set(source.archiveFile, entry.file);
    problems.push(...sourceProblems(entry, source, input.readArchive));
    problems.push(...figureSeries(source.keyFigures).problems.map((p) => ({ file: entry.file, ...p })));
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return [
    `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`),
  ].join('\n');
}
