/**
 * Broader and narrower concepts between glossary entries, SKOS-style, kept in
 * one file (content/term-relations.yaml) apart from the entries themselves.
 *
 * The file is a list of groups, each naming one broader concept and the
 * narrower ones under it:
 *
 *   - broader: jing-zhun-fu-pin
 *     narrower: [liu-ge-jing-zhun, wu-ge-yi-pi]
 *
 * Only the broader → narrower edge is written; each term's broader list is
 * derived from the same edges, so the two directions can never disagree. A
 * term may sit under more than one broader concept (polyhierarchy, as SKOS
 * allows). Problems name the file, the line and the field: an unknown slug, a
 * term related to itself, an edge written twice, a broader concept given two
 * groups, and a cycle (a term that would end up broader than itself).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export const TERM_RELATIONS_FILE = 'term-relations.yaml';

export interface RelationEdge {
  broader: string;
  narrower: string;
  /** 1-based line of the narrower slug in the file. */
  line: number;
}

export interface RelationProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export interface TermRelations {
  /** slug → the broader concepts it sits under, in file order. */
  broader: Map<string, string[]>;
  /** slug → the narrower concepts under it, in file order. */
  narrower: Map<string, string[]>;
}

/** Reads the file's edges; problems in its shape or its slugs are returned, never thrown. */
export function parseTermRelations(text: string, file: string, knownSlugs: ReadonlySet<string>): { edges: RelationEdge[]; problems: RelationProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const problems: RelationProblem[] = [];
  const problem = (node: unknown, field: string, message: string) => problems.push({ file, line: lineOf(node), field, message });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { edges: [], problems: [{ file, line: error.linePos?.[0]?.line, field: '(file)', message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { edges: [], problems };
  if (!isSeq(root)) {
    problem(root, '(file)', 'expected a list of groups, each with `broader` and `narrower`');
    return { edges: [], problems };
  }
  const edges: RelationEdge[] = [];
  const groupOf = new Map<string, number>();
  const seen = new Set<string>();
  const slugProblem = (node: unknown, field: string, slug: unknown): slug is string => {
    if (typeof slug !== 'string' || slug.trim() === '') {
      problem(node, field, 'expected a term slug');
      return false;
    }
    if (!knownSlugs.has(slug)) {
      problem(node, field, `unknown term "${slug}" (no content/terms/${slug}.md)`);
      return false;
    }
    return true;
  };
  root.items.forEach((group, g) => {
    const at = `[${g}]`;
    if (!isMap(group)) {
      problem(group, at, 'expected a mapping with `broader` and `narrower`');
      return;
    }
    for (const pair of group.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key !== 'broader' && key !== 'narrower') problem(pair.key, `${at}.${key}`, 'unknown field; a group has only `broader` and `narrower`');
    }
    const broaderNode = group.get('broader', true);
    const narrowerNode = group.get('narrower', true);
    if (broaderNode === undefined) problem(group, `${at}.broader`, 'missing: the broader term of this group');
    if (!isSeq(narrowerNode) || narrowerNode.items.length === 0) {
      problem(narrowerNode ?? group, `${at}.narrower`, 'expected a non-empty list of term slugs');
    }
    const broader = isScalar(broaderNode) ? broaderNode.value : undefined;
    if (broaderNode === undefined || !slugProblem(broaderNode, `${at}.broader`, broader)) return;
    const earlier = groupOf.get(broader);
    if (earlier !== undefined) {
      problem(broaderNode, `${at}.broader`, `"${broader}" already has a group ([${earlier}]); list all its narrower terms there`);
      return;
    }
    groupOf.set(broader, g);
    if (!isSeq(narrowerNode)) return;
    narrowerNode.items.forEach((item, i) => {
      const field = `${at}.narrower[${i}]`;
      const slug = isScalar(item) ? item.value : undefined;
      if (!slugProblem(item, field, slug)) return;
      if (slug === broader) {
        problem(item, field, `a term cannot be narrower than itself ("${slug}")`);
        return;
      }
      const key = `${broader}>${slug}`;
      if (seen.has(key)) {
        problem(item, field, `"${slug}" is listed twice under "${broader}"`);
        return;
      }
      seen.add(key);
      edges.push({ broader, narrower: slug, line: lineOf(item) ?? 0 });
    });
  });
  problems.push(...cycleProblems(edges, file));
  return { edges, problems };
}

/** A cycle (a → … → a) would make a term broader than itself: one problem per cycle, at the edge that closes it. */
export function cycleProblems(edges: readonly RelationEdge[], file: string): RelationProblem[] {
  const out = new Map<string, RelationEdge[]>();
  for (const edge of edges) out.set(edge.broader, [...(out.get(edge.broader) ?? []), edge]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const problems: RelationProblem[] = [];
  const visit = (slug: string) => {
    state.set(slug, 'open');
    path.push(slug);
    for (const edge of out.get(slug) ?? []) {
      const next = state.get(edge.narrower);
      if (next === 'open') {
        const cycle = [...path.slice(path.indexOf(edge.narrower)), edge.narrower];
        problems.push({ file, line: edge.line, field: 'narrower', message: `cycle: ${cycle.join(' → ')} (a term cannot be broader than itself)` });
      } else if (next === undefined) visit(edge.narrower);
    }
    path.pop();
    state.set(slug, 'done');
  };
  for (const slug of out.keys()) if (!state.has(slug)) visit(slug);
  return problems;
}

/** Both directions from the edges: narrower as written, broader derived. */
export function relationMaps(edges: readonly RelationEdge[]): TermRelations {
  const broader = new Map<string, string[]>();
  const narrower = new Map<string, string[]>();
  for (const edge of edges) {
    narrower.set(edge.broader, [...(narrower.get(edge.broader) ?? []), edge.narrower]);
    broader.set(edge.narrower, [...(broader.get(edge.narrower) ?? []), edge.broader]);
  }
  return { broader, narrower };
}

/** The relations for the build: throws one message listing every problem, as the content guard would. */
export function loadTermRelations(text: string | null, file: string, knownSlugs: ReadonlySet<string>): TermRelations {
  if (text === null) return relationMaps([]);
  const { edges, problems } = parseTermRelations(text, file, knownSlugs);
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`} › ${p.field}: ${p.message}`).join('\n'));
  }
  return relationMaps(edges);
}
