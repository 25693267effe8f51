/**
 * One example sentence for a term, for flashcards and exports: chosen from the
 * sentences in which the sources first use the term (src/content/term-mentions.ts).
 * A whole sentence is preferred to a clipped one, a source written in
 * Simplified Chinese to one in Traditional, and a sentence of readable length
 * (about 40 characters) to a very short or very long one; ties keep the
 * sources' order, so the choice is the same from build to build.
 */

export interface ExampleCandidate {
  /** The sentence as the source has it (without …… marks). */
  text: string;
  clipped: boolean;
  script: 'zh-Hans' | 'zh-Hant';
}

const IDEAL_LENGTH = 40;

/** Lexicographic comparison of two score lists: negative when `a` is better. */
function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function pickExample<T extends ExampleCandidate>(candidates: readonly T[]): T | undefined {
  const score = (c: T) => [c.clipped ? 1 : 0, c.script === 'zh-Hans' ? 0 : 1, Math.abs([...c.text].length - IDEAL_LENGTH)];
  let best: { candidate: T; score: number[] } | undefined;
  for (const candidate of candidates) {
    const s = score(candidate);
    if (best === undefined || compareScores(s, best.score) < 0) best = { candidate, score: s };
  }
  return best?.candidate;
}
