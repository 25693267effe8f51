/**
 * Cross-file content checks that a per-file schema cannot express. Each
 * problem names the file and the field, so the build error tells the editor
 * exactly what to fix.
 */
import type { z } from 'astro/zod';
import type { RawContent, RawEntry } from '../content-files.ts';
import { referencesFileSchema, SLUG_PATTERN, sourceSchema, termSchema, type ReferenceData, type SourceData, type TermData } from '../schema.ts';
import { glossaryProblems } from './glossary-rules.ts';
import { archiveLines, cleanSourceText, locateVerbatim, SourceTextError, type CleanedSource } from '../source-text.ts';
import { checkFacts, evidence, ruleFor, SOURCE_FIELD_RULES, TERM_FIELD_RULES, unionEvidence, type Evidence, type FieldRule, type Scope } from './fact-check.ts';
import { comparisonKey, termKey } from '../../text/comparison-keys.ts';
import { findNoise, findRepeatedParagraphs } from './noise-patterns.ts';
import { figureSeries } from '../../publish/charts/figure-series.ts';
import { markupProblems } from '../../markdown/editorial-marks.ts';
import { parseTermRelations } from '../glossary/term-relations.ts';
import { checksumProblems, type ArchiveListing } from '../archive-checksums.ts';
import { todoFields, todoLines, withinTodo } from '../todo-fields.ts';

export interface ContentProblem {
  file: string;
  /** 1-based line in the file, when the problem has a place (a missing field has none). */
  line?: number;
  field: string;
  message: string;
}

/** The line of a frontmatter field, or of its nearest parent that exists. */
function fieldLine(entry: RawEntry, field: string): number | undefined {
  let path = field;
  while (path) {
    const line = entry.fieldLines?.get(path);
    if (line !== undefined) return line;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return undefined;
    path = path.slice(0, cut);
  }
  return undefined;
}

/** The line of an offset in the body. */
function bodyLine(entry: RawEntry, offset: number): number | undefined {
  if (entry.bodyLine === undefined) return undefined;
  let line = entry.bodyLine;
  for (let i = 0; i < offset; i++) if (entry.body.charCodeAt(i) === 10) line++;
  return line;
}

export interface GuardInput extends RawContent {
  /** Returns the raw archive text, or null when the file does not exist. */
  readArchive(name: string): string | null;
  /** The archive's checksum list: when given, every listed file must match it and every summary's file be listed. */
  archive?: ArchiveListing;
}

const TERM_LINK = /\]\(term:([^)\s]*)\)/g;

function schemaProblems(entry: RawEntry, schema: z.ZodType): { data?: unknown; problems: ContentProblem[] } {
  if (entry.parseError) return { problems: [{ file: entry.file, field: 'frontmatter', message: entry.parseError }] };
  const result = schema.safeParse(entry.data);
  if (result.success) return { data: result.data, problems: [] };
  // A TODO value is reported once, as still to write (todoProblems), not as a type error.
  const todos = todoFields(entry.data);
  return {
    problems: result.error.issues.flatMap((issue) => {
      const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || 'frontmatter';
      if (withinTodo(field, todos)) return [];
      // A missing field has no line; a malformed one has its own.
      return [{ file: entry.file, line: entry.fieldLines?.get(field), field, message: issue.message }];
    }),
  };
}

/** A draft's TODO values (src/content/todo-fields.ts): each one is a field an editor still has to write. */
function todoProblems(entry: RawEntry): ContentProblem[] {
  return [
    ...todoFields(entry.data).map(({ field, hint }) => ({
      file: entry.file,
      line: fieldLine(entry, field),
      field,
      message: `still to write (TODO): ${hint}`,
    })),
    ...todoLines(entry.body).map(({ offset, hint }) => ({
      file: entry.file,
      line: bodyLine(entry, offset),
      field: 'body',
      message: `still to write (TODO): ${hint}`,
    })),
  ];
}

/** True for a draft that still has TODO values: its archive checks wait until it is written. */
function isUnwritten(entry: RawEntry): boolean {
  return todoFields(entry.data).length > 0 || todoLines(entry.body).length > 0;
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
      problems.push({
        file: entry.file,
        line: bodyLine(entry, match.index),
        field: 'body',
        message: `link (term:${slug}) names an unknown term "${slug}"`,
      });
    }
  }
  return problems;
}

