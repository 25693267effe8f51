/**
 * Noise inside the lines a recipe keeps, and the replacement each calls for.
 * A replacement the text itself determines (a read-more arrow to delete, a stray
 * Traditional character, a stray space) is proposed in full; one only an editor
 * can decide (the word a spam phrase replaced, the characters behind garbled
 * bytes, symbols lost in scraping) gets a `replace` marked TODO.
 *
 * What the build's cleaning does on its own is counted, not proposed: inserted
 * pinyin (實(shí) → 實), half-width punctuation, leading and trailing spaces.
 */
import { INSERTED_PINYIN } from '../source-text.ts';
import { toFullWidthPunctuation } from '../../text/normalize.ts';
import { todo } from '../todo-fields.ts';
import { traditionalChars } from './script.ts';

export interface ProposedReplacement {
  find: string;
  replace: string;
  reason: string;
  /** The detector that found it. */
  detector: string;
  /** Raw lines where `find` occurs. */
  lines: number[];
}

export interface AutomaticFixes {
  insertedPinyin: number;
  halfWidthPunctuation: number;
  paddedLines: number;
}

interface Finder {
  detector: string;
  /** Each match is one `find` (the whole match). */
  pattern: RegExp;
  replace: (find: string) => string;
  reason: (find: string, count: number) => string;
}

const PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

const FINDERS: Finder[] = [
  {
    detector: 'noise-pattern:gambling-spam',
    pattern: /[A-Za-z]*(?:betway|必威)[A-Za-z]*(?:必威)?(?:体育|娱乐|平台)?(?:官网|官方网站|app)?/gi,
    replace: () => todo('原文被广告替换的词；无法确定时写空字符串，并在 noiseRemoved 中说明'),
    reason: (_f, n) => todo(`博彩网站的垃圾广告词，共${n}处，占据了原文词语的位置；写明复原的依据（推断写入 inferences）`),
  },
  {
    detector: 'noise-pattern:garbled-question-marks',
    // A garbled run: Han + ? followed by more ? or a pinyin fragment, with the Latin and up to two Han characters after it.
    pattern: new RegExp(`\\p{Script=Han}\\?(?:\\?|[${PINYIN}]+\\))[A-Za-z?]*\\p{Script=Han}{0,2}`, 'gu'),
    replace: () => todo('乱码处的正确文字（按字节核对）'),
    reason: () => todo('乱码修复：编码错位留下的问号与残片；写明复原的依据（字节核对或固定说法）'),
  },
  {
    detector: 'noise-pattern:mojibake',
    pattern: /\?己嗽u|\?qū\)|確\?\?/g,
    replace: () => todo('乱码处的正确文字（按字节核对）'),
    reason: () => todo('乱码修复：编码错位留下的乱码；写明复原的依据（字节核对或固定说法）'),
  },
  {
    detector: 'noise-pattern:replacement-char',
    pattern: /\p{Script=Han}{0,2}\uFFFD+\p{Script=Han}{0,2}/gu,
    replace: () => todo('乱码处的正确文字；无法复原时写空字符串，并在 noiseRemoved 中说明'),
    reason: () => todo('乱码：Unicode 替换字符（原字节已丢失）；写明如何处理'),
  },
  {
    detector: 'noise-pattern:read-more-arrows',
    pattern: /[,，]?\s*(?:全文如下|详见下文|请看下文)[:：]?[↓⬇▼]+/g,
    replace: () => '',
    reason: () => '删去转载导语末尾的提示语及向下的箭头。',
  },
  {
    detector: 'lost-symbols',
    // “5 18 N”: figures or letters joined by spaces inside quotation marks, where + or - was lost.
    pattern: /“[0-9A-Z]+(?: [0-9A-Z]+)+”/g,
    replace: () => todo('核对上下文后写出原有的符号，如 “5+18+N”'),
    reason: () => todo('抓取时符号变成了空格；写明依据（推断时注明可信度）'),
  },
  {
    detector: 'stray-space',
    // A space between a Chinese character and a Chinese quotation mark or bracket.
    pattern: /\p{Script=Han} +[“‘《（]|[”’》）] +\p{Script=Han}/gu,
    replace: (find) => find.replace(/ +/g, ''),
    reason: () => '引号或括号旁多余的空格。',
  },
];

function linesOf(lines: string[], find: string): number[] {
  return lines.flatMap((text, i) => (text.includes(find) ? [i + 1] : []));
}

/** Replacements for the kept lines (1-based line numbers in `keptLines`), each `find` once, in order of first appearance. */
export function proposeReplacements(raw: string, keptLines: number[], script: 'zh-Hans' | 'zh-Hant'): ProposedReplacement[] {
  const all = raw.replace(/\r\n?/g, '\n').split('\n');
  const proposals = new Map<string, ProposedReplacement>();
  const covered = (line: number, index: number) =>
    [...proposals.values()].some(
      (p) => p.lines.includes(line) && all[line - 1]!.indexOf(p.find) <= index && index < all[line - 1]!.indexOf(p.find) + p.find.length,
    );
  for (const line of keptLines) {
    const text = all[line - 1]!;
    for (const finder of FINDERS) {
      for (const match of text.matchAll(finder.pattern)) {
        const find = match[0];
        if (proposals.has(find) || covered(line, match.index)) continue;
        const lines = linesOf(all, find);
        const count = all.join('\n').split(find).length - 1;
        proposals.set(find, { find, replace: finder.replace(find), reason: finder.reason(find, count), detector: finder.detector, lines });
      }
    }
    if (script === 'zh-Hans') {
      for (const { index, char, simplified } of traditionalChars(text.replace(INSERTED_PINYIN, (m) => ' '.repeat(m.length)))) {
        if (covered(line, index)) continue;
        // The character with up to two neighbours on each side, so that `find` names one place.
        const find = text.slice(Math.max(0, index - 2), index + 3);
        if (proposals.has(find)) continue;
        proposals.set(find, {
          find,
          replace: find.replace(char, simplified),
          reason: `简体文本中残留的繁体字“${char}”。`,
          detector: 'traditional-in-simplified',
          lines: linesOf(all, find),
        });
      }
    }
  }
  return [...proposals.values()];
}

/** What the build's cleaning fixes by itself in the kept lines. */
export function automaticFixes(raw: string, keptLines: number[]): AutomaticFixes {
  const all = raw.replace(/\r\n?/g, '\n').split('\n');
  let insertedPinyin = 0;
  let halfWidthPunctuation = 0;
  let paddedLines = 0;
  for (const line of keptLines) {
    const text = all[line - 1]!;
    insertedPinyin += [...text.matchAll(INSERTED_PINYIN)].length;
    const trimmed = text.replace(INSERTED_PINYIN, '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, '');
    if (trimmed !== text.replace(INSERTED_PINYIN, '') && /^[\s\u00a0]/u.test(text)) paddedLines++;
    const full = toFullWidthPunctuation(trimmed);
    for (let i = 0; i < trimmed.length; i++) if (trimmed[i] !== full[i]) halfWidthPunctuation++;
  }
  return { insertedPinyin, halfWidthPunctuation, paddedLines };
}
