/**
 * schema.org structured data as JSON-LD: a DefinedTerm on each term page and a
 * DefinedTermSet on /terms/. A JSON-LD block is data (type
 * application/ld+json), never executed: it adds no JavaScript to a page.
 */
import type { TermData } from '../content/schema.ts';

export interface TermSetRef {
  url: string;
  name: string;
}

/** Absolute URLs of a term's broader and narrower entries' pages. */
export interface TermHierarchyRefs {
  broader: string[];
  narrower: string[];
}

/**
 * SKOS's broader/narrower, written as full IRIs. schema.org has no hierarchy
 * between DefinedTerms: `isPartOf`/`hasPart` belong to CreativeWork and mean a
 * work inside a work, and `additionalProperty` would hide the relation in a
 * name/value pair no reader understands. SKOS (the W3C vocabulary for
 * thesauri) says exactly "this concept is narrower than that one". Full IRIs
 * as keys need no change to the schema.org @context, and readers that do not
 * know SKOS simply ignore them.
 */
export const SKOS_BROADER = 'http://www.w3.org/2004/02/skos/core#broader';
export const SKOS_NARROWER = 'http://www.w3.org/2004/02/skos/core#narrower';

export function definedTerm(
  term: TermData,
  slug: string,
  url: string,
  set: TermSetRef,
  hierarchy: TermHierarchyRefs = { broader: [], narrower: [] },
): Record<string, unknown> {
  // Other names, each tagged with its language: Traditional, aliases, pinyin, English renderings.
  const tagged = (value: string, language: string) => ({ '@value': value, '@language': language });
  const alternateName = [
    ...(term.traditional !== term.term ? [tagged(term.traditional, 'zh-Hant')] : []),
    ...term.aliases.filter((a) => a !== term.term).map((a) => tagged(a, 'zh-Hans')),
    tagged(term.pinyin, 'zh-Latn-pinyin'),
    ...term.english.map((e) => tagged(e.text, 'en')),
  ];
  return {
    '@type': 'DefinedTerm',
    '@id': `${url}#term`,
    url,
    name: term.term,
    alternateName,
    termCode: slug,
    description: term.definition,
    inLanguage: 'zh-Hans',
    keywords: term.category,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': `${set.url}#set`, name: set.name, url: set.url },
    ...(hierarchy.broader.length > 0 ? { [SKOS_BROADER]: hierarchy.broader.map((u) => ({ '@id': `${u}#term` })) } : {}),
    ...(hierarchy.narrower.length > 0 ? { [SKOS_NARROWER]: hierarchy.narrower.map((u) => ({ '@id': `${u}#term` })) } : {}),
  };
}

export function definedTermSet(set: TermSetRef & { description: string }, terms: Array<{ data: TermData; slug: string; url: string }>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': `${set.url}#set`,
    url: set.url,
    name: set.name,
    description: set.description,
    inLanguage: 'zh-Hans',
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${t.url}#term`,
      url: t.url,
      name: t.data.term,
      termCode: t.slug,
      description: t.data.definition,
    })),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" is escaped so the text can never close the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data, null, 0).replaceAll('<', '\\u003c');
}

export function withContext(data: Record<string, unknown>): Record<string, unknown> {
  return { '@context': 'https://schema.org', ...data };
}