/** Raw HTML in a body: only the editorial marks, balanced (Markdown would pass a typo through silently). */
function bodyMarkupProblems(entry: RawEntry): ContentProblem[] {
  return markupProblems(entry.body).map((p) => ({ file: entry.file, line: bodyLine(entry, p.offset), field: 'body', message: p.message }));
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
        problems.push({ file: entry.file, line: fieldLine(entry, field), field, message: `"${name}" is already claimed by ${owner}` });
      } else owners.set(key, `${entry.file} (${field})`);
    }
    data.related.forEach((slug, i) => {
      if (!termSlugs.has(slug)) {
        problems.push({ file: entry.file, line: fieldLine(entry, `related[${i}]`), field: `related[${i}]`, message: `unknown term "${slug}"` });
      } else if (slug === entry.slug) {
        problems.push({
          file: entry.file,
          line: fieldLine(entry, `related[${i}]`),
          field: `related[${i}]`,
          message: 'a term cannot be related to itself',
        });
      }
    });
  }
  return problems;
}

/** The reference registry, its own problems (schema, duplicate ids), and the valid entries by id. */
function referenceRegistry(file: RawEntry | undefined): { references: Map<string, ReferenceData>; problems: ContentProblem[] } {
  const references = new Map<string, ReferenceData>();
  if (!file) return { references, problems: [] };
  const { data, problems } = schemaProblems(file, referencesFileSchema);
  if (!data) return { references, problems };
  (data as { references: ReferenceData[] }).references.forEach((reference, i) => {
    if (references.has(reference.id)) {
      const field = `references[${i}].id`;
      problems.push({ file: file.file, line: fieldLine(file, field), field, message: `duplicate reference id "${reference.id}"` });
    } else references.set(reference.id, reference);
  });
  return { references, problems };
}

/** Outside knowledge and its references, English labels, definitions (src/content/guard/glossary-rules.ts). */
function glossaryRuleProblems(
  terms: Array<{ entry: RawEntry; data: TermData }>,
  references: Map<string, ReferenceData>,
  sourceSlugs: Set<string>,
): ContentProblem[] {
  return terms.flatMap(({ entry, data }) =>
    glossaryProblems(data, references, sourceSlugs).map((p) => ({ file: entry.file, line: fieldLine(entry, p.field), field: p.field, message: p.message })),
  );
}

interface CheckedSource {
  entry: RawEntry;
  data: SourceData;
  raw: string;
  cleaned: CleanedSource;
}

function sourceProblems(entry: RawEntry, data: SourceData, readArchive: GuardInput['readArchive']): { problems: ContentProblem[]; checked?: CheckedSource } {
  const raw = readArchive(data.archiveFile);
  if (raw === null) {
    return {
      problems: [
        {
          file: entry.file,
          line: fieldLine(entry, 'archiveFile'),
          field: 'archiveFile',
          message: `"${data.archiveFile}" is not in the source archive folder`,
        },
      ],
    };
  }
  let cleaned: CleanedSource;
  try {
    cleaned = cleanSourceText(raw, data.cleaning);
  } catch (error) {
    if (!(error instanceof SourceTextError)) throw error;
    const [field, ...rest] = error.message.split(': ');
    return { problems: [{ file: entry.file, line: fieldLine(entry, field!), field: field!, message: rest.join(': ') }] };
  }
  const problems: ContentProblem[] = [];
  data.quotes.forEach((quote, i) => {
    if (!locateVerbatim(cleaned, quote.text)) {
      const field = `quotes[${i}].text`;
      problems.push({ file: entry.file, line: fieldLine(entry, field), field, message: `not verbatim in ${data.archiveFile}: "${quote.text}"` });
    }
  });
  data.keyFigures.forEach((figure, i) => {
    if (!locateVerbatim(cleaned, figure.quote)) {
      const field = `keyFigures[${i}].quote`;
      problems.push({ file: entry.file, line: fieldLine(entry, field), field, message: `not verbatim in ${data.archiveFile}: "${figure.quote}"` });
    } else if (!comparisonKey(figure.quote).includes(comparisonKey(figure.value))) {
      const field = `keyFigures[${i}].value`;
      problems.push({
        file: entry.file,
        line: fieldLine(entry, field),
        field,
        message: `"${figure.value}" does not appear in its own quote "${figure.quote}"`,
      });
    }
  });
  return { problems, checked: { entry, data, raw, cleaned } };
}

/**
 * The facts check (src/content/guard/fact-check.ts) over every published text: figures and
 * quotations in a summary against its own source, in a glossary entry against
 * any source. Runs only on sources whose recipe works.
 */
