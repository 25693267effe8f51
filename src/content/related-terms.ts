/**
 * Related terms are symmetric: a term lists the slugs it names in `related`
 * plus every term that names it. Declared ones come first, in their order.
 */

/** Every term's related slugs at once, in time linear in the number of links (not terms × terms). */
export function relatedGraph(terms: ReadonlyArray<{ slug: string; related: readonly string[] }>): Map<string, string[]> {
  const graph = new Map<string, Set<string>>(terms.map((t) => [t.slug, new Set(t.related.filter((s) => s !== t.slug))]));
  for (const t of terms) for (const target of t.related) if (target !== t.slug) graph.get(target)?.add(t.slug);
  return new Map([...graph].map(([slug, set]) => [slug, [...set]]));
}
