/** Site-wide constants. */
export const SITE_TITLE = '脱贫攻坚政策知识库';
/** The glossary as a whole (schema.org DefinedTermSet, exports). */
export const TERM_SET_NAME = '脱贫攻坚政策术语表';
export const SITE_TAGLINE = '精准扶贫、精准脱贫政策文本与术语的整理、摘要与检索';