function factProblems(sources: CheckedSource[], terms: Array<{ entry: RawEntry; data: TermData }>, complete: boolean): ContentProblem[] {
  const perSource = sources.map(({ entry, data, raw, cleaned }) => {
    const paragraphs = cleaned.paragraphs.map((p) => p.text);
    // A quotation may also reproduce the kept lines as scraped, before the recipe's
    // repairs (how a summary discusses a repair such as “5 18 N”); noise is rejected separately.
    const asScraped = archiveLines(raw, data.cleaning, { repaired: false, keptOnly: true });
    // The source's date (frontmatter) backs the year or day a summary gives it.
    const own = evidence(data.archiveFile, paragraphs, [data.date.value], asScraped);
    const archive = evidence(
      `${data.archiveFile} (whole file)`,
      [...archiveLines(raw, data.cleaning, { repaired: true, keptOnly: false }), ...archiveLines(raw, data.cleaning, { repaired: false, keptOnly: false })],
      [data.date.value],
    );
    return { entry, data, own, archive };
  });
  const allSources = unionEvidence(
    'any source',
    perSource.map((s) => s.own),
  );

  const scoped = (scopes: Scope[], own?: Evidence, archive?: Evidence): Evidence | null => {
    const parts = scopes.map((scope) => (scope === 'own' ? own : scope === 'archive' ? archive : allSources)).filter((e): e is Evidence => e !== undefined);
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : unionEvidence(parts.map((p) => p.name).join(' or '), parts);
  };

  const check = (
    entry: RawEntry,
    data: unknown,
    rules: FieldRule[],
    own?: Evidence,
    archive?: Evidence,
    outside: (field: string) => boolean = () => false,
  ): ContentProblem[] => {
    // Fields that rest on outside knowledge (declared in the entry) are not the sources' words.
    const fields: Array<[string, string]> = [...stringFields(data), ['body', entry.body]].filter(([field]) => !outside(field)) as Array<[string, string]>;
    return fields.flatMap(([field, text]) => {
      const rule = ruleFor(rules, field);
      // Lines within the text; the field's own line is looked up only for a problem (it costs a second YAML reading).
      return checkFacts({
        field,
        text,
        line: 0,
        markup: field === 'body',
        numbers: scoped(rule.numbers, own, archive),
        quotes: scoped(rule.quotes, own, archive),
        // An inference may quote any source (e.g. the usual name of a slogan this source spells out).
        inferredQuotes: allSources,
      }).map((p) => {
        const line = field === 'body' ? entry.bodyLine : fieldLine(entry, field);
        return { file: entry.file, line: line === undefined ? undefined : line + p.line, field: p.field, message: p.message };
      });
    });
  };

  return [
    ...perSource.flatMap(({ entry, data, own, archive }) => check(entry, data, SOURCE_FIELD_RULES, own, archive)),
    // Glossary entries are checked against every source: only when every source could be read,
    // or a broken source would show up as a false problem in each term that relies on it.
    ...(complete ? terms.flatMap(({ entry, data }) => check(entry, data, TERM_FIELD_RULES, undefined, undefined, outsideFields(data))) : []),
  ];
}

/** The fields of a glossary entry whose basis is declared as outside knowledge: its definition, its components. */
function outsideFields(data: TermData): (field: string) => boolean {
  const definition = data.definitionBasis.from === 'outside';
  const components = data.componentsBasis?.from === 'outside';
  return (field) => (definition && field === 'definition') || (components && /^components\[\d+\]\./.test(field));
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
        line: field === 'body' ? bodyLine(entry, n.index) : fieldLine(entry, field),
        field,
        message: `contains scraped noise (${n.id}): "${n.match}"; describe it in words instead of copying it`,
      })),
    );
}

/** A body that repeats one of its own paragraphs (scraped duplication copied into a summary). */
function repeatedParagraphProblems(entry: RawEntry): ContentProblem[] {
  const paragraphs = entry.body
    .split('\n')
    .map((text, i) => ({ text: text.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*/u, ''), offset: i }))
    .filter((p) => p.text.trim() !== '');
  return findRepeatedParagraphs(paragraphs).map(({ repeated, of }) => {
    const line = (entry.bodyLine ?? 1) + repeated.offset;
    const other = (entry.bodyLine ?? 1) + of.offset;
    return {
      file: entry.file,
      line: entry.bodyLine === undefined ? undefined : line,
      field: 'body',
      message: `duplicated paragraph: this text also stands on line ${other}; keep it once`,
    };
  });
}

/**
 * Everything that needs no source archive: frontmatter and schemas, slugs, term
 * references, noise, repeated paragraphs, editorial markup, figure series. Fast;
 * these are also what would stop Astro from reading the content at all.
 */
