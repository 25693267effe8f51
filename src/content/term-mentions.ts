/**
 * Backlinks, computed: which glossary terms each source uses, and for each
 * term, every source that uses it with the sentence it first appears in.
 */
import type { OriginalParagraph } from './original-text.ts';
import { sentenceAround, type Excerpt } from '../text/sentences.ts';
import type { TermMatcher } from '../text/term-matcher.ts';

export interface Mention {
  termSlug: string;
  sourceSlug: string;
  /** Raw line number of the paragraph in the archive file. */
  line: number;
  /** The paragraph's anchor on the source's original-text page (l12). */
  anchor: string;
  /** How many times the term occurs in the source. */
  count: number;
  excerpt: Excerpt;
}

export interface MentionIndex {
  bySource: Map<string, Mention[]>;
  byTerm: Map<string, Mention[]>;
}

export function indexMentions(sources: Array<{ slug: string; paragraphs: readonly OriginalParagraph[] }>, matcher: TermMatcher): MentionIndex {
  const bySource = new Map<string, Mention[]>();
  const byTerm = new Map<string, Mention[]>();
  for (const source of sources) {
    const first = new Map<string, Mention>();
    for (const paragraph of source.paragraphs) {
      for (const match of matcher.findAll(paragraph.text)) {
        const known = first.get(match.slug);
        if (known) {
          known.count++;
          continue;
        }
        first.set(match.slug, {
          termSlug: match.slug,
          sourceSlug: source.slug,
          line: paragraph.line,
          anchor: paragraph.id,
          count: 1,
          excerpt: sentenceAround(paragraph.text, match.start, match.end),
        });
      }
    }
    const mentions = [...first.values()];
    bySource.set(source.slug, mentions);
    for (const mention of mentions) {
      const list = byTerm.get(mention.termSlug) ?? [];
      list.push(mention);
      byTerm.set(mention.termSlug, list);
    }
  }
  return { bySource, byTerm };
}
