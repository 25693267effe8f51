/**
 * Glossary coverage against the candidate list (src/content/glossary/term-candidates.ts):
 * each candidate is a term, an alias of one, or carries the editors' reason for
 * not taking it (content/term-candidates.yaml). What is left is uncovered.
 */
import { termKey } from '../../text/comparison-keys.ts';
import type { TermCandidate } from './term-candidates.ts';

export interface CoverageTerm {
  slug: string;
  term: string;
  traditional?: string;
  aliases: string[];
}

export type CandidateStatus = { kind: 'entry'; slug: string } | { kind: 'alias'; slug: string } | { kind: 'reason'; reason: string } | { kind: 'uncovered' };

export interface CoverageRow extends TermCandidate {
  status: CandidateStatus;
}

/** The reason written for a candidate that clearly deserves an entry nobody has written yet. */
export const TO_BE_ADDED = '待收录';

export function glossaryCoverage(candidates: TermCandidate[], terms: CoverageTerm[], reasons: ReadonlyMap<string, string>): CoverageRow[] {
  const entries = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const t of terms) {
    entries.set(termKey(t.term), t.slug);
    if (t.traditional) entries.set(termKey(t.traditional), t.slug);
    for (const a of t.aliases) aliases.set(termKey(a), t.slug);
  }
  const reasonByKey = new Map([...reasons].map(([text, reason]) => [termKey(text), reason]));
  return candidates.map((c) => {
    const key = termKey(c.text);
    const entry = entries.get(key);
    const alias = aliases.get(key);
    const reason = reasonByKey.get(key);
    const status: CandidateStatus = entry
      ? { kind: 'entry', slug: entry }
      : alias
        ? { kind: 'alias', slug: alias }
        : reason
          ? { kind: 'reason', reason }
          : { kind: 'uncovered' };
    return { ...c, status };
  });
}

/** Reasons written for texts that are no longer candidates, or that are now covered by an entry or alias. */
export function staleReasons(rows: CoverageRow[], reasons: ReadonlyMap<string, string>): string[] {
  const used = new Set(rows.filter((r) => r.status.kind === 'reason').map((r) => termKey(r.text)));
  return [...reasons.keys()].filter((text) => !used.has(termKey(text)));
}

export function coverageSummary(rows: CoverageRow[]): Record<CandidateStatus['kind'] | 'toBeAdded' | 'total', number> {
  const count = (kind: CandidateStatus['kind']) => rows.filter((r) => r.status.kind === kind).length;
  return {
    total: rows.length,
    entry: count('entry'),
    alias: count('alias'),
    reason: count('reason'),
    toBeAdded: rows.filter((r) => r.status.kind === 'reason' && r.status.reason === TO_BE_ADDED).length,
    uncovered: count('uncovered'),
  };
}