export function checkStructure(input: RawContent): ContentProblem[] {
  const problems: ContentProblem[] = [
    ...duplicateSlugProblems(input.sources, 'source'),
    ...duplicateSlugProblems(input.terms, 'term'),
    ...[...input.sources, ...input.terms].flatMap(noiseProblems),
    ...[...input.sources, ...input.terms].flatMap(repeatedParagraphProblems),
    ...[...input.sources, ...input.terms].flatMap(bodyMarkupProblems),
    ...[...input.sources, ...input.terms].flatMap(todoProblems),
  ];
  const termSlugs = new Set(input.terms.map((t) => t.slug));

  const terms: Array<{ entry: RawEntry; data: TermData }> = [];
  for (const entry of input.terms) {
    const { data, problems: found } = schemaProblems(entry, termSchema);
    problems.push(...found, ...termLinkProblems(entry, termSlugs));
    if (data) terms.push({ entry, data: data as TermData });
  }
  problems.push(...termProblems(terms, termSlugs));
  const registry = referenceRegistry(input.references);
  problems.push(...registry.problems);
  problems.push(...glossaryRuleProblems(terms, registry.references, new Set(input.sources.map((s) => s.slug))));
  if (input.relations) problems.push(...parseTermRelations(input.relations.text, input.relations.file, termSlugs).problems);

  const archiveOwners = new Map<string, string>();
  for (const entry of input.sources) {
    const { data, problems: found } = schemaProblems(entry, sourceSchema);
    problems.push(...found, ...termLinkProblems(entry, termSlugs));
    if (!data) continue;
    const source = data as SourceData;
    const owner = archiveOwners.get(source.archiveFile);
    if (owner) {
      problems.push({
        file: entry.file,
        line: fieldLine(entry, 'archiveFile'),
        field: 'archiveFile',
        message: `"${source.archiveFile}" is already summarised by ${owner}`,
      });
    } else archiveOwners.set(source.archiveFile, entry.file);
    problems.push(...figureSeries(source.keyFigures).problems.map((p) => ({ file: entry.file, ...p })));
  }
  return problems;
}

/**
 * Everything checked against the source archives: each recipe cleans its file,
 * quotes and key figures are verbatim, every figure and quotation in published
 * text is traceable. The slow half of the guard (it reads every archive), so
 * the build runs it on a thread of its own (src/content/guard/integration.ts).
 */
export function checkSources(input: GuardInput): ContentProblem[] {
  const valid = <T>(entry: RawEntry, schema: z.ZodType) => schemaProblems(entry, schema).data as T | undefined;
  const terms = input.terms.flatMap((entry) => {
    if (isUnwritten(entry)) return [];
    const data = valid<TermData>(entry, termSchema);
    return data ? [{ entry, data }] : [];
  });
  const problems: ContentProblem[] = [];
  const checkedSources: CheckedSource[] = [];
  const summaries: Array<{ file: string; line?: number; archiveFile: string }> = [];
  for (const entry of input.sources) {
    if (isUnwritten(entry)) continue;
    const data = valid<SourceData>(entry, sourceSchema);
    if (!data) continue;
    summaries.push({ file: entry.file, line: fieldLine(entry, 'archiveFile'), archiveFile: data.archiveFile });
    const { problems: found, checked } = sourceProblems(entry, data, input.readArchive);
    problems.push(...found);
    if (checked) checkedSources.push(checked);
  }
  if (input.archive) problems.push(...checksumProblems(input.archive, summaries));
  const facts = factProblems(checkedSources, terms, checkedSources.length === input.sources.filter((e) => !isUnwritten(e)).length);
  // A field that copies noise gets that one message (from checkStructure), not a second one for the same text.
  const withFacts = new Set(facts.map((p) => p.file));
  const noisy = new Set(
    [...input.sources, ...input.terms]
      .filter((entry) => withFacts.has(entry.file))
      .flatMap(noiseProblems)
      .map((p) => `${p.file}|${p.field}`),
  );
  return [...problems, ...facts.filter((p) => !noisy.has(`${p.file}|${p.field}`))];
}

/** File by file, top to bottom: the order an editor fixes them in. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export function checkContent(input: GuardInput): ContentProblem[] {
  return sortProblems([...checkStructure(input), ...checkSources(input)]);
}

export function formatProblems(problems: ContentProblem[]): string {
  return [
    `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((p) => `  ${p.file}${p.line === undefined ? '' : `:${p.line}`} › ${p.field}: ${p.message}`),
  ].join('\n');
}
