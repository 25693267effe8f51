/**
 * Candidate glossary terms in a source text: the policy words a student meets
 * and might look up. Three kinds are found, each by a rule simple enough to
 * check by eye:
 * - quoted: a short phrase in “…” (2–12 characters, no sentence punctuation),
 *   the way sources mark slogans and coined names (“三变模式”, “1+1”);
 * - numbered: a numbered formula, in digits (5+18+N, 1×5, 653) or in Chinese
 *   numerals, which the sources put in quotes (“六个精准”, “两不愁三保障”, 四个“首先”);
 * - compound: a word built on 扶贫, 脱贫 or 贫困 with a known head or tail
 *   (产业扶贫, 扶贫车间, 贫困发生率, 深度贫困).
 * The text is folded to Simplified and NFKC first, so a Traditional source
 * yields the same candidates. A candidate that is only part of a known glossary
 * name where it occurs (两不愁 inside 两不愁三保障, 1+1 inside “1+1”结亲帮扶) is
 * reported as that name.
 */
import { nfkcChar } from '../../text/nfkc-char.ts';
import { foldToSimplified } from '../../text/script-fold.ts';

export interface TermCandidate {
  text: string;
  count: number;
  kinds: Array<'quoted' | 'numbered' | 'compound'>;
}

type Kind = TermCandidate['kinds'][number];

const HAN = '\\p{Script=Han}';
const NUMERAL = '[一二两三四五六七八九十]';

/** “…” phrases that read as a name: Han, digits, Latin letters and + × only. */
const QUOTED = new RegExp(`“([${HAN}0-9A-Za-z+×]{2,12})”`, 'gu');

const NUMBERED: RegExp[] = [
  // Digit formulas: 5+18+N, 1+1, 4+4, 1×5.
  /(?<![0-9A-Za-z])[0-9]+(?:[+×][0-9A-Za-z]+)+(?![0-9A-Za-z])/gu,
  // A bare number in quotes used as a name: “653”, “1234”.
  /“([0-9]{3,4})”/gu,
  // Chinese-numeral formulas, which the sources always mark with quotes: “六个精准”, “六大专项行动”,
  // “六位一体”, 四个“首先”, “两不愁三保障”, “两免一补”, “一库五名单”, “以案四说”, “志智”双扶.
  new RegExp(`“(${NUMERAL}(?:个|大|级|本|项|位)${HAN}{1,5})”`, 'gu'),
  new RegExp(`${NUMERAL}个“${HAN}{2,4}”`, 'gu'),
  new RegExp(`“(${NUMERAL}${HAN}{1,2}${NUMERAL}${HAN}{1,3}(?:${NUMERAL}${HAN}{1,3})?)”`, 'gu'),
  new RegExp(`“(以案${NUMERAL}说)”`, 'gu'),
  new RegExp(`“${HAN}{2}”双扶`, 'gu'),
];

/** Heads and tails that make a word with 扶贫/脱贫/贫困 a term rather than a phrase. */
const FUPIN_HEADS = '产业|健康|教育|光伏|金融|电商|旅游|生态|消费|就业|科技|精准|文化|社会|行业|专项|定点|驻村|结对|搬迁|兜底|易地';
const FUPIN_TAILS = '车间|基地|企业|大棚|电站|基金|资金|项目|领域|干部|开发|协作|搬迁|工程|政策|对象|工作队';
const TUOPIN_TAILS = '攻坚|摘帽|质量|成效|任务|验收|退出|标准|人口|户';
const PINKUN_TAILS = '发生率|人口|群众|户|村|县|地区|家庭|劳动力|学生|对象|乡镇|镇';
const PINKUN_HEADS = '深度|整体|绝对|相对|区域性整体|建档立卡';

