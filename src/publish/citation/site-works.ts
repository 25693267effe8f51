/**
 * The works a page of this site cites: for a source page, the original
 * publication (as far as it is known) and the page itself; for a term page,
 * the page itself. Only what the frontmatter states is used; nothing is guessed.
 */
import type { SourceData, TermData } from '../../content/schema.ts';
import type { Responsible, Work } from './work.ts';

export interface CitingSite {
  /** 脱贫攻坚政策知识库 */
  name: string;
  /** The access date readers are offered: the build date, YYYY-MM-DD. */
  accessed: string;
}

/** Named authors first; failing those, a named issuing body. People interviewed are not authors. */
export function sourceAuthors(data: SourceData): Responsible[] {
  const authors = data.people.filter((p) => p.part === '作者' && p.name).map((p) => ({ name: p.name!, kind: 'person' as const }));
  if (authors.length > 0) return authors;
  return data.people.filter((p) => p.part === '发布机构' && p.name).map((p) => ({ name: p.name!, kind: 'organization' as const }));
}

export function originalWork(slug: string, data: SourceData): Work {
  const publication = data.publication ?? { type: 'unknown' as const };
  const work: Work = {
    key: `${slug}-original`,
    type: publication.type,
    authors: sourceAuthors(data),
    title: data.title,
    titleSupplied: data.titleStatus === 'editorial',
    issued: { value: data.date.value, precision: data.date.precision, approximate: data.date.approximate },
    // The archived copy's script says little about the original's (001's copy is a machine
    // conversion to Traditional), so the original is only said to be Chinese.
    language: 'zh',
  };
  if (publication.container) {
    work.container = publication.container;
    work.containerSupplied = data.outlet.confidence === 'low';
  }
  return work;
}

export function sourcePageWork(slug: string, data: SourceData, url: string, site: CitingSite): Work {
  return {
    key: slug,
    type: 'site-page',
    authors: [{ name: site.name, kind: 'organization' }],
    title: data.title,
    subtitle: '来源摘要',
    url,
    accessed: site.accessed,
    language: 'zh-Hans',
  };
}

export function termPageWork(slug: string, data: TermData, url: string, site: CitingSite): Work {
  return {
    key: `term-${slug}`,
    type: 'site-page',
    authors: [{ name: site.name, kind: 'organization' }],
    title: data.term,
    subtitle: '术语释义',
    url,
    accessed: site.accessed,
    language: 'zh-Hans',
  };
}

/**
 * This site's page of a source's cleaned original text, or one paragraph of it
 * (`paragraph`: its anchor and locator, e.g. l12 and 第12行). The page's
 * language is the archived copy's script: the text is shown in it.
 */
export function originalTextWork(slug: string, data: SourceData, url: string, site: CitingSite, paragraph?: { id: string; locator: string }): Work {
  const work: Work = {
    key: paragraph ? `${slug}-text-${paragraph.id}` : `${slug}-text`,
    type: 'site-page',
    authors: [{ name: site.name, kind: 'organization' }],
    title: data.title,
    subtitle: '原文',
    url,
    accessed: site.accessed,
    language: data.originalScript,
  };
  if (paragraph) work.locator = paragraph.locator;
  return work;
}
