/**
 * Longest-match dictionary lookup of glossary terms in Chinese text.
 *
 * CJK text has no word boundaries, so matching walks a character trie from
 * every position and keeps the longest term that ends there: 易地扶贫搬迁 wins
 * over 扶贫. Quote marks and spaces inside a term are ignored (四个“首先” matches
 * 四个首先), and Traditional characters fold to Simplified. The cost is
 * O(text length × longest term), independent of how many terms there are.
 */
import { TERM_IGNORABLE, termChar, termKey } from './comparison-keys.ts';

export interface TermNames {
  slug: string;
  /** The term, its Traditional form and its aliases. */
  names: string[];
}

export interface TermMatch {
  slug: string;
  /** Offsets into the original text (UTF-16), end exclusive. */
  start: number;
  end: number;
  text: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  slug?: string;
}

export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };

  constructor(terms: Iterable<TermNames>) {
    for (const { slug, names } of terms) {
      for (const name of names) this.add(termKey(name), slug);
    }
  }

  private add(key: string, slug: string): void {
    if (key === '') return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.slug ??= slug;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(text: string): TermMatch[] {
    // Folded characters that count, with their offsets in the original text.
    const chars: string[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (TERM_IGNORABLE.test(ch)) continue;
      chars.push(termChar(ch));
      offsets.push(i);
    }
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < chars.length) {
      let node: TrieNode | undefined = this.root;
      let best: { slug: string; last: number } | undefined;
      for (let j = i; j < chars.length; j++) {
        node = node.next.get(chars[j]!);
        if (!node) break;
        if (node.slug) best = { slug: node.slug, last: j };
      }
      if (!best) {
        i++;
        continue;
      }
      const start = offsets[i]!;
      let end = offsets[best.last]! + 1;
      end = balanceClosingQuote(text, start, end);
      matches.push({ slug: best.slug, start, end, text: text.slice(start, end) });
      i = best.last + 1;
    }
    return matches;
  }
}

/** 四个“首先 → 四个“首先”: take the closing quote when the match opened one. */
function balanceClosingQuote(text: string, start: number, end: number): number {
  const inner = text.slice(start, end);
  const opens = (inner.match(/[“‘「『]/g) ?? []).length;
  const closes = (inner.match(/[”’」』]/g) ?? []).length;
  if (opens > closes && /[”’」』]/.test(text[end] ?? '')) return end + 1;
  return end;
}
