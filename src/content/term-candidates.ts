/**
 * Phrases in a source text that look like policy terms the glossary does not
 * have yet: quoted phrases (“精准扶贫”), numbered formulas (两不愁三保障, 五个一批,
 * 1+N) and compounds built on 扶贫/脱贫/贫困. Known names (terms, Traditional
 * forms, aliases) are left out, compared as the term matcher compares them.
 */
import { termKey } from '../text/comparison-keys.ts';

export interface TermCandidate {
  text: string;
  count: number;
  kinds: Array<'quoted' | 'numbered' | 'compound'>;
}

const NUMERAL = '一二两三四五六七八九十百千万';
const PATTERNS: Array<{ kind: TermCandidate['kinds'][number]; pattern: RegExp; group: number }> = [
  // “…” of 2–12 Han characters.
  { kind: 'quoted', pattern: /[“「]([\p{Script=Han}]{2,12})[”」]/gu, group: 1 },
  // 两不愁三保障, 五个一批, 六个精准, 三保障: a numeral (optionally 个/项/大/条) and one to four Han characters, repeated or not.
  {
    kind: 'numbered',
    pattern: new RegExp(`(?:[${NUMERAL}](?:个|项|大|条|不)?[\\p{Script=Han}]{1,3}?(?:[${NUMERAL}](?:个|项|大|条)?[\\p{Script=Han}]{1,3})+|[${NUMERAL}]个[\\p{Script=Han}]{1,4}?(?=[，。、；：”」]|$))`, 'gu'),
    group: 0,
  },
  // 1+N, 5+18+N, 4+4: figures or letters joined by + or ×.
  { kind: 'numbered', pattern: /(?<![0-9A-Za-z+])[0-9A-Z]+(?:[+×][0-9A-Z]+)+(?![0-9A-Za-z+])/g, group: 0 },
  // Compounds: a kind of work before 扶贫/脱贫 (产业扶贫), or 扶贫/脱贫/贫困 before the thing it names (扶贫车间, 贫困户).
  {
    kind: 'compound',
    pattern: new RegExp(
      `(?:${['产业', '教育', '健康', '金融', '消费', '生态', '光伏', '电商', '旅游', '就业', '科技', '易地', '精准', '社会', '定点', '驻村', '结对', '党建', '智力', '文化', '网络'].join('|')})(?:扶贫|脱贫)(?:搬迁|车间|贷款)?` +
        `|(?:扶贫|脱贫|贫困)(?:${['车间', '搬迁', '产业', '资金', '项目', '对象', '人口', '户', '村', '县', '地区', '标准', '攻坚', '摘帽', '成果', '领域', '工作队', '干部', '小额信贷', '贷款', '发生率', '退出', '识别'].join('|')})`,
      'gu',
    ),
    group: 0,
  },
];

/** Not a term: a numbered match that runs through a function word (九大提出的三大攻坚战). */
const FUNCTION_WORD = /[的是了在和与把对将从让使]/u;

export function findTermCandidates(text: string, knownNames: ReadonlySet<string>): TermCandidate[] {
  const known = new Set([...knownNames].map(termKey));
  const found = new Map<string, TermCandidate>();
  for (const { kind, pattern, group } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[group]!;
      if (kind === 'numbered' && FUNCTION_WORD.test(phrase)) continue;
      if (known.has(termKey(phrase))) continue;
      const candidate = found.get(phrase) ?? { text: phrase, count: 0, kinds: [] };
      // A phrase found by two kinds in one place counts once.
      if (!candidate.kinds.includes(kind)) candidate.kinds.push(kind);
      found.set(phrase, candidate);
    }
  }
  for (const candidate of found.values()) candidate.count = text.split(candidate.text).length - 1;
  return [...found.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
