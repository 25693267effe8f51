/**
 * The glossary as data for course platforms and flashcards: JSON (every field),
 * CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads the Chinese) and a
 * tab-separated file that Anki imports as notes (front: term + pinyin; back:
 * definition, English and an example sentence from a source).
 *
 * Broader and narrower terms use SKOS's names (`broader`, `narrower`), as slugs.
 */
import type { Basis, TermData } from '../content/schema.ts';

export interface GlossaryMention {
  source: string;
  title: string;
  url: string;
  /** Raw line in the archived source where the term first appears. */
  line: number;
  count: number;
  sentence: string;
}

/** A sentence in which a source uses the term (src/content/glossary/term-example.ts chooses it). */
export interface GlossaryExample {
  sentence: string;
  /** zh-Hans or zh-Hant: the sentence is quoted in the source's own script. */
  lang: string;
  source: string;
  title: string;
  url: string;
}

/** One term: every frontmatter field, its explanation, and what the build computes. */
export interface GlossaryRecord extends TermData {
  slug: string;
  url: string;
  /** Declared related terms plus the terms that name this one (symmetric). */
  relatedAll: string[];
  /** Slugs of the broader terms (SKOS broader), from content/term-relations.yaml. */
  broader: string[];
  /** Slugs of the narrower terms (SKOS narrower), derived from the same file. */
  narrower: string[];
  /** One example sentence from a source; absent when no source uses the term. */
  example?: GlossaryExample;
  /** The explanation (Markdown), as written. */
  explanation: string;
  appearsIn: GlossaryMention[];
}

export interface GlossaryDocument {
  name: string;
  url: string;
  generated: string;
  count: number;
  terms: GlossaryRecord[];
}

/** The document's fields before its terms. */
export type GlossaryHeader = Omit<GlossaryDocument, 'terms'>;

/**
 * /terms/glossary.json's text in parts, one record at a time: joined, exactly
 * `JSON.stringify(document, null, 2)` and a line break. A large glossary is
 * never held whole, as records or as one string (with 2,000 terms found in
 * 10,000 sources the file is about 140 MB).
 */
export function* glossaryJsonParts(header: GlossaryHeader, records: Iterable<GlossaryRecord>): Generator<string> {
  const empty = JSON.stringify({ ...header, terms: [] }, null, 2);
  const open = empty.slice(0, -'[]\n}'.length);
  let first = true;
  for (const record of records) {
    // A record two levels in: every line of it indented by four more spaces (JSON strings hold no raw line break).
    yield `${first ? `${open}[\n` : ',\n'}    ${JSON.stringify(record, null, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield first ? `${empty}\n` : '\n  ]\n}\n';
}

/** What a statement rests on, for a flat file: 来源 / reference ids / 编者按常识. */
export function basisText(basis: Pick<Basis, 'from' | 'references' | 'general'>): string {
  if (basis.from === 'sources') return '来源';
  return [...basis.references.map((id) => `参考:${id}`), ...(basis.general ? ['编者按常识'] : [])].join('; ');
}

export const CSV_COLUMNS = [
  ['slug', (r: GlossaryRecord) => r.slug],
  ['term', (r) => r.term],
  ['traditional', (r) => r.traditional],
  ['pinyin', (r) => r.pinyin],
  ['english', (r) => r.english[0]?.text ?? ''],
  [
    'english_other',
    (r) =>
      r.english
        .slice(1)
        .map((e) => e.text)
        .join('; '),
  ],
  ['aliases', (r) => r.aliases.join('、')],
  ['category', (r) => r.category],
  ['definition', (r) => r.definition],
  ['components', (r) => r.components.map((c) => `${c.label}：${c.text}`).join('\n')],
  ['related', (r) => r.relatedAll.join(' ')],
  ['definition_basis', (r) => basisText(r.definitionBasis)],
  ['outside_knowledge', (r) => r.outside.map((o) => `${o.text}（${basisText({ from: 'outside', ...o })}）`).join('\n')],
  ['broader', (r) => r.broader.join(' ')],
  ['narrower', (r) => r.narrower.join(' ')],
  ['example', (r) => r.example?.sentence ?? ''],
  ['example_source', (r) => r.example?.title ?? ''],
  ['sources', (r) => r.appearsIn.map((m) => m.source).join(' ')],
  ['url', (r) => r.url],
] as const satisfies ReadonlyArray<readonly [string, (r: GlossaryRecord) => string]>;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const BOM = '\uFEFF';

export function glossaryCsv(records: Iterable<GlossaryRecord>): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...Array.from(records, (r) => CSV_COLUMNS.map(([, get]) => get(r)))];
  // Line breaks inside a field are CRLF too, as Excel writes them.
  return `${BOM + rows.map((row) => row.map((v) => csvField(v.replace(/\r?\n/g, '\r\n'))).join(',')).join('\r\n')}\r\n`;
}

function html(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Anki fields are HTML; tabs and line breaks would split the note, so they become spaces and <br>. */
function ankiField(htmlText: string): string {
  return htmlText.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
}

export const ANKI_HEADER = ['#separator:tab', '#html:true', '#guid column:1', '#tags column:4', '#columns:guid\tFront\tBack\tTags'];

export function ankiFront(r: GlossaryRecord): string {
  return `${html(r.term)}<br><span lang="zh-Latn-pinyin">${html(r.pinyin)}</span>`;
}

export function ankiBack(r: GlossaryRecord): string {
  const back = `${html(r.definition)}<br><span lang="en">${html(r.english[0]?.text ?? '')}</span>`;
  if (!r.example) return back;
  const { sentence, lang, title } = r.example;
  return `${back}<br><br>例句：<span lang="${html(lang)}">${html(sentence)}</span><br><small>——${html(title)}</small>`;
}

/** Tags may not contain spaces in Anki. */
export function ankiTags(r: GlossaryRecord, deck: string): string {
  return [deck, r.category].map((t) => t.replace(/\s+/g, '_')).join(' ');
}

/**
 * Notes for Anki: a stable GUID per term (re-importing updates the notes instead
 * of duplicating them), front, back, tags.
 */
export function glossaryAnki(records: Iterable<GlossaryRecord>, deck: string): string {
  const lines = Array.from(records, (r) => [`tuopin-kb-${r.slug}`, ankiFront(r), ankiBack(r), ankiTags(r, deck)].map(ankiField).join('\t'));
  return `${[...ANKI_HEADER, ...lines].join('\n')}\n`;
}
