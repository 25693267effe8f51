/**
 * An Atom 1.0 feed (RFC 4287) of the sources, for course platforms. Ids are
 * urn:uuid names derived from the slug, so they stay the same whatever host or
 * base path the site is published under.
 */
import { uuidV5 } from './uuid.ts';
import { xmlEscape } from './xml.ts';

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  /** RFC 3339 */
  updated: string;
  published?: string;
  summary: string;
  authors: string[];
  categories: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
}

/** urn:uuid id of a thing of this site, e.g. "sources/2019-x". */
export function atomId(name: string): string {
  return `urn:uuid:${uuidV5(`tuopin-kb:${name}`)}`;
}

function person(name: string): string {
  return `<author><name>${xmlEscape(name)}</name></author>`;
}

export function atomXml(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      `    <updated>${e.updated}</updated>`,
      ...(e.published ? [`    <published>${e.published}</published>`] : []),
      ...e.authors.map((a) => `    ${person(a)}`),
      ...e.categories.map((c) => `    <category term="${xmlEscape(c)}"/>`),
      `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.siteUrl)}"/>`,
    `  <updated>${feed.updated}</updated>`,
    `  ${person(feed.author)}`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
