/**
 * CSL-JSON items (the Citation Style Language's data format, read by Zotero,
 * Pandoc/citeproc and most reference managers). Names are literal: Chinese
 * names and organisations are not split into family and given names. An
 * estimated date keeps its parts and is marked `circa`.
 */
import type { CitedDate, Work } from './work.ts';

export interface CslDate {
  'date-parts': number[][];
  circa?: boolean;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'article-journal' | 'webpage' | 'document';
  title: string;
  author?: Array<{ literal: string }>;
  'container-title'?: string;
  issued?: CslDate;
  URL?: string;
  accessed?: CslDate;
  language: string;
  note?: string;
}

const CSL_TYPE: Record<Work['type'], CslItem['type']> = {
  newspaper: 'article-newspaper',
  journal: 'article-journal',
  web: 'webpage',
  unknown: 'document',
  'site-page': 'webpage',
};

export function cslDate(date: CitedDate): CslDate {
  const parts = date.value.split('-').map(Number);
  return date.approximate ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

export function toCsl(work: Work): CslItem {
  const item: CslItem = {
    id: work.key,
    type: CSL_TYPE[work.type],
    title: work.subtitle ? `${work.title}: ${work.subtitle}` : work.title,
    language: work.language,
  };
  if (work.authors.length > 0) item.author = work.authors.map((a) => ({ literal: a.name }));
  if (work.container) item['container-title'] = work.container;
  if (work.issued) item.issued = cslDate(work.issued);
  if (work.url) item.URL = work.url;
  if (work.accessed) item.accessed = cslDate({ value: work.accessed, precision: 'day', approximate: false });
  const notes = [
    work.titleSupplied ? '题名为编者拟定，非原题' : undefined,
    work.containerSupplied ? '出处为编者推断' : undefined,
    work.locator ? `引文位置：${work.locator}` : undefined,
    work.note,
  ].filter((n): n is string => Boolean(n));
  if (notes.length > 0) item.note = notes.join('；');
  return item;
}

export function formatCslJson(works: Work[]): string {
  return `${JSON.stringify(works.map(toCsl), null, 2)}\n`;
}
