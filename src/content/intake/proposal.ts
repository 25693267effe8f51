/**
 * Everything `npm run source:add` finds in a raw file, as data: the script, the
 * line verdicts and the cleaning recipe they make, the repairs, what the build
 * cleans by itself, glossary terms found and new term candidates.
 */
import { readableLine } from '../source-text.ts';
import { TermMatcher, type TermNames } from '../../text/term-matcher.ts';
import { findTermCandidates, type TermCandidate } from '../glossary/term-candidates.ts';
import { automaticFixes, proposeReplacements, type AutomaticFixes, type ProposedReplacement } from './inline-noise.ts';
import { keepRanges, lineVerdicts, type LineVerdict } from './line-verdicts.ts';
import { detectScript, type ScriptReport } from './script.ts';

export interface IntakeProposal {
  script: ScriptReport;
  verdicts: LineVerdict[];
  keepLines: Array<[number, number]>;
  replacements: ProposedReplacement[];
  automatic: AutomaticFixes;
  /** The title line, when one stands above the first paragraph. */
  titleLine?: number;
  /** Glossary terms in the kept text: slug and how often. */
  terms: Array<{ slug: string; count: number }>;
  candidates: TermCandidate[];
  /** Groups of dropped lines with one reason, for the report and the draft's noiseRemoved. */
  dropped: Array<{ from: number; to: number; detector: string; label: string }>;
}

export function proposeIntake(raw: string, glossary: TermNames[]): IntakeProposal {
  const script = detectScript(raw);
  const verdicts = lineVerdicts(raw);
  const kept = verdicts.filter((v) => v.keep).map((v) => v.line);
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const keptText = kept.map((n) => readableLine(lines[n - 1]!)).join('\n');

  const counts = new Map<string, number>();
  for (const match of new TermMatcher(glossary).findAll(keptText)) counts.set(match.slug, (counts.get(match.slug) ?? 0) + 1);
  const terms = [...counts].map(([slug, count]) => ({ slug, count })).sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1));
  const knownNames = new Set(glossary.flatMap((t) => t.names));

  return {
    script,
    verdicts,
    keepLines: keepRanges(verdicts),
    replacements: proposeReplacements(raw, kept, script.script),
    automatic: automaticFixes(raw, kept),
    titleLine: verdicts.find((v) => v.keep && v.role === 'title')?.line,
    terms,
    // The candidate list reports a known name as itself (for glossary coverage); a new source needs only the new ones.
    candidates: findTermCandidates(keptText, knownNames).filter((c) => !knownNames.has(c.text)),
    dropped: droppedGroups(verdicts),
  };
}

/** Consecutive dropped lines with the same label (blank lines between them do not split a group). */
function droppedGroups(verdicts: LineVerdict[]): IntakeProposal['dropped'] {
  const groups: IntakeProposal['dropped'] = [];
  for (const v of verdicts) {
    if (v.keep) {
      groups.push({ from: 0, to: 0, detector: '', label: '' }); // a kept line ends every group
      continue;
    }
    if (v.role !== 'noise') continue;
    const last = groups.at(-1);
    if (last && last.label === v.label) last.to = v.line;
    else groups.push({ from: v.line, to: v.line, detector: v.detector, label: v.label });
  }
  return groups.filter((g) => g.from > 0);
}

/** 第3行 or 第34—42行, as the summaries write line ranges. */
export function lineRange(from: number, to: number): string {
  return from === to ? `第${from}行` : `第${from}—${to}行`;
}
