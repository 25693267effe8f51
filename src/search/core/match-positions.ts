/**
 * Where a query's units occur in a record's content, found the way Pagefind
 * matches them: a phrase is its words at consecutive positions, a prefix unit
 * any word that starts with it. Used to highlight whole phrases in excerpts
 * (Pagefind reports every position where any single query word matched, so
 * 扶贫 inside an unrelated sentence would otherwise light up for 易地扶贫搬迁).
 */
import { indexForm, isHan } from './chars.ts';
import type { SearchUnit } from './query-plan.ts';

/** The words Pagefind indexes for one content word: its letters and digits, and its parts between ASCII punctuation. */
export function indexedForms(word: string): string[] {
  const primary = indexForm(word);
  // A word of letters and digits only (most words: a Han bigram) is its own and only form.
  if (primary === word) return primary ? [primary] : [];
  const forms = new Set<string>();
  if (primary) forms.add(primary);
  if (/[!-/:-@[-`{-~]/.test(word)) {
    for (const part of word.split(/[!-/:-@[-`{-~]+/)) {
      const form = indexForm(part);
      if (form) forms.add(form);
    }
  }
  return [...forms];
}

/** Word positions covered by occurrences of the units. A Han phrase also covers the position after it (its last bigram's second character). */
export function matchPositions(words: string[], units: SearchUnit[]): number[] {
  const forms = words.map(indexedForms);
  const covered = new Set<number>();
  for (const unit of units) {
    if (unit.kind === 'prefix') {
      const [prefix] = unit.words;
      forms.forEach((f, i) => {
        if (f.some((form) => form.startsWith(prefix))) covered.add(i);
      });
      continue;
    }
    const n = unit.words.length;
    const han = [...unit.words[0]!].some(isHan);
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = forms[i + k]!.includes(unit.words[k]!);
      if (!ok) continue;
      for (let k = 0; k < n; k++) covered.add(i + k);
      if (han) covered.add(i + n);
    }
  }
  return [...covered].sort((a, b) => a - b);
}
