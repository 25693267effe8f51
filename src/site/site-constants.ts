/** Site-wide constants. */
export const SITE_TITLE = '脱贫攻坚政策知识库';
/** The glossary as a whole (schema.org DefinedTermSet, exports). */
export const TERM_SET_NAME = '脱贫攻坚政策术语表';
export const SITE_TAGLINE = '精准扶贫、精准脱贫政策文本与术语的整理、摘要与检索';

/**
 * How many items a list shows before it summarises the rest, so that no page
 * grows with the size of the whole collection (a term used by 5,000 sources,
 * a home page over 10,000 sources). The real site stays under every limit.
 */
export const LIST_LIMIT = {
  /** Sources listed under 出现在 on a term page. */
  termMentions: 20,
  /** Sources drawn one by one on the home timeline; above this, one bar per year. */
  timeline: 20,
  /** Sources named per region on the home map list. */
  mapRegion: 5,
} as const;