const COMPOUND: RegExp[] = [
  new RegExp(`(?:${FUPIN_HEADS})扶贫`, 'gu'),
  new RegExp(`扶贫(?:${FUPIN_TAILS})`, 'gu'),
  new RegExp(`脱贫(?:${TUOPIN_TAILS})`, 'gu'),
  new RegExp(`(?:${PINKUN_HEADS})贫困(?:${PINKUN_TAILS})?`, 'gu'),
  new RegExp(`贫困(?:${PINKUN_TAILS})`, 'gu'),
];

/** NFKC and Traditional→Simplified, one character at a time, so offsets keep their meaning. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldToSimplified(nfkcChar(ch));
  return out;
}

/** Quote marks never belong to a candidate's text: 四个“首先” is counted as 四个首先. */
function bare(text: string): string {
  return text.replace(/[“”]/gu, '');
}

interface Hit {
  text: string;
  start: number;
  end: number;
  kind: Kind;
}

function* hits(text: string): Generator<Hit> {
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    // A bare number in quotes is a numbered name, reported by that rule.
    if (!/^[0-9]+$/u.test(inner)) yield { text: inner, start: m.index + 1, end: m.index + 1 + inner.length, kind: 'quoted' };
  }
  for (const pattern of NUMBERED) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? m[0];
      const start = m[1] === undefined ? m.index : m.index + m[0].indexOf(value);
      yield { text: bare(value), start, end: start + value.length, kind: 'numbered' };
    }
  }
  for (const pattern of COMPOUND) {
    for (const m of text.matchAll(pattern)) yield { text: m[0], start: m.index, end: m.index + m[0].length, kind: 'compound' };
  }
}

/** Where each known name occurs, quote marks ignored, as [start, end) ranges of the folded text. */
function knownRanges(text: string, knownNames: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Compare on a copy with quote marks blanked to a marker that no name contains, mapped back by index.
  const keep: number[] = [];
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“' || text[i] === '”') continue;
    keep.push(i);
    plain += text[i];
  }
  for (const name of knownNames) {
    const key = bare(fold(name));
    if (key.length < 2) continue;
    let from = 0;
    for (;;) {
      const at = plain.indexOf(key, from);
      if (at < 0) break;
      ranges.push([keep[at]!, keep[at + key.length - 1]! + 1]);
      from = at + 1;
    }
  }
  return ranges;
}

/**
 * The candidates in a text, most frequent first (then in Unicode order), each
 * with how often it occurs and by which rules it was found.
 */
export function findTermCandidates(text: string, knownNames: ReadonlySet<string>): TermCandidate[] {
  const folded = fold(text);
  const known = knownRanges(folded, knownNames);
  const knownKeys = new Set([...knownNames].map((n) => bare(fold(n))));
  const found = new Map<string, { count: number; kinds: Set<Kind>; at: Set<number> }>();
  for (const hit of hits(folded)) {
    // Part of a longer known name where it stands (1+1 in “1+1”结亲帮扶, 两不愁 in 两不愁三保障):
    // the candidate is that name.
    let { text: candidate, start } = hit;
    if (!knownKeys.has(candidate)) {
      const around = known.filter(([a, b]) => a <= hit.start && hit.end <= b && b - a > hit.end - hit.start).sort((x, y) => y[1] - y[0] - (x[1] - x[0]))[0];
      if (around) {
        candidate = bare(folded.slice(around[0], around[1]));
        start = around[0];
      }
    }
    if (candidate.length < 2) continue;
    const entry = found.get(candidate) ?? { count: 0, kinds: new Set<Kind>(), at: new Set<number>() };
    // The same occurrence found by two rules counts once.
    if (!entry.at.has(start)) {
      entry.at.add(start);
      entry.count++;
    }
    entry.kinds.add(hit.kind);
    found.set(candidate, entry);
  }
  const order: Kind[] = ['quoted', 'numbered', 'compound'];
  return [...found]
    .map(([text, e]) => ({ text, count: e.count, kinds: order.filter((k) => e.kinds.has(k)) }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
