/**
 * The candidate list over the real content: the five cleaned sources searched
 * with src/content/glossary/term-candidates.ts, each candidate's status against the glossary
 * and content/term-candidates.yaml, and the Markdown list kept in the repository
 * (docs/term-candidates.md, written by `npm run terms:candidates`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { RawContent } from '../content-files.ts';
import type { SourceData, TermData } from '../schema.ts';
import { cleanSourceText } from '../source-text.ts';
import { findTermCandidates } from './term-candidates.ts';
import { coverageSummary, glossaryCoverage, staleReasons, TO_BE_ADDED, type CoverageRow, type CoverageTerm } from './term-coverage.ts';

export const CANDIDATE_REASONS_FILE = 'term-candidates.yaml';

/** content/term-candidates.yaml: candidate text → reason it is not taken. */
export function readCandidateReasons(contentDir: string): Map<string, string> {
  const data = load(readFileSync(join(contentDir, CANDIDATE_REASONS_FILE), 'utf8')) as { reasons?: Record<string, string> } | null;
  return new Map(Object.entries(data?.reasons ?? {}).map(([text, reason]) => [text, String(reason)]));
}

/** The cleaned text of every source, one paragraph a line. */
export function sourcesText(content: RawContent, readArchive: (name: string) => string | null): string {
  return content.sources
    .map((entry) => {
      const data = entry.data as SourceData;
      const raw = readArchive(data.archiveFile);
      if (raw === null) throw new Error(`${entry.file}: archive ${data.archiveFile} is missing`);
      const recipe = { keepLines: data.cleaning.keepLines, replacements: data.cleaning.replacements ?? [] };
      return cleanSourceText(raw, recipe)
        .paragraphs.map((p) => p.text)
        .join('\n');
    })
    .join('\n');
}

export function coverageTerms(content: RawContent): CoverageTerm[] {
  return content.terms.map((entry) => {
    const data = entry.data as TermData;
    return { slug: entry.slug, term: data.term, traditional: data.traditional, aliases: data.aliases ?? [] };
  });
}

export function candidateCoverage(content: RawContent, readArchive: (name: string) => string | null, reasons: ReadonlyMap<string, string>) {
  const terms = coverageTerms(content);
  const known = new Set(terms.flatMap((t) => [t.term, t.traditional ?? t.term, ...t.aliases]));
  const rows = glossaryCoverage(findTermCandidates(sourcesText(content, readArchive), known), terms, reasons);
  return { rows, summary: coverageSummary(rows), stale: staleReasons(rows, reasons) };
}

const KIND_LABEL = { quoted: '引号', numbered: '数字概括', compound: '复合词' } as const;

function statusText(row: CoverageRow, terms: Map<string, string>): string {
  switch (row.status.kind) {
    case 'entry':
      return `词条：${terms.get(row.status.slug)}（${row.status.slug}）`;
    case 'alias':
      return `别名，见${terms.get(row.status.slug)}（${row.status.slug}）`;
    case 'reason':
      return row.status.reason === TO_BE_ADDED ? `**${TO_BE_ADDED}**` : `不收：${row.status.reason}`;
    case 'uncovered':
      return '**未处理**';
  }
}

/** The Markdown list: a summary, then one row per candidate, most frequent first. */
export function candidateListMarkdown(rows: CoverageRow[], terms: CoverageTerm[]): string {
  const names = new Map(terms.map((t) => [t.slug, t.term]));
  const s = coverageSummary(rows);
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [
    '# 术语候选清单',
    '',
    '由 `npm run terms:candidates` 从五个来源的清洗文本生成（规则见 `src/content/glossary/term-candidates.ts`：',
    '引号中的短语、数字概括语、含“扶贫”“脱贫”“贫困”的复合词），不要手改。不收的理由写在',
    '`content/term-candidates.yaml`；“待收录”表示值得单立词条而尚未收录。',
    '',
    `共 ${s.total} 个候选：词条 ${s.entry}，别名 ${s.alias}，注明理由 ${s.reason}（其中待收录 ${s.toBeAdded}），未处理 ${s.uncovered}。`,
    '',
    '| 候选 | 次数 | 依据 | 处理 |',
    '| --- | ---: | --- | --- |',
    ...rows.map((r) => `| ${cell(r.text)} | ${r.count} | ${r.kinds.map((k) => KIND_LABEL[k]).join('、')} | ${cell(statusText(r, names))} |`),
    '',
  ].join('\n');
}
