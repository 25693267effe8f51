/**
 * BibTeX entries (with the biblatex fields url, urldate and date that Zotero,
 * JabRef and biber read). Newspaper and journal articles are @article, anything
 * else @misc. Authors are given as literal names in braces: Chinese names and
 * organisations must not be split into first and last names. An estimated date
 * becomes the year alone plus a note saying it is an estimate.
 */
import type { Work } from './work.ts';

const SPECIAL = /[\\{}%&$#_~^]/g;
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(text: string): string {
  return text.replace(SPECIAL, (ch) => ESCAPES[ch]!);
}

export function bibtexKey(key: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9:_-]*$/.test(key)) throw new Error(`not a usable BibTeX key: "${key}"`);
  return key;
}

export function formatBibtex(work: Work): string {
  const fields: Array<[string, string]> = [];
  if (work.authors.length > 0) {
    fields.push(['author', work.authors.map((a) => `{${escapeBibtex(a.name)}}`).join(' and ')]);
  }
  fields.push(['title', escapeBibtex(work.subtitle ? `${work.title}: ${work.subtitle}` : work.title)]);
  const isArticle = work.type === 'newspaper' || work.type === 'journal';
  if (work.container) fields.push([isArticle ? 'journal' : 'howpublished', escapeBibtex(work.container)]);
  if (work.type === 'newspaper') fields.push(['entrysubtype', 'newspaper']);
  if (work.issued) {
    const [year, month] = work.issued.value.split('-');
    if (work.issued.approximate) {
      fields.push(['year', year!]);
    } else {
      fields.push(['date', work.issued.value], ['year', year!]);
      if (month) fields.push(['month', String(Number(month))]);
    }
  }
  if (work.url) fields.push(['url', work.url]);
  if (work.accessed) fields.push(['urldate', work.accessed]);
  fields.push(['language', work.language]);
  const notes = [
    work.titleSupplied ? '题名为编者拟定，非原题' : undefined,
    work.containerSupplied ? '出处为编者推断' : undefined,
    work.issued?.approximate ? '出版日期为估计' : undefined,
    work.locator ? `引文位置：${work.locator}` : undefined,
    work.note,
  ].filter((n): n is string => Boolean(n));
  if (notes.length > 0) fields.push(['note', escapeBibtex(notes.join('；'))]);
  const type = isArticle ? 'article' : 'misc';
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${bibtexKey(work.key)},\n${body}\n}\n`;
}

export function formatBibtexList(works: Work[]): string {
  return works.map(formatBibtex).join('\n');
}
