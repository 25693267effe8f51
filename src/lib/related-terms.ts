/**
 * Related terms are symmetric: a term lists the slugs it names in `related`
 * plus every term that names it. Declared ones come first, in their order.
 */
export function relatedSlugs(slug: string, terms: Array<{ slug: string; related: string[] }>): string[] {
  const declared = terms.find((t) => t.slug === slug)?.related ?? [];
  const reverse = terms.filter((t) => t.slug !== slug && t.related.includes(slug)).map((t) => t.slug);
  return [...new Set([...declared, ...reverse])].filter((s) => s !== slug);
}
