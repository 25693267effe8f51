/**
 * Decides, line by line, which raw lines hold the article and which are noise to
 * drop, each with the detector that says so. Pure: the proposal of `keepLines`.
 *
 * Detectors, in order:
 * - the project's noise patterns (src/content/guard/noise-patterns.ts) that mark a line to
 *   drop; patterns that a recipe repairs inside a kept line (spam that replaced a
 *   word, inserted pinyin, garbled bytes, a read-more arrow) are left to
 *   inline-noise.ts;
 * - site boilerplate (site-boilerplate.ts);
 * - a line without any Chinese character (widget residue such as “Baidu”, “map”);
 * - a line that repeats an earlier one (the duplicated body);
 * - by position: short lines before the title (page header: site name, nav) and
 *   after the last paragraph of prose (page footer: buttons, related links).
 */
import { NOISE_PATTERNS } from '../guard/noise-patterns.ts';
import { readableLine } from '../source-text.ts';
import { comparisonKey } from '../../text/comparison-keys.ts';
import { boilerplateOf } from './site-boilerplate.ts';

/** Noise patterns a recipe repairs inside a kept line instead of dropping the line. */
export const INLINE_PATTERN_IDS = new Set(['gambling-spam', 'inserted-pinyin', 'mojibake', 'garbled-question-marks', 'replacement-char', 'read-more-arrows']);

export type LineVerdict =
  | { line: number; keep: true; role: 'title' | 'prose' | 'text' }
  | { line: number; keep: false; role: 'blank' }
  | { line: number; keep: false; role: 'noise'; detector: string; label: string; repeats?: number };

/** Chinese labels of the project's noise patterns, for the draft's noiseRemoved. */
const PATTERN_LABEL: Record<string, string> = {
  'poster-account': '论坛发帖账号',
  'phone-number': '个人电话号码（不发布、不索引）',
  'forum-boilerplate': '论坛与网站模板（登录注册、热搜、页脚）',
  'icp-number': '网站备案号',
  'staff-chain': '编辑审校人员名单',
  'comment-counter': '评论计数',
  'aggregator-label': '聚合网站的栏目标签',
  'map-widget': '地图组件残留',
  'table-pipe': '表格残留的分隔符“|”',
  'forum-post-meta': '论坛帖子信息（发布者、查看数、评论数）',
  'media-credits': '出品与联系栏目',
  'reaction-buttons': '表态按钮',
  'page-render-footer': '网页生成时间与页脚链接',
  'interview-header-template': '在线访谈页头模板（主题、日期、嘉宾、简介）',
};

const LINE_PATTERNS = NOISE_PATTERNS.filter((p) => !INLINE_PATTERN_IDS.has(p.id)).map((p) => ({
  id: p.id,
  label: PATTERN_LABEL[p.id] ?? p.description,
  pattern: new RegExp(p.pattern.source, p.pattern.flags.replace('g', '')),
}));

/** A paragraph of running text: long enough, with sentence punctuation. */
export function isProse(readable: string): boolean {
  return readable.length >= 20 && /[，。！？；]/.test(readable);
}

/** A byline stays with the article even after its last paragraph: （作者：…） */
const BYLINE = /作者|记者|通讯员|撰文/;
const HAN = /\p{Script=Han}/u;

export function lineVerdicts(raw: string): LineVerdict[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const seen = new Map<string, number>();
  const verdicts: LineVerdict[] = lines.map((text, i): LineVerdict => {
    const line = i + 1;
    const readable = readableLine(text);
    if (readable === '') return { line, keep: false, role: 'blank' };
    const pattern = LINE_PATTERNS.find((p) => p.pattern.test(text));
    if (pattern) return { line, keep: false, role: 'noise', detector: `noise-pattern:${pattern.id}`, label: pattern.label };
    const boilerplate = boilerplateOf(text);
    if (boilerplate) return { line, keep: false, role: 'noise', detector: `boilerplate:${boilerplate.id}`, label: boilerplate.label };
    if (!HAN.test(readable)) return { line, keep: false, role: 'noise', detector: 'no-chinese', label: '没有中文的残留文字（网页组件）' };
    const key = comparisonKey(readable);
    const first = seen.get(key);
    if (first !== undefined) return { line, keep: false, role: 'noise', detector: 'duplicate', label: '与前文逐字重复的段落', repeats: first };
    seen.set(key, line);
    return { line, keep: true, role: isProse(readable) ? 'prose' : 'text' };
  });

  const prose = verdicts.filter((v) => v.keep && v.role === 'prose').map((v) => v.line);
  if (prose.length === 0) return verdicts;
  const firstProse = prose[0]!;
  const lastProse = prose.at(-1)!;
  // The title: the last kept line before the first paragraph. Kept lines above it are the page header.
  const before = verdicts.filter((v) => v.keep && v.line < firstProse);
  const title = before.at(-1);
  return verdicts.map((v): LineVerdict => {
    if (!v.keep) return v;
    if (v === title) return { line: v.line, keep: true, role: 'title' };
    if (v.line < firstProse) return { line: v.line, keep: false, role: 'noise', detector: 'page-header', label: '网站页头与导航' };
    if (v.line > lastProse && v.role !== 'prose' && !BYLINE.test(readableLine(lines[v.line - 1]!))) {
      return { line: v.line, keep: false, role: 'noise', detector: 'page-footer', label: '网页底部的按钮与链接' };
    }
    return v;
  });
}

/** Kept lines as 1-based inclusive ranges; a range runs on over blank lines, never over a dropped one. */
export function keepRanges(verdicts: LineVerdict[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  for (const v of verdicts) {
    if (v.keep) {
      if (open) open[1] = v.line;
      else ranges.push((open = [v.line, v.line]));
    } else if (v.role === 'noise') open = null;
  }
  return ranges;
}
