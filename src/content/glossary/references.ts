/**
 * The reference registry (content/references.yaml): the public documents that
 * outside knowledge in the glossary rests on, and how a page names one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { referencesFileSchema, type ReferenceData } from '../schema.ts';
import { REFERENCES_FILE } from '../content-files.ts';

export type Reference = ReferenceData;

/** Reads and validates the registry; the content guard reports problems in it, so a broken file throws here. */
export function readReferences(contentDir: string): Map<string, Reference> {
  let text: string;
  try {
    text = readFileSync(join(contentDir, REFERENCES_FILE), 'utf8');
  } catch {
    return new Map();
  }
  const { references } = referencesFileSchema.parse(load(text));
  return new Map(references.map((r) => [r.id, r]));
}

/** 2015-12-07 → 2015年12月7日; 2021-04 → 2021年4月; 2011 → 2011年. */
export function formatReferenceDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** One line for a page: 《title》，issuer，date (publication date), number. */
export function referenceLabel(r: Reference): string {
  const date =
    r.published && r.published !== r.date ? `${formatReferenceDate(r.date)}（${formatReferenceDate(r.published)}公布）` : formatReferenceDate(r.date);
  return `《${r.title}》，${r.issuer}，${date}${r.number ? `，${r.number}` : ''}`;
}

/** The short form used in running text: 《title》（2015年）; the full entry stands in the page's 参考文件 list. */
export function referenceShort(r: Reference): string {
  return `《${r.title}》（${r.date.slice(0, 4)}年）`;
}
