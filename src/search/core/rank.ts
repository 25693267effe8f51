/**
 * Orders the pages that matched every part of a query.
 *
 * 1. Pages that contain the whole query as one phrase come before pages
 *    where its parts are scattered.
 * 2. Within each group, Pagefind's score (BM25 over the query's words, with
 *    heading and title weights) decides.
 * The glossary entry whose own name is the query is moved to the top later,
 * once its names are known (`namedEntryFirst`).
 */

export interface ScoredId {
  id: string;
  score: number;
}

export function rankCandidates(candidates: Iterable<string>, scored: ScoredId[], wholePhrase?: ReadonlySet<string>): string[] {
  const score = new Map(scored.map((s) => [s.id, s.score]));
  const order = new Map(scored.map((s, i) => [s.id, i]));
  return [...candidates].sort((a, b) => {
    if (wholePhrase) {
      const pa = wholePhrase.has(a) ? 0 : 1;
      const pb = wholePhrase.has(b) ? 0 : 1;
      if (pa !== pb) return pa - pb;
    }
    const diff = (score.get(b) ?? 0) - (score.get(a) ?? 0);
    if (diff !== 0) return diff;
    return (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b);
  });
}

/**
 * For a query that names a glossary entry: the entry first, then the sources
 * (they are the pages that use the term), then everything else, each group in
 * its existing order.
 */
export function namedEntryFirst(ids: string[], namedId: string, sourceIds: ReadonlySet<string>): string[] {
  const rest = ids.filter((id) => id !== namedId);
  return [namedId, ...rest.filter((id) => sourceIds.has(id)), ...rest.filter((id) => !sourceIds.has(id))];
}

/** Intersection of several id sets (every unit of the query must match). */
export function intersectAll(sets: Array<ReadonlySet<string>>): Set<string> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}

/** A result's kind for the mix of the first results: a source (its summary or its original text) or anything else. */
export interface MixKinds {
  /** The source a result belongs to, or undefined for a glossary entry or another page. */
  sourceOf(id: string): string | undefined;
  /** Among results of the same source, the summary (lower) comes before the original text (higher). */
  partOrder?(id: string): number;
}

export interface MixWindows {
  /** Results shown at first: at least one glossary entry (or other page) among them when one matches. */
  screen: number;
}

/**
 * Orders the results of a query that names no glossary entry (a broad word, a
 * place, a phrase): sources first, in rank order, for the pages that use the
 * words are the answer; glossary entries and other pages after them, in rank
 * order, except that the best of them takes the last place of the first
 * screen when sources would fill it, so a reader sees that entries match too.
 * So whenever fewer sources match than the first ten places, every one of
 * them is among the first ten. A source counts once however many of its pages
 * match: its best part (the summary before the original text) stands for it,
 * and its other parts follow it among the other results, never before it.
 */
export function mixForScreen(ranked: string[], kinds: MixKinds, windows: MixWindows): string[] {
  const part = kinds.partOrder ?? (() => 0);
  // The page that stands for each source: its best part, then the best-ranked.
  const lead = new Map<string, string>();
  const rankOf = new Map(ranked.map((id, i) => [id, i]));
  for (const id of ranked) {
    const source = kinds.sourceOf(id);
    if (source === undefined) continue;
    const current = lead.get(source);
    if (current === undefined || part(id) < part(current) || (part(id) === part(current) && rankOf.get(id)! < rankOf.get(current)!)) lead.set(source, id);
  }
  const leads = new Set(lead.values());
  const sources = ranked.filter((id) => leads.has(id));
  const others = ranked.filter((id) => !leads.has(id));
  // A source's other parts follow its lead: never before it.
  const after = new Map<string, string>();
  for (const id of others) {
    const source = kinds.sourceOf(id);
    if (source !== undefined) after.set(id, lead.get(source)!);
  }
  const out: string[] = [];
  const placed = new Set<string>();
  let s = 0;
  let o = 0;
  let takenOthers = 0;
  const nextOther = () => {
    // The next other result whose source lead (if any) is already placed.
    for (let i = o; i < others.length; i++) {
      const id = others[i]!;
      const needs = after.get(id);
      if (!placed.has(id) && (needs === undefined || placed.has(needs))) return i;
    }
    return -1;
  };
  while (out.length < ranked.length) {
    const p = out.length;
    const oi = nextOther();
    const candSource = s < sources.length ? sources[s] : undefined;
    const candOther = oi >= 0 ? others[oi] : undefined;
    let takeSource: boolean;
    if (candSource === undefined) takeSource = false;
    else if (candOther === undefined) takeSource = true;
    // The last place of the first screen goes to the best other result if none is shown yet.
    else takeSource = !(p === windows.screen - 1 && takenOthers === 0);
    if (takeSource) {
      out.push(candSource!);
      placed.add(candSource!);
      s++;
    } else if (candOther !== undefined) {
      out.push(candOther);
      placed.add(candOther);
      if (oi === o) while (o < others.length && placed.has(others[o]!)) o++;
      takenOthers++;
    } else break;
  }
  return out;
}
