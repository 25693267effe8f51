/**
 * References in GB/T 7714-2015《信息与文献 参考文献著录规则》, the Chinese
 * standard that teachers and students cite by.
 *
 * Shapes used (the standard's prescribed punctuation is half-width, each mark
 * followed by a space):
 *
 *   newspaper   主要责任者. 题名[N]. 报纸名, 出版日期.
 *   journal     主要责任者. 题名[J]. 刊名, 年.
 *   web         主要责任者. 题名[EB/OL]. 出版者, 发布日期[引用日期]. 获取和访问路径.
 *   unknown     主要责任者. 题名[Z]. 出版地: 出版者, 出版年.
 *   site page   主要责任者. 题名: 其他题名信息[EB/OL]. [引用日期]. 获取和访问路径.
 *   with a locator (a paragraph of an original text), where 引文页码 goes:
 *               主要责任者. 题名: 原文[EB/OL]. [引用日期]: 第12行. 获取和访问路径#l12.
 *
 * Unknown or uncertain parts, never invented:
 * - No known author: the 主要责任者 element is left out and the reference starts with
 *   the title (allowed for the numeric 顺序编码制 that handouts use).
 * - More than three authors: the first three, then ", 等".
 * - Unknown place or publisher: [出版地不详], [出版者不详]; unknown periodical: [刊名不详].
 * - An estimated date: only the year, in square brackets — the standard's form
 *   for an estimated publication year, e.g. [2019]. A month or day that is itself
 *   an estimate is not given.
 * - Information the editors supplied rather than read in the source (a devised
 *   title, an inferred outlet) is put in square brackets, as bibliographic
 *   practice (GB/T 3792) marks supplied information.
 * - The original's URL and access date are only given when they are known; the
 *   archived copies this site worked from have none, so a source page cites the
 *   original without them and this site's page with them.
 */
import type { CitedDate, Work } from './work.ts';

const TYPE_CODE: Record<Work['type'], string> = {
  newspaper: 'N',
  journal: 'J',
  web: 'EB/OL',
  unknown: 'Z',
  'site-page': 'EB/OL',
};

export function gbtDate(date: CitedDate | undefined): string | undefined {
  if (!date) return undefined;
  if (date.approximate) return `[${date.value.slice(0, 4)}]`;
  return date.value;
}

function bracketIf(text: string, supplied: boolean | undefined): string {
  return supplied ? `[${text}]` : text;
}

function responsible(work: Work): string | undefined {
  if (work.authors.length === 0) return undefined;
  const names = work.authors.slice(0, 3).map((a) => a.name);
  return work.authors.length > 3 ? `${names.join(', ')}, 等` : names.join(', ');
}

export function formatGbt(work: Work): string {
  const parts: string[] = [];
  const authors = responsible(work);
  if (authors) parts.push(`${authors}. `);
  let title = bracketIf(work.title, work.titleSupplied);
  if (work.subtitle) title += `: ${work.subtitle}`;
  parts.push(`${title}[${TYPE_CODE[work.type]}]. `);
  const date = gbtDate(work.issued);
  const container = work.container ? bracketIf(work.container, work.containerSupplied) : undefined;
  const accessed = work.accessed ? `[${work.accessed}]` : '';
  switch (work.type) {
    case 'newspaper':
      parts.push(`${container ?? '[报纸名不详]'}, ${date ?? '[出版日期不详]'}`);
      break;
    case 'journal':
      parts.push(`${container ?? '[刊名不详]'}, ${date?.replace(/^(\d{4}).*$/, '$1') ?? '[出版年不详]'}`);
      break;
    case 'web':
      parts.push(`${container ?? '[出版者不详]'}, ${date ?? '[发布日期不详]'}${accessed}`);
      break;
    case 'unknown':
      parts.push(`[出版地不详]: ${container ?? '[出版者不详]'}, ${date ?? '[出版年不详]'}`);
      break;
    case 'site-page':
      parts.push(accessed || (date ? `(${date})` : ''));
      break;
  }
  let text = parts.join('').trimEnd();
  if (work.locator) text += `: ${work.locator}`;
  text += '.';
  if (work.url) text += ` ${work.url}.`;
  return text;
}

/** Numbered list, as at the end of a handout: [1] …\n[2] … (a single reference is not numbered). */
export function formatGbtList(works: Work[]): string {
  if (works.length === 1) return formatGbt(works[0]!);
  return works.map((work, i) => `[${i + 1}] ${formatGbt(work)}`).join('\n');
}
